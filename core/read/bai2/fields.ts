/**
 * Reads a BAI2 record's comma-separated fields across its 88 continuations: fields run on from
 * one segment into the next, and the free text of a 16 record is everything left, its 88 lines
 * joined by a space (the text may itself hold commas and slashes).
 */
export class FieldCursor {
  private readonly segments: string[][];
  private segment = 0;
  private field = 0;

  constructor(segments: readonly string[]) {
    this.segments = segments.map((text) => text.split(','));
  }

  /** The next field, trimmed; `''` once every field is read. */
  next(): string {
    while (this.segment < this.segments.length) {
      const fields = this.segments[this.segment] as string[];
      if (this.field < fields.length) return (fields[this.field++] as string).trim();
      this.segment++;
      this.field = 0;
    }
    return '';
  }

  /**
   * Move on to the next 88 segment when only empty fields are left in this one: a record written
   * `…,015,35217175,,,/` has one empty field more than its last group needs.
   */
  skipEmptyTail(): void {
    const fields = this.segments[this.segment];
    if (!fields || this.segment + 1 >= this.segments.length) return;
    if (fields.slice(this.field).every((field) => field.trim() === '')) {
      this.segment++;
      this.field = 0;
    }
  }

  /** True when no field is left. */
  done(): boolean {
    for (let at = this.segment; at < this.segments.length; at++)
      if ((this.segments[at]?.length ?? 0) > (at === this.segment ? this.field : 0)) return false;
    return true;
  }

  /** Everything not yet read, as free text. */
  rest(): string {
    const current = this.segments[this.segment]?.slice(this.field).join(',') ?? '';
    const later = this.segments.slice(this.segment + 1).map((fields) => fields.join(','));
    return [current, ...later]
      .map((part) => part.trim())
      .filter((part) => part !== '')
      .join(' ');
  }
}

/** How a BAI2 amount's availability is given: funds type and the fields it brings. */
export type Funds = { type: string; text: string; valueDate: string | null } | { error: string };

/**
 * Read a funds type and its extra fields: `0`, `1`, `2` (immediate, one-day, two-or-more-day
 * availability), `Z` or empty (unknown) carry none; `V` a value date and time; `S` three
 * availability amounts; `D` a count of distributions, then days and amount for each.
 */
export function readFunds(cursor: FieldCursor): Funds {
  const type = cursor.next().toUpperCase();
  if (type === '' || type === 'Z' || type === '0' || type === '1' || type === '2')
    return { type, text: type, valueDate: null };
  if (type === 'V') {
    const date = cursor.next();
    const time = cursor.next();
    const valueDate = baiDate(date);
    if (valueDate === null) return { error: `funds type V has value date "${date}", which is not a date` };
    return { type, text: `V ${valueDate}${time ? ` ${time}` : ''}`, valueDate };
  }
  if (type === 'S') {
    const amounts = [cursor.next(), cursor.next(), cursor.next()];
    return { type, text: `S immediate ${amounts[0]}, one-day ${amounts[1]}, later ${amounts[2]}`, valueDate: null };
  }
  if (type === 'D') {
    const count = cursor.next();
    if (!/^\d{1,3}$/.test(count)) return { error: `funds type D has "${count}" distributions, not a count` };
    const parts = Array.from({ length: Number(count) }, () => `${cursor.next()} days ${cursor.next()}`);
    return { type, text: `D ${parts.join(', ')}`, valueDate: null };
  }
  return { error: `funds type "${type}" is not 0, 1, 2, V, S, D or Z` };
}

/** A BAI2 amount in minor units as written (`+000…` and `-` allowed); `''` is null, anything else a string reason. */
export function baiAmount(text: string): number | null | string {
  if (text === '') return null;
  if (!/^[+-]?\d+$/.test(text)) return `amount "${text}" is not a whole number of minor units`;
  const value = Number(text);
  if (!Number.isSafeInteger(value)) return `amount "${text}" is too large to be exact`;
  return value === 0 ? 0 : value;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A BAI2 date `YYMMDD` as `yyyy-MM-dd` (years 70–99 are 19xx), or null. */
export function baiDate(text: string): string | null {
  const match = /^(\d\d)(\d\d)(\d\d)$/.exec(text);
  if (!match) return null;
  const [, yy = '', mm = '', dd = ''] = match;
  const year = Number(yy) >= 70 ? 1900 + Number(yy) : 2000 + Number(yy);
  const month = Number(mm);
  const day = Number(dd);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (month < 1 || month > 12 || day < 1 || day > (month === 2 && !leap ? 28 : (DAYS_IN_MONTH[month - 1] ?? 0)))
    return null;
  return `${year}-${mm}-${dd}`;
}
