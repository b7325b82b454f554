import { DocumentError } from '../document.ts';
import { LineSplitter } from '../lines.ts';

/** A BAI2 record type code. */
export type RecordCode = '01' | '02' | '03' | '16' | '49' | '88' | '98' | '99';

/**
 * One logical BAI2 record: its type code, the line it starts on, its text (`segments[0]`, the
 * fields after `NN,`) and the text of each `88` continuation record that follows it. `records`
 * counts the physical records it took (itself and its 88s), as the trailers count them.
 */
export type Bai2Record = { code: Exclude<RecordCode, '88'>; line: number; segments: string[]; records: number };

const CODES = new Set<string>(['01', '02', '03', '16', '49', '88', '98', '99']);
/** Several records on one line: a `/` ends one, blanks, then the next record's `NN,`. */
const SAME_LINE_RECORD = /(?<=\/)[ \t]+(?=(?:0[123]|16|49|88|9[89]),)/;

type Physical = { code: RecordCode; line: number; text: string };

/**
 * Splits a BAI2 file into logical records as its text arrives. A record starts with its two-digit
 * type code and a comma, at the start of a line or after a `/` and blanks on the same line
 * (several records per line); a line that starts with no code continues the record before it (a
 * record wrapped at the file's record length); `88` records continue the record before them, so a
 * record is handed on once the next one that is not its continuation starts (or the text ends).
 * The terminating `/` and trailing blanks are not part of a record. Throws {@link DocumentError}
 * for an unknown type code or a continuation with nothing to continue.
 *
 * @example const records = new Bai2Records(onRecord); records.push('01,A,B/\n16,115,10,,,,TEXT\n88,MORE/'); records.end();
 * // onRecord({ code: '01', segments: ['A,B'], … }), onRecord({ code: '16', segments: ['115,10,,,,TEXT', 'MORE'], … })
 */
export class Bai2Records {
  private readonly lines = new LineSplitter((content, line) => this.line(content, line));
  private physical: Physical | null = null;
  private record: Bai2Record | null = null;

  constructor(private readonly onRecord: (record: Bai2Record) => void) {}

  push(text: string): void {
    this.lines.push(text);
  }

  end(): void {
    this.lines.end();
    this.completePhysical();
    if (this.record) this.onRecord(this.record);
    this.record = null;
  }

  private line(content: string, line: number): void {
    if (content.trim() === '') return;
    for (const piece of content.split(SAME_LINE_RECORD)) {
      const code = /^(\d\d),/.exec(piece)?.[1];
      if (code === undefined) {
        if (!this.physical) throw new DocumentError(`starts with "${piece.slice(0, 20)}", not a BAI2 01 record`, line);
        this.physical.text += piece;
      } else if (!CODES.has(code)) {
        throw new DocumentError(`has a record of type ${code}, which BAI2 does not have`, line);
      } else {
        this.completePhysical();
        this.physical = { code: code as RecordCode, line, text: piece.slice(3) };
      }
    }
  }

  private completePhysical(): void {
    const physical = this.physical;
    if (!physical) return;
    this.physical = null;
    const text = physical.text.trimEnd().replace(/\/$/, '').trimEnd();
    if (physical.code === '88') {
      if (!this.record) throw new DocumentError('starts with an 88 continuation record', physical.line);
      this.record.segments.push(text);
      this.record.records++;
      return;
    }
    if (this.record) this.onRecord(this.record);
    this.record = { code: physical.code, line: physical.line, segments: [text], records: 1 };
  }
}

/** The logical records of a whole BAI2 text (see {@link Bai2Records}). */
export function splitBai2Records(text: string): Bai2Record[] {
  const records: Bai2Record[] = [];
  const splitter = new Bai2Records((record) => records.push(record));
  splitter.push(text);
  splitter.end();
  return records;
}
