import { CELL_NUMBER, CELL_TEXT, RECORD_COLUMNS, textLength, type EncodedBatch } from './encoded-batch.ts';

const WIDTH = RECORD_COLUMNS.length;
/** Distinct values remembered per column; beyond that a column's text is decoded every time. */
const REMEMBERED = 16;

/**
 * Reads cells of an encoded batch back as values. Columns with few distinct values (side,
 * kind, status, currency) give back the same string object for the same bytes, so reading
 * them allocates nothing.
 */
export class BatchColumns {
  private readonly decoder = new TextDecoder();
  private readonly remembered = new Map<number, string[]>();
  /** Per column, the start of the last word read in this batch and the word. */
  private readonly lastStart = new Float64Array(WIDTH).fill(-1);
  private readonly lastWord: string[] = new Array<string>(WIDTH).fill('');
  private batch: EncodedBatch | null = null;

  /** Read this batch from now on. */
  use(batch: EncodedBatch): void {
    this.batch = batch;
    this.lastStart.fill(-1);
  }

  /** The column's index in a row of the batch. */
  static column(name: string): number {
    const at = RECORD_COLUMNS.indexOf(name);
    if (at < 0) throw new Error(`no record column ${name}`);
    return at;
  }

  number(row: number, column: number): number | null {
    const batch = this.current();
    const cell = row * WIDTH + column;
    return batch.kinds[cell] === CELL_NUMBER ? (batch.cells[cell] ?? 0) : null;
  }

  /** Where the column's text starts in the batch's `text` bytes, or -1 when it is null. */
  textStart(row: number, column: number): number {
    const batch = this.current();
    const cell = row * WIDTH + column;
    return batch.kinds[cell] === CELL_TEXT ? (batch.cells[cell] ?? 0) : -1;
  }

  /** The byte length of the text starting at `start`. */
  textLength(start: number): number {
    return textLength(this.current().text, start);
  }

  /** Text of a column with few distinct values (any text reads right; few distinct ones read fast). */
  word(row: number, column: number): string | null {
    const batch = this.current();
    const cell = row * WIDTH + column;
    if (batch.kinds[cell] !== CELL_TEXT) return null;
    const start = batch.cells[cell] ?? 0;
    if (this.lastStart[column] === start) return this.lastWord[column] ?? '';
    const length = textLength(batch.text, start);
    const word = this.rememberedWord(column, batch.text, start, length);
    this.lastStart[column] = start;
    this.lastWord[column] = word;
    return word;
  }

  private rememberedWord(column: number, text: Uint8Array, start: number, length: number): string {
    let seen = this.remembered.get(column);
    if (!seen) this.remembered.set(column, (seen = []));
    for (const value of seen) if (sameAscii(value, text, start, length)) return value;
    const value = this.decoder.decode(text.subarray(start, start + length));
    if (seen.length < REMEMBERED && value.length === length) seen.push(value); // ASCII only
    return value;
  }

  private current(): EncodedBatch {
    if (!this.batch) throw new Error('BatchColumns.use() first');
    return this.batch;
  }
}

/** Whether the bytes are exactly this string, which is ASCII (one byte per character). */
function sameAscii(value: string, bytes: Uint8Array, start: number, length: number): boolean {
  if (value.length !== length) return false;
  for (let i = 0; i < length; i++) if (value.charCodeAt(i) !== bytes[start + i]) return false;
  return true;
}
