import type { HeaderRole } from './suggest-synonyms.ts';

/** Pattern text of a date format's tokens; anything else is literal. */
const DATE_TOKENS: readonly [string, string][] = [
  ['yyyy', '\\d{4}'],
  ['yy', '\\d{2}'],
  ['MM', '\\d{2}'],
  ['dd', '\\d{2}'],
  ['M', '\\d{1,2}'],
  ['d', '\\d{1,2}'],
];

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A date format as a pattern: `dd.MM.yyyy` → `\d{2}\.\d{2}\.\d{4}`. */
function datePattern(format: string): string {
  let pattern = '';
  for (let i = 0; i < format.length;) {
    const token = DATE_TOKENS.find(([name]) => format.startsWith(name, i));
    if (token) {
      pattern += token[1];
      i += token[0].length;
    } else {
      pattern += escape(format.charAt(i));
      i++;
    }
  }
  return pattern;
}

/**
 * The detection pattern of a table without a header row, from the shape of its first line: each
 * date column by its format, each money column as a figure, any other cell as text — so a saved
 * draft fits the files of its layout and no others.
 *
 * @example rowPattern(['date_booked', 'amount'], { 0: 'dd.MM.yyyy' }, ';') // ^"?\d{2}\.\d{2}\.\d{4}"?;"?[-+]?[\d.,' ]+"?(;|\r?\n|$)
 */
export function rowPattern(
  roles: readonly (HeaderRole | null)[],
  formats: Readonly<Record<number, string>>,
  delimiter: string,
): string {
  const separator = escape(delimiter);
  const cells = roles.map((role, index) => {
    const format = formats[index];
    if (format !== undefined) return `"?${datePattern(format)}"?`;
    if (role === 'amount' || role === 'credit' || role === 'debit' || role === 'balance')
      return `"?[-+\\u2212]?[\\d.,' ]*"?`;
    return `("[^"]*"|[^${separator}"\\r\\n]*)`;
  });
  return `^${cells.join(separator)}`;
}
