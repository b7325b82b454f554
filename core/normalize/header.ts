import type { CleanRule } from '../profile/types.ts';
import { unguardText } from '../report/safe-cell.ts';

/**
 * Header names compare after NFKC (full-width brackets and letters become half-width),
 * without surrounding whitespace, BOM or the producer's value prefixes.
 *
 * @example normalizeHeader('订单金额（元）') === normalizeHeader('订单金额(元)') // true
 */
export function normalizeHeader(name: string, stripPrefixes: readonly string[] = []): string {
  let text = name.replace(/^\uFEFF/, '').trim();
  for (const prefix of stripPrefixes) if (text.startsWith(prefix)) text = text.slice(prefix.length);
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/**
 * A header's columns by normalized name. `repeated`: the names the header holds more than once
 * with nothing to choose between them, each with all its positions — a profile reading one of
 * them must say which (reading the first silently could read the wrong amount).
 */
export type HeaderIndex = Map<string, number> & { repeated?: ReadonlyMap<string, readonly number[]> };

/**
 * Index of every header name by its normalized form. A name held more than once reads the
 * occurrence `choose` names (1 = the first), else the first, and is listed in `repeated`.
 * Empty names (trailing delimiters) are never indexed.
 */
export function indexHeader(
  cells: readonly string[],
  stripPrefixes: readonly string[] = [],
  choose: Readonly<Record<string, number>> = {},
): HeaderIndex {
  const positions = new Map<string, number[]>();
  cells.forEach((cell, i) => {
    const key = normalizeHeader(cell, stripPrefixes);
    if (key) positions.set(key, [...(positions.get(key) ?? []), i]);
  });
  const chosen = new Map(Object.entries(choose).map(([name, nth]) => [normalizeHeader(name), nth]));
  const index: HeaderIndex = new Map();
  const repeated = new Map<string, number[]>();
  for (const [key, at] of positions) {
    const nth = chosen.get(key);
    // An occurrence the header does not have leaves the column missing, named as such.
    const position = nth === undefined ? at[0] : at[nth - 1];
    if (position !== undefined) index.set(key, position);
    if (at.length > 1 && nth === undefined) repeated.set(key, at);
  }
  if (repeated.size > 0) index.repeated = repeated;
  return index;
}

/** Makes a cleaner for values: strips the producer's prefixes (a backtick), surrounding whitespace and a formula guard. */
export function makeCleaner(rule: CleanRule): (value: string | undefined) => string {
  const clean = makePrefixCleaner(rule.trim, rule.stripPrefixes);
  return rule.unguard
    ? (value) => {
        const text = clean(value);
        return text.charCodeAt(0) === 0x27 ? unguardText(text) : text;
      }
    : clean;
}

function makePrefixCleaner(trim: boolean, stripPrefixes: readonly string[]): (value: string | undefined) => string {
  const prefixes = [...stripPrefixes];
  if (prefixes.length === 0)
    return trim ? (value) => (value === undefined ? '' : value.trim()) : (value) => value ?? '';
  return (value) => {
    if (value === undefined) return '';
    let text = trim ? value.trim() : value;
    for (const prefix of prefixes) if (text.startsWith(prefix)) text = text.slice(prefix.length);
    return trim ? text.trim() : text;
  };
}
