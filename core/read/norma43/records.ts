/** One 80-character record of an AEB Norma 43 file, with the line it starts on. */
export type Norma43Record = { code: string; line: number; text: string };

/** Norma 43 records are 80 characters; a line an editor trimmed is padded back with spaces. */
export const RECORD_LENGTH = 80;

const KNOWN_CODES = new Set(['00', '11', '22', '23', '24', '33', '88']);

/**
 * The file's records in order. Lines are the records; a line holding several records back to
 * back (a file written without line breaks) is cut every 80 characters when each piece starts
 * with a record code; blank lines are skipped.
 */
export function splitNorma43Records(text: string): Norma43Record[] {
  const records: Norma43Record[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = raw.replace(/\s+$/, '');
    if (line === '') return;
    for (const piece of piecesOf(line)) records.push({ code: piece.slice(0, 2), line: index + 1, text: pad(piece) });
  });
  return records;
}

function piecesOf(line: string): string[] {
  if (line.length <= RECORD_LENGTH) return [line];
  const pieces: string[] = [];
  for (let start = 0; start < line.length; start += RECORD_LENGTH)
    pieces.push(line.slice(start, start + RECORD_LENGTH));
  return pieces.every((piece) => KNOWN_CODES.has(piece.slice(0, 2))) ? pieces : [line];
}

const pad = (text: string) => (text.length >= RECORD_LENGTH ? text : text.padEnd(RECORD_LENGTH, ' '));

/** Characters `start` (1-based, as the AEB layout numbers them) to `start + length - 1`. */
export const field = (record: Norma43Record, start: number, length: number): string =>
  record.text.slice(start - 1, start - 1 + length);

/** A numeric field as an integer, or null when it is not all digits. */
export function digits(record: Norma43Record, start: number, length: number): number | null {
  const text = field(record, start, length);
  return /^\d+$/.test(text) ? Number(text) : null;
}

/** A YYMMDD date as `yyyy-MM-dd` (years 80–99 are 19xx), or null when it is no calendar day. */
export function dateOf(record: Norma43Record, start: number): string | null {
  const text = field(record, start, 6);
  if (!/^\d{6}$/.test(text)) return null;
  const yy = Number(text.slice(0, 2));
  const year = yy >= 80 ? 1900 + yy : 2000 + yy;
  const month = Number(text.slice(2, 4));
  const day = Number(text.slice(4, 6));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${text.slice(2, 4)}-${text.slice(4, 6)}`;
}

/** Text fields are space-padded: trimmed, inner runs of spaces kept as one. */
export const textOf = (record: Norma43Record, start: number, length: number): string =>
  field(record, start, length)
    .trim()
    .replace(/\s{2,}/g, ' ');
