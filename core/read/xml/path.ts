import type { XmlNode, XmlValue } from './parse-xml.ts';

/**
 * Where a path is read from: the innermost element first (the entry or a balance), then the
 * elements around it (`../` steps outward: statement, then message).
 */
export type XmlScope = readonly XmlValue[];

/** A compiled path: all values it reaches, in document order. */
export type XmlPath = (scope: XmlScope) => string[];

/** Child elements of `node` named `name` (a repeated element is an array). */
export function childrenOf(node: XmlValue | undefined, name: string): XmlValue[] {
  if (node === undefined || typeof node === 'string' || Array.isArray(node)) return [];
  if (!Object.hasOwn(node, name)) return [];
  const child = node[name];
  if (child === undefined) return [];
  return Array.isArray(child) ? child : [child];
}

/** What a walk that reaches nothing gives: shared, never written to. */
const NOTHING: XmlValue[] = [];

/** Elements reached by walking `steps` from `node`, in document order. */
export function walk(node: XmlValue | undefined, steps: readonly string[]): XmlValue[] {
  if (node === undefined) return NOTHING;
  // One element at each step (the common case) is followed without a list per step.
  let one: XmlValue = node;
  let at = 0;
  for (; at < steps.length; at++) {
    if (typeof one === 'string' || Array.isArray(one)) return NOTHING;
    const child: XmlValue | undefined = Object.hasOwn(one, steps[at] as string) ? one[steps[at] as string] : undefined;
    if (child === undefined) return NOTHING;
    if (Array.isArray(child)) break;
    one = child;
  }
  if (at === steps.length) return [one];
  let level = childrenOf(one, steps[at] as string);
  for (at++; at < steps.length; at++) {
    const next: XmlValue[] = [];
    for (const item of level) for (const child of childrenOf(item, steps[at] as string)) next.push(child);
    if (next.length === 0) return NOTHING;
    level = next;
  }
  return level;
}

/** The text of an element: its own text only (an element holding other elements has none). */
export function textOf(node: XmlValue | undefined): string {
  if (typeof node === 'string') return node;
  if (node === undefined || Array.isArray(node)) return '';
  const text = node['#text'];
  return typeof text === 'string' ? text : '';
}

/**
 * Compile a path (`A/B/C`, `A/B@Ccy`, `../Acct/Id/IBAN`). Elements named in `dates` are ISO
 * date-or-date-time choices and read as their `yyyy-MM-dd` date (`Dt`, or the date of `DtTm`).
 *
 * @example compilePath('Amt@Ccy')([{ Amt: { '#text': '1.00', '@_Ccy': 'EUR' } }]) // ['EUR']
 */
export function compilePath(path: string, dates: ReadonlySet<string> = new Set()): XmlPath {
  let rest = path;
  let up = 0;
  while (rest.startsWith('../')) {
    rest = rest.slice(3);
    up++;
  }
  const at = rest.indexOf('@');
  const attribute = at < 0 ? null : `@_${rest.slice(at + 1)}`;
  const elementPath = at < 0 ? rest : rest.slice(0, at);
  const steps = elementPath === '' ? [] : elementPath.split('/');
  const last = steps[steps.length - 1];
  const isDate = attribute === null && last !== undefined && dates.has(last);
  return (scope) => {
    const found = walk(scope[up], steps);
    const values: string[] = [];
    for (const node of found) {
      const value = attribute !== null ? attributeOf(node, attribute) : isDate ? dateOf(node) : textOf(node);
      if (value !== '') values.push(value);
    }
    return values;
  };
}

function attributeOf(node: XmlValue, name: string): string {
  if (typeof node === 'string' || Array.isArray(node)) return '';
  const value = (node as XmlNode)[name];
  return typeof value === 'string' ? value : '';
}

/** `<BookgDt><Dt>2024-01-31</Dt></BookgDt>`, `<BookgDt><DtTm>2024-01-31T10:00:00+01:00</DtTm></BookgDt>` or a plain date. */
function dateOf(node: XmlValue): string {
  const own = textOf(node);
  if (own !== '') return own.slice(0, 10);
  const date = textOf(childrenOf(node, 'Dt')[0]);
  if (date !== '') return date.slice(0, 10);
  return textOf(childrenOf(node, 'DtTm')[0]).slice(0, 10);
}
