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

/** Index of every header name by its normalized form (the first occurrence wins). */
export function indexHeader(cells: readonly string[], stripPrefixes: readonly string[] = []): Map<string, number> {
  const index = new Map<string, number>();
  cells.forEach((cell, i) => {
    const key = normalizeHeader(cell, stripPrefixes);
    if (key && !index.has(key)) index.set(key, i);
  });
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
