import { roleOf, type HeaderRole } from './suggest-synonyms.ts';

/** Rows of a table's head as the suggestion reads them, each with its line in the file. */
export type HeadTable = { rows: string[][]; lines: number[] };

/** Rows looked at for a header under title and preamble rows. */
const HEADER_SEARCH_ROWS = 60;

/**
 * Split the head of a delimited text into rows (quotes honoured, `""` an escaped quote). The
 * last record is dropped when the head was cut off inside it.
 */
export function splitHead(text: string, delimiter: string, complete: boolean): HeadTable {
  const rows: string[][] = [];
  const lines: number[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const end = () => {
    cells.push(cell);
    if (cells.some((value) => value.trim() !== '')) {
      rows.push(cells.map((value) => value.trim()));
      lines.push(start);
    }
    cells = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (quoted) {
      if (char === '"' && text.charAt(i + 1) === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
      if (char === '\n') line++;
    } else if (char === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (char === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text.charAt(i + 1) === '\n') i++;
      end();
      line++;
      start = line;
    } else cell += char;
  }
  if (complete && (cell !== '' || cells.length > 0)) end();
  return { rows, lines };
}

/** The header row: the first of the most cells naming a role, with a date and an amount among them. */
export type FoundHeader = { index: number; roles: (HeaderRole | null)[] };

export function findHeader(table: HeadTable): FoundHeader | null {
  let best: { index: number; roles: (HeaderRole | null)[]; named: number } | null = null;
  table.rows.slice(0, HEADER_SEARCH_ROWS).forEach((row, index) => {
    const roles = row.map((cell) => roleOf(cell));
    const named = roles.filter((role) => role !== null).length;
    const dated = roles.some((role) => role !== null && role.startsWith('date'));
    const amounted = roles.some((role) => role === 'amount' || role === 'credit' || role === 'debit');
    if (!dated || !amounted || named < 2) return;
    if (!best || named > best.named) best = { index, roles, named };
  });
  return best;
}

/** The values of one column in the data rows (trimmed; empty where a row is short). */
export const columnValues = (rows: readonly string[][], column: number): string[] =>
  rows.map((row) => (row[column] ?? '').trim());
