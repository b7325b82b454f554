import { DocumentError } from '../document.ts';

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
 * Split a BAI2 file into logical records. A record starts with its two-digit type code and a
 * comma, at the start of a line or after a `/` and blanks on the same line (several records per
 * line); a line that starts with no code continues the record before it (a record wrapped at the
 * file's record length); `88` records continue the record before them. The terminating `/` and
 * trailing blanks are not part of a record. Throws {@link DocumentError} for an unknown type code
 * or a continuation with nothing to continue.
 *
 * @example splitBai2Records('01,A,B/\n16,115,10,,,,TEXT\n88,MORE/').map((r) => r.segments)
 * // [['A,B'], ['115,10,,,,TEXT', 'MORE']]
 */
export function splitBai2Records(text: string): Bai2Record[] {
  const records: Bai2Record[] = [];
  for (const physical of physicalRecords(text)) {
    const last = records[records.length - 1];
    if (physical.code === '88') {
      if (!last) throw new DocumentError('starts with an 88 continuation record', physical.line);
      last.segments.push(physical.text);
      last.records++;
    } else records.push({ code: physical.code, line: physical.line, segments: [physical.text], records: 1 });
  }
  return records;
}

function physicalRecords(text: string): Physical[] {
  const physical: Physical[] = [];
  text.split(/\r\n|\n|\r/).forEach((content, index) => {
    if (content.trim() === '') return;
    for (const piece of content.split(SAME_LINE_RECORD)) {
      const line = index + 1;
      const code = /^(\d\d),/.exec(piece)?.[1];
      const last = physical[physical.length - 1];
      if (code === undefined) {
        if (!last) throw new DocumentError(`starts with "${piece.slice(0, 20)}", not a BAI2 01 record`, line);
        last.text += piece;
      } else if (!CODES.has(code)) {
        throw new DocumentError(`has a record of type ${code}, which BAI2 does not have`, line);
      } else physical.push({ code: code as RecordCode, line, text: piece.slice(3) });
    }
  });
  for (const record of physical) record.text = record.text.trimEnd().replace(/\/$/, '').trimEnd();
  return physical;
}
