import { SheetError } from '../sheet.ts';
import type { NumberFormats } from './formats.ts';
import { RECORD, RecordReader, records, type BiffRecord } from './records.ts';

/** A sheet listed in the workbook globals (BOUNDSHEET8). */
export type BoundSheet = { name: string; offset: number; hidden: boolean; kind: 'worksheet' | 'other' };

/** What the workbook globals substream says: sheets, shared strings, number formats, codepage. */
export type Globals = { sheets: BoundSheet[]; strings: string[]; formats: NumberFormats; codepage: number };

const BIFF8 = 0x0600;
const BIFF5 = 0x0500;
const GLOBALS = 0x0005;

/**
 * Read the globals substream at the start of a BIFF8 `Workbook` stream. Throws `SheetError`
 * for an older BIFF version, an encrypted workbook or a stream that is not a workbook.
 */
export function readGlobals(stream: Uint8Array): Globals {
  const globals: Globals = {
    sheets: [],
    strings: [],
    formats: { custom: new Map(), xfFormats: [], date1904: false },
    codepage: 1200,
  };
  let first = true;
  for (const record of records(stream)) {
    if (first) {
      checkBof(record);
      first = false;
      continue;
    }
    if (record.type === RECORD.EOF) return globals;
    readGlobalRecord(globals, record);
  }
  if (first) throw new SheetError('has an empty Workbook stream; it is not an .xls workbook');
  throw new SheetError('is a truncated .xls workbook: its globals have no end (EOF record)');
}

function checkBof(record: BiffRecord): void {
  const reader = new RecordReader(record.parts);
  if (record.type !== RECORD.BOF) throw new SheetError('has a Workbook stream that does not start with a BOF record');
  const version = reader.u16();
  const kind = reader.u16();
  if (version === BIFF5 || version < BIFF5)
    throw new SheetError('is an Excel 5.0/95 (BIFF5) or older workbook; save it as .xlsx or as a newer .xls');
  if (version !== BIFF8) throw new SheetError(`has an unknown BIFF version 0x${version.toString(16)}`);
  if (kind !== GLOBALS) throw new SheetError('has a Workbook stream that does not start with the workbook globals');
}

function readGlobalRecord(globals: Globals, record: BiffRecord): void {
  const reader = new RecordReader(record.parts);
  switch (record.type) {
    case RECORD.FILEPASS:
      throw new SheetError('is a password-protected .xls workbook; save it without a password');
    case RECORD.CODEPAGE:
      globals.codepage = reader.u16();
      return;
    case RECORD.DATEMODE:
      globals.formats.date1904 = reader.u16() === 1;
      return;
    case RECORD.FORMAT: {
      const id = reader.u16();
      globals.formats.custom.set(id, reader.string());
      return;
    }
    case RECORD.XF:
      reader.skip(2);
      globals.formats.xfFormats.push(reader.u16());
      return;
    case RECORD.BOUNDSHEET8:
      globals.sheets.push(boundSheet(reader));
      return;
    case RECORD.SST:
      globals.strings = sharedStrings(reader);
      return;
  }
}

function boundSheet(reader: RecordReader): BoundSheet {
  const offset = reader.u32();
  const state = reader.u8() & 0x03;
  const type = reader.u8();
  const name = reader.string(1);
  return { name, offset, hidden: state !== 0, kind: type === 0 ? 'worksheet' : 'other' };
}

/** The shared string table: `unique` strings, each possibly split across CONTINUE records. */
function sharedStrings(reader: RecordReader): string[] {
  reader.skip(4);
  const unique = reader.u32();
  // Each string takes at least 3 bytes: a count beyond that is a damaged table.
  if (unique * 3 > reader.remaining) throw new SheetError('is a damaged .xls workbook: its string table is cut short');
  const strings: string[] = [];
  for (let index = 0; index < unique; index++) strings.push(reader.unicode(reader.u16()));
  return strings;
}
