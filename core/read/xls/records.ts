import { SheetError } from '../sheet.ts';

/** BIFF8 record types read by the workbook reader. */
export const RECORD = {
  FORMULA: 0x0006,
  EOF: 0x000a,
  DATEMODE: 0x0022,
  FILEPASS: 0x002f,
  CONTINUE: 0x003c,
  CODEPAGE: 0x0042,
  BOUNDSHEET8: 0x0085,
  MULRK: 0x00bd,
  MULBLANK: 0x00be,
  RSTRING: 0x00d6,
  XF: 0x00e0,
  SST: 0x00fc,
  LABELSST: 0x00fd,
  BLANK: 0x0201,
  NUMBER: 0x0203,
  LABEL: 0x0204,
  BOOLERR: 0x0205,
  STRING: 0x0207,
  ROW: 0x0208,
  RK: 0x027e,
  FORMAT: 0x041e,
  BOF: 0x0809,
} as const;

/** One record with the data of the CONTINUE records that follow it. */
export type BiffRecord = { type: number; offset: number; parts: Uint8Array[] };

/**
 * The records of a BIFF stream from `offset` on, each with its CONTINUE parts. Throws
 * `SheetError` when a record's length runs past the end of the stream.
 */
export function* records(stream: Uint8Array, offset = 0): Generator<BiffRecord> {
  let at = offset;
  let current: BiffRecord | undefined;
  while (at + 4 <= stream.byteLength) {
    const type = stream[at]! | (stream[at + 1]! << 8);
    const length = stream[at + 2]! | (stream[at + 3]! << 8);
    if (at + 4 + length > stream.byteLength)
      throw new SheetError(`is a truncated .xls workbook: record 0x${type.toString(16)} at byte ${at} is cut off`);
    const data = stream.subarray(at + 4, at + 4 + length);
    if (type === RECORD.CONTINUE && current) current.parts.push(data);
    else {
      if (current) yield current;
      current = { type, offset: at, parts: [data] };
    }
    at += 4 + length;
  }
  if (current) yield current;
}

/**
 * Reads a record's bytes across its CONTINUE parts. Strings follow the BIFF8 rule: when a
 * string's characters go on in the next part, that part starts with a fresh option-flags byte
 * (1-byte or 2-byte characters). 1-byte characters are the low bytes of UTF-16 (Latin-1).
 */
export class RecordReader {
  private part = 0;
  private at = 0;

  constructor(private readonly parts: Uint8Array[]) {}

  /** Bytes left in the whole record. */
  get remaining(): number {
    let left = (this.parts[this.part]?.byteLength ?? 0) - this.at;
    for (let index = this.part + 1; index < this.parts.length; index++) left += this.parts[index]!.byteLength;
    return left;
  }

  u8(): number {
    this.nextPartIfDone();
    const data = this.parts[this.part];
    if (!data || this.at >= data.byteLength) throw short();
    return data[this.at++]!;
  }

  u16(): number {
    return this.u8() | (this.u8() << 8);
  }

  u32(): number {
    return (this.u16() | (this.u16() << 16)) >>> 0;
  }

  f64(): number {
    const bytes = new Uint8Array(8);
    for (let index = 0; index < 8; index++) bytes[index] = this.u8();
    return new DataView(bytes.buffer).getFloat64(0, true);
  }

  skip(count: number): void {
    for (let left = count; left > 0; left--) this.u8();
  }

  /** An XLUnicodeString (16-bit count) or ShortXLUnicodeString (8-bit count). */
  string(countBytes: 1 | 2 = 2): string {
    const count = countBytes === 1 ? this.u8() : this.u16();
    return this.unicode(count);
  }

  /**
   * The body of an XLUnicodeRichExtendedString: option flags, the optional run count and
   * phonetic size, `count` characters, then the runs and phonetic data skipped.
   */
  unicode(count: number): string {
    const flags = this.u8();
    const runs = flags & 0x08 ? this.u16() : 0;
    const phonetic = flags & 0x04 ? this.u32() : 0;
    const text = this.chars(count, (flags & 0x01) !== 0);
    this.skip(runs * 4 + phonetic);
    return text;
  }

  private chars(count: number, wide: boolean): string {
    const codes: number[] = [];
    let twoBytes = wide;
    while (codes.length < count) {
      const data = this.parts[this.part];
      if (!data) throw short();
      if (this.at >= data.byteLength) {
        // The characters go on in the next CONTINUE, which restarts with an option-flags byte.
        if (this.part + 1 >= this.parts.length) throw short();
        this.part++;
        this.at = 0;
        twoBytes = (this.u8() & 0x01) !== 0;
        continue;
      }
      if (twoBytes) {
        if (this.at + 1 >= data.byteLength) throw short();
        codes.push(data[this.at]! | (data[this.at + 1]! << 8));
        this.at += 2;
      } else codes.push(data[this.at++]!);
    }
    let text = '';
    for (let index = 0; index < codes.length; index += 4096)
      text += String.fromCharCode(...codes.slice(index, index + 4096));
    return text;
  }

  private nextPartIfDone(): void {
    while (this.at >= (this.parts[this.part]?.byteLength ?? 0) && this.part + 1 < this.parts.length) {
      this.part++;
      this.at = 0;
    }
  }
}

function short(): SheetError {
  return new SheetError('is a damaged .xls workbook: a record is shorter than its contents');
}
