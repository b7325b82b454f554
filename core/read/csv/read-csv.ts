import Papa from 'papaparse';

export type CsvOptions = {
  delimiter: string;
  /** Quote character; `null` when the producer never quotes (values may then hold a bare `"`). */
  quote: string | null;
};

/** Rows of one chunk of input, each with the 1-based line its first character is on. */
export type CsvBatch = {
  rows: string[][];
  lines: number[];
  /** Row index in this batch → why its quoting is malformed. */
  problems: Map<number, string>;
};

/** A quoted field longer than this never closed: stop instead of buffering the whole file. */
const MAX_PENDING_CHARS = 16 * 1024 * 1024;

/** The text is not CSV that can be read (an unterminated quote, say). */
export class CsvError extends Error {
  override name = 'CsvError';
  constructor(
    message: string,
    readonly line: number,
    readonly column?: number,
  ) {
    super(message);
  }
}

/**
 * Stream CSV rows out of decoded text chunks, keeping the source line of every row.
 * Empty lines are skipped (their lines still count).
 *
 * @example
 * for await (const batch of readCsv(chunks, { delimiter: ',', quote: '"' }))
 *   batch.rows.forEach((cells, i) => console.log(batch.lines[i], cells));
 */
export async function* readCsv(chunks: AsyncIterable<string>, options: CsvOptions): AsyncGenerator<CsvBatch> {
  let parser: Papa.Parser | undefined;
  let newline = '\n';
  let pending = '';
  let nextLine = 1;
  for await (const chunk of chunks) {
    const text = pending + chunk;
    if (!parser) {
      // Decide the line ending only once a break is seen (a CR at the very end may start a CRLF).
      if (!hasLineBreak(text) && text.length <= MAX_PENDING_CHARS) {
        pending = text;
        continue;
      }
      newline = detectNewline(text);
      parser = createParser(options, newline);
    }
    const result = parser.parse(text, 0, true) as PapaResult;
    const consumed = result.meta.cursor;
    pending = text.slice(consumed);
    if (pending.length > MAX_PENDING_CHARS) {
      throw unbalancedQuote(pending, Math.max(0, pending.indexOf(options.quote ?? '"')), newline, nextLine);
    }
    if (result.data.length === 0) continue;
    const batch = toBatch(result, text, consumed, newline, nextLine);
    nextLine = batch.nextLine;
    yield batch.batch;
  }
  if (pending.length === 0) return;
  parser ??= createParser(options, detectNewline(pending));
  const result = parser.parse(pending, 0, false) as PapaResult;
  const unterminated = result.errors.find((error) => error.code === 'MissingQuotes');
  // Papa gives the index just past the opening quote.
  if (unterminated) throw unbalancedQuote(pending, unterminated.index - 1, newline, nextLine);
  yield toBatch(result, pending, pending.length, newline, nextLine).batch;
}

/** The quote opening at `index` of `text` (whose first line is `firstLine`) never closes: its line and column. */
function unbalancedQuote(text: string, index: number, newline: string, firstLine: number): CsvError {
  const before = text.slice(0, index);
  const lastBreak = before.lastIndexOf(newline);
  const lineStart = lastBreak < 0 ? 0 : lastBreak + newline.length;
  const line = firstLine + countOccurrences(before, newline, before.length);
  const column = index - lineStart + 1;
  return new CsvError(`has a quoted field that never closes (unbalanced quote at column ${column})`, line, column);
}

type PapaResult = {
  data: string[][];
  errors: { code: string; message: string; row: number; index: number }[];
  meta: { cursor: number };
};

function createParser(options: CsvOptions, newline: string): Papa.Parser {
  return new Papa.Parser({
    delimiter: options.delimiter,
    newline: newline as '\n',
    // A quote character that cannot occur turns quoting off for producers that never quote.
    quoteChar: options.quote ?? '\u0000',
    ...(options.quote === null ? { fastMode: true } : {}),
  });
}

function hasLineBreak(text: string): boolean {
  const cr = text.indexOf('\r');
  return text.includes('\n') || (cr >= 0 && cr < text.length - 1);
}

export function detectNewline(text: string): string {
  const lf = text.indexOf('\n');
  if (lf > 0 && text.charCodeAt(lf - 1) === 13) return '\r\n';
  if (lf >= 0) return '\n';
  return text.includes('\r') ? '\r' : '\n';
}

function toBatch(
  result: PapaResult,
  text: string,
  consumed: number,
  newline: string,
  firstLine: number,
): { batch: CsvBatch; nextLine: number } {
  const endsWithNewline = text.endsWith(newline) || consumed < text.length;
  const breaks = countOccurrences(text, newline, consumed);
  const onePerLine = breaks === result.data.length - (endsWithNewline ? 0 : 1);
  const rows: string[][] = [];
  const lines: number[] = [];
  const problems = new Map<number, string>();
  const rowProblems = new Map(result.errors.map((error) => [error.row, error.message]));
  let line = firstLine;
  result.data.forEach((cells, index) => {
    const here = line;
    line += onePerLine ? 1 : 1 + embeddedBreaks(cells, newline);
    if (cells.length === 1 && cells[0] === '') return;
    const problem = rowProblems.get(index);
    if (problem) problems.set(rows.length, problem);
    rows.push(cells);
    lines.push(here);
  });
  return { batch: { rows, lines, problems }, nextLine: firstLine + breaks };
}

function countOccurrences(text: string, needle: string, end: number): number {
  let count = 0;
  for (let at = text.indexOf(needle); at >= 0 && at < end; at = text.indexOf(needle, at + needle.length)) count++;
  return count;
}

function embeddedBreaks(cells: string[], newline: string): number {
  let count = 0;
  for (const cell of cells) if (cell.includes(newline)) count += countOccurrences(cell, newline, cell.length);
  return count;
}
