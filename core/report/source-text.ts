import type { BookSide, SourceLine, StatementSide } from '../match/types.ts';
import { maskRawRow } from './mask.ts';

/**
 * Where a row is: the file, the archive member inside it, and the line.
 *
 * @example sourcePlace('bills.zip', { member: 'day.csv', line: 12 }) // 'bills.zip › day.csv:12'
 */
export const sourcePlace = (file: string, { member, line }: Pick<SourceLine, 'member' | 'line'>): string =>
  `${file}${member ? ` › ${member}` : ''}:${line}`;

/** A printed cell stays readable: each row's text is cut here, and the cell's whole text. */
const ROW_CHARS = 400;
const CELL_CHARS = 2000;

const cut = (text: string, limit: number): string => (text.length > limit ? `${text.slice(0, limit - 1)}…` : text);

/**
 * One side's source rows as one cell's text: each row's place, then its text as the file has it
 * (masked by the one rule of mask.ts when asked), a line each. Null when the workspace kept no text.
 *
 * @example sourceRowsText('alipay.csv', [{ line: 7, member: null, raw: '2024-03-01,Zhang San,12.00' }], false)
 * // 'alipay.csv:7  2024-03-01,Zhang San,12.00'
 */
export function sourceRowsText(file: string, lines: readonly SourceLine[], mask: boolean): string | null {
  if (lines.every((line) => line.raw === null || line.raw === undefined)) return null;
  const text = lines
    .map((line) => {
      const raw = line.raw === null ? '' : cut(mask ? maskRawRow(line.raw) : line.raw, ROW_CHARS);
      return `${sourcePlace(line.file ?? file, line)}  ${raw}`.trimEnd();
    })
    .join('\n');
  return cut(text, CELL_CHARS);
}

/** The book side's row, as {@link sourceRowsText} writes it. */
export const bookRowText = (book: BookSide, mask: boolean): string | null =>
  sourceRowsText(book.file, [{ line: book.line, member: book.member ?? null, raw: book.raw ?? null }], mask);

/** The statement side's rows, as {@link sourceRowsText} writes them (none kept in runs saved before). */
export const statementRowsText = (statement: StatementSide, mask: boolean): string | null =>
  statement.sources ? sourceRowsText(statement.file, statement.sources, mask) : null;
