import { sniffDelimiter } from '../../../../core/read/csv/sniff.ts';
import { splitHead } from '../../../../core/profile/suggest-table.ts';
import type { Profile } from '../../../../core/profile/types.ts';

/**
 * The sample file's real header names, for the column picker: the first row of the file's head
 * holding every name the draft's header looks for, else the row with the most filled cells.
 * Spreadsheet heads come tab-joined; text heads are split by the draft's delimiter (or the one
 * the file uses when the draft says `auto`).
 */
export function headerNames(head: readonly string[], profile: Profile): string[] {
  const text = head.join('\n');
  const layout = profile.csv ?? profile.sheet;
  if (!layout) return [];
  const delimiter =
    profile.format === 'sheet'
      ? '\t'
      : profile.csv && profile.csv.delimiter !== 'auto'
        ? profile.csv.delimiter
        : (sniffDelimiter(text, '"') ?? ',');
  const { rows } = splitHead(text, delimiter, true);
  const wanted: readonly string[] = Array.isArray(layout.header?.find) ? layout.header.find : [];
  const found =
    (wanted.length > 0 ? rows.find((row) => wanted.every((name) => row.includes(name))) : undefined) ??
    [...rows].sort((a, b) => filled(b) - filled(a))[0] ??
    [];
  return [...new Set(found.filter((name) => name !== ''))];
}

const filled = (row: readonly string[]) => row.filter((cell) => cell !== '').length;
