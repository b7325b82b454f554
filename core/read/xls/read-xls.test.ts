// Legacy .xls workbooks built byte by byte: OLE2 container (FAT, DIFAT, mini stream) around a
// BIFF8 Workbook stream (shared strings split across CONTINUE, RK/MULRK, dates by cell style).
import { describe, expect, it } from 'vitest';
import { SheetError } from '../sheet.ts';
import { rkValue } from './cells.ts';
import { isDateFormat } from './formats.ts';
import { readXlsWorkbook } from './read-xls.ts';
import { RECORD } from './records.ts';

const END = 0xfffffffe;
const FREE = 0xffffffff;

const u16 = (value: number) => [value & 0xff, (value >> 8) & 0xff];
const u32 = (value: number) => [...u16(value & 0xffff), ...u16(value >>> 16)];
const f64 = (value: number) => {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value, true);
  return [...new Uint8Array(view.buffer)];
};
const latin1 = (text: string) => [...text].map((char) => char.charCodeAt(0));
const utf16 = (text: string) => [...text].flatMap((char) => u16(char.charCodeAt(0)));
/** XLUnicodeString: 16-bit count, flags, characters (2-byte when any is beyond Latin-1). */
const xlString = (text: string) =>
  /[^\u0000-\u00ff]/.test(text) ? [...u16(text.length), 1, ...utf16(text)] : [...u16(text.length), 0, ...latin1(text)];
const record = (type: number, data: number[]) => [...u16(type), ...u16(data.length), ...data];
const cell = (row: number, column: number, xf = 0) => [...u16(row), ...u16(column), ...u16(xf)];

type Book = {
  /** Globals records between BOF and the sheet list (CODEPAGE, DATEMODE, FILEPASS, FORMAT, XF). */
  globals?: number[][];
  /** SST record data and its CONTINUE parts (already split). */
  sst?: number[][];
  cells: number[][];
};

/** A BIFF8 Workbook stream with one worksheet "Sheet1". */
function workbookStream(book: Book): Uint8Array {
  const head = [
    ...record(RECORD.BOF, [...u16(0x0600), ...u16(0x0005), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
    ...(book.globals ?? []).flat(),
  ];
  const sst = book.sst
    ? book.sst.flatMap((part, index) => record(index === 0 ? RECORD.SST : RECORD.CONTINUE, part))
    : [];
  const sheetName = [6, 0, ...latin1('Sheet1')];
  const boundLength = 4 + 6 + sheetName.length;
  const offset = head.length + boundLength + sst.length + 4;
  const globals = [...head, ...record(RECORD.BOUNDSHEET8, [...u32(offset), 0, 0, ...sheetName]), ...sst];
  const sheet = [
    ...record(RECORD.BOF, [...u16(0x0600), ...u16(0x0010), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
    ...book.cells.flat(),
    ...record(RECORD.EOF, []),
  ];
  return new Uint8Array([...globals, ...record(RECORD.EOF, []), ...sheet]);
}

type Stream = { name: string; data: Uint8Array };

/** An OLE2 file (version 3, 512-byte sectors); small streams go to the mini stream. */
function compoundFile(streams: Stream[], fatSectors = 1): Uint8Array {
  const sectors: Uint8Array[] = [];
  const fat: number[] = [];
  const difatSectors = fatSectors > 109 ? 1 : 0;
  const reserve = (count: number, mark: number) => {
    for (let index = 0; index < count; index++) {
      sectors.push(new Uint8Array(512));
      fat.push(mark);
    }
  };
  reserve(fatSectors, 0xfffffffd);
  reserve(difatSectors, 0xfffffffc);
  const allocate = (data: Uint8Array): number => {
    if (data.byteLength === 0) return END;
    const start = sectors.length;
    for (let at = 0; at < data.byteLength; at += 512) {
      const sector = new Uint8Array(512);
      sector.set(data.subarray(at, at + 512));
      sectors.push(sector);
      fat.push(at + 512 < data.byteLength ? sectors.length : END);
    }
    return start;
  };
  const small = streams.filter((stream) => stream.data.byteLength < 4096);
  const mini: number[] = [];
  const miniFat: number[] = [];
  const starts = streams.map((stream) => {
    if (stream.data.byteLength >= 4096) return allocate(stream.data);
    const start = mini.length / 64;
    const count = Math.ceil(stream.data.byteLength / 64);
    mini.push(...stream.data, ...new Array(count * 64 - stream.data.byteLength).fill(0));
    for (let index = 1; index <= count; index++) miniFat.push(index < count ? start + index : END);
    return start;
  });
  const miniStart = allocate(new Uint8Array(mini));
  const miniFatStart = small.length ? allocate(new Uint8Array(miniFat.flatMap(u32))) : END;
  const entries = [
    { name: 'Root Entry', type: 5, start: miniStart, size: mini.length },
    ...streams.map((stream, index) => ({
      name: stream.name,
      type: 2,
      start: starts[index]!,
      size: stream.data.byteLength,
    })),
  ];
  const directory = new Uint8Array(Math.ceil(entries.length / 4) * 512);
  entries.forEach((entry, index) => {
    const at = index * 128;
    directory.set(utf16(entry.name), at);
    directory.set(u16((entry.name.length + 1) * 2), at + 0x40);
    directory[at + 0x42] = entry.type;
    directory.set(u32(FREE), at + 0x44);
    directory.set(u32(index + 1 < entries.length && index > 0 ? index + 1 : FREE), at + 0x48);
    directory.set(u32(index === 0 && entries.length > 1 ? 1 : FREE), at + 0x4c);
    directory.set(u32(entry.start), at + 0x74);
    directory.set(u32(entry.size), at + 0x78);
  });
  const directoryStart = allocate(directory);
  fat.forEach((next, index) => sectors[Math.floor(index / 128)]!.set(u32(next), (index % 128) * 4));
  const header = new Uint8Array(512);
  header.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  header.set([...u16(0x3e), ...u16(3), ...u16(0xfffe), ...u16(9), ...u16(6)], 0x18);
  header.set(u32(fatSectors), 0x2c);
  header.set(u32(directoryStart), 0x30);
  header.set(u32(4096), 0x38);
  header.set([...u32(miniFatStart), ...u32(miniFat.length ? 1 : 0)], 0x3c);
  header.set([...u32(difatSectors ? fatSectors : END), ...u32(difatSectors)], 0x44);
  for (let slot = 0; slot < 109; slot++) header.set(u32(slot < fatSectors ? slot : FREE), 0x4c + slot * 4);
  if (difatSectors) {
    const difat = sectors[fatSectors]!;
    for (let slot = 0; slot < 127; slot++) difat.set(u32(109 + slot < fatSectors ? 109 + slot : FREE), slot * 4);
    difat.set(u32(END), 127 * 4);
  }
  const out = new Uint8Array(512 * (sectors.length + 1));
  out.set(header);
  sectors.forEach((sector, index) => out.set(sector, 512 * (index + 1)));
  return out;
}

const xls = (book: Book, name = 'Workbook') => compoundFile([{ name, data: workbookStream(book) }]);
const rowsOf = async (bytes: Uint8Array) => (await readXlsWorkbook(bytes))[0]?.rows;

describe('readXlsWorkbook', () => {
  it('reads shared strings split across CONTINUE, with the flags byte restarting the characters', async () => {
    // "Überweisung" starts in 2-byte characters; its CONTINUE restarts with flags 0 (1-byte).
    const first = 'Überweisung';
    const sst = [
      [...u32(3), ...u32(3), ...u16(first.length), 1, ...utf16(first.slice(0, 5))],
      [0, ...latin1(first.slice(5)), ...xlString('Betrag')],
      [...xlString('客户')],
    ];
    const cells = [0, 1, 2].map((index) => record(RECORD.LABELSST, [...cell(0, index), ...u32(index)]));
    expect(await rowsOf(xls({ sst, cells }))).toEqual([['Überweisung', 'Betrag', '客户']]);
  });

  it('reads 1-byte strings as Latin-1 whatever the CODEPAGE record says, as BIFF8 defines them', async () => {
    const globals = [record(RECORD.CODEPAGE, u16(936))];
    const cells = [record(RECORD.LABEL, [...cell(0, 0), ...u16(4), 0, ...latin1('Café')])];
    expect(await rowsOf(xls({ globals, cells }))).toEqual([['Café']]);
  });

  it('reads RK and MULRK numbers (integers, hundredths, doubles) as decimal text', async () => {
    expect(rkValue(((-12345 << 2) | 0x03) >>> 0)).toBe(-123.45);
    const cells = [
      record(RECORD.RK, [...cell(0, 0), ...u32((42 << 2) | 0x02)]),
      record(RECORD.MULRK, [
        ...u16(1),
        ...u16(1),
        ...u16(0),
        ...u32((1995 << 2) | 0x03),
        ...u16(0),
        ...u32(((-7 << 2) | 0x02) >>> 0),
        ...u16(2),
      ]),
      record(RECORD.NUMBER, [...cell(1, 3), ...f64(0.1 + 0.2)]),
    ];
    expect(await rowsOf(xls({ cells }))).toEqual([['42'], ['', '19.95', '-7', '0.3']]);
  });

  it('reads a number in a date style as a date, with the time when the format shows one', async () => {
    const globals = [
      record(RECORD.FORMAT, [...u16(164), ...xlString('yyyy/mm/dd hh:mm:ss')]),
      record(RECORD.FORMAT, [...u16(165), ...xlString('"d"#,##0.00;[Red]-0.00')]),
      ...[0, 14, 164, 165].map((format) => record(RECORD.XF, [...u16(0), ...u16(format), ...new Array(16).fill(0)])),
    ];
    const cells = [
      record(RECORD.NUMBER, [...cell(0, 0, 1), ...f64(45292)]),
      record(RECORD.NUMBER, [...cell(0, 1, 2), ...f64(45292.5)]),
      record(RECORD.NUMBER, [...cell(0, 2, 3), ...f64(45292.5)]),
    ];
    expect(await rowsOf(xls({ globals, cells }))).toEqual([['2024-01-01', '2024-01-01 12:00:00', '45292.5']]);
    expect(isDateFormat('[$-409]mmm d, yyyy;@')).toBe(true);
    expect(isDateFormat('General')).toBe(false);
  });

  it('counts dates from 1904-01-01 in the 1904 date system', async () => {
    const globals = [
      record(RECORD.DATEMODE, u16(1)),
      ...[0, 14].map((format) => record(RECORD.XF, [...u16(0), ...u16(format), ...new Array(16).fill(0)])),
    ];
    const cells = [record(RECORD.RK, [...cell(0, 0, 1), ...u32((366 << 2) | 0x02)])];
    expect(await rowsOf(xls({ globals, cells }))).toEqual([['1905-01-01']]);
  });

  it('reads formulas by their cached number, string, boolean or error', async () => {
    const formula = (column: number, value: number[]) =>
      record(RECORD.FORMULA, [...cell(0, column), ...value, 0, 0, 0, 0, 0, 0]);
    const cells = [
      formula(0, f64(-15.5)),
      formula(1, [0, 0, 0, 0, 0, 0, 0xff, 0xff]),
      record(RECORD.STRING, xlString('Saldo')),
      formula(2, [1, 0, 1, 0, 0, 0, 0xff, 0xff]),
      formula(3, [2, 0, 0x2a, 0, 0, 0, 0xff, 0xff]),
      record(RECORD.BOOLERR, [...cell(0, 4), 0x07, 1]),
    ];
    const [sheet] = await readXlsWorkbook(xls({ cells }));
    expect(sheet?.rows).toEqual([['-15.5', 'Saldo', 'TRUE']]);
    expect(sheet?.notes).toEqual(['D1 holds #N/A, read as empty', 'E1 holds #DIV/0!, read as empty']);
  });

  it('reads a workbook stream held in FAT sectors, with a FAT found through a DIFAT sector', async () => {
    const cells = Array.from({ length: 400 }, (_, row) => record(RECORD.NUMBER, [...cell(row, 0), ...f64(row)]));
    const bytes = compoundFile([{ name: 'Workbook', data: workbookStream({ cells }) }], 110);
    const rows = await rowsOf(bytes);
    expect(rows).toHaveLength(400);
    expect(rows?.[399]).toEqual(['399']);
  });

  it('refuses a truncated file, a FAT chain that loops and a chain outside the file', async () => {
    const cells = Array.from({ length: 400 }, (_, row) => record(RECORD.NUMBER, [...cell(row, 0), ...f64(row)]));
    const whole = compoundFile([{ name: 'Workbook', data: workbookStream({ cells }) }]);
    await expect(readXlsWorkbook(whole.subarray(0, 4096))).rejects.toThrow(/damaged or truncated OLE2.*past the end/);
    const looped = whole.slice();
    looped.set(u32(1), 512 + 4); // the workbook's first sector (1) points to itself
    await expect(readXlsWorkbook(looped)).rejects.toThrow(/chain loops at sector 1/);
    const outside = whole.slice();
    outside.set(u32(5000), 512 + 4);
    await expect(readXlsWorkbook(outside)).rejects.toThrow(/points outside the file/);
    const zeros = new Uint8Array(512);
    zeros.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expect(readXlsWorkbook(zeros)).rejects.toThrow(SheetError);
  });

  it('keeps hidden rows apart and refuses a cell beyond column IV', async () => {
    const hiddenRow = record(RECORD.ROW, [
      ...u16(1),
      ...u16(0),
      ...u16(1),
      ...u16(255),
      0,
      0,
      0,
      0,
      ...u16(0x20),
      0,
      0,
    ]);
    const cells = [0, 1].map((row) => record(RECORD.RK, [...cell(row, 0), ...u32((row << 2) | 0x02)]));
    const [sheet] = await readXlsWorkbook(xls({ cells: [hiddenRow, ...cells] }));
    expect(sheet).toMatchObject({ name: 'Sheet1', rows: [['0'], ['1']], lines: [1, 2], hiddenLines: [2] });
    const wide = [record(RECORD.NUMBER, [...cell(0, 300), ...f64(1)])];
    await expect(readXlsWorkbook(xls({ cells: wide }))).rejects.toThrow(/past column IV/);
  });

  it('refuses an encrypted workbook, an Excel 95 workbook and an OLE2 file with no workbook', async () => {
    const filepass = record(RECORD.FILEPASS, [...u16(1), ...new Array(52).fill(0)]);
    await expect(readXlsWorkbook(xls({ globals: [filepass], cells: [] }))).rejects.toThrow(
      'is a password-protected .xls workbook; save it without a password',
    );
    await expect(readXlsWorkbook(xls({ cells: [] }, 'Book'))).rejects.toThrow(/Excel 5\.0\/95 \(BIFF5\)/);
    const word = compoundFile([{ name: 'WordDocument', data: new Uint8Array(100) }]);
    await expect(readXlsWorkbook(word)).rejects.toThrow(/OLE2 compound file without a workbook inside/);
    const encrypted = compoundFile([
      { name: 'EncryptionInfo', data: new Uint8Array(10) },
      { name: 'EncryptedPackage', data: new Uint8Array(10) },
    ]);
    await expect(readXlsWorkbook(encrypted)).rejects.toThrow(/password-protected workbook/);
  });
  it('refuses a sheet list that points two sheets at one place, or one sheet into the next', async () => {
    const sheetName = [6, 0, ...latin1('Copy01')];
    const boundSheet = (offset: number, kind = 0) =>
      record(RECORD.BOUNDSHEET8, [...u32(offset), 0, kind, ...sheetName]);
    // The built sheet starts after BOF (20), this extra entry (18), its own entry (18) and EOF (4).
    const cells = [record(RECORD.NUMBER, [...cell(0, 0), ...f64(1)])];
    await expect(readXlsWorkbook(xls({ globals: [boundSheet(60)], cells }))).rejects.toThrow(
      'is a damaged .xls workbook: sheets "Copy01" and "Sheet1" start at the same place',
    );
    // A chart said to start inside the worksheet, at its first cell.
    await expect(readXlsWorkbook(xls({ globals: [boundSheet(80, 2)], cells }))).rejects.toThrow(
      'is a damaged .xls workbook: sheet "Sheet1" runs into the next sheet',
    );
  });

  it('keeps a date-styled number past 9999-12-31 as its decimal and names a NaN number an error', async () => {
    const globals = [0, 14].map((format) => record(RECORD.XF, [...u16(0), ...u16(format), ...new Array(16).fill(0)]));
    const cells = [
      record(RECORD.NUMBER, [...cell(0, 0, 1), ...f64(1234567890.12)]),
      record(RECORD.NUMBER, [...cell(0, 1, 1), ...f64(Number.NaN)]),
      record(RECORD.NUMBER, [...cell(0, 2, 1), ...f64(2958465)]),
    ];
    const [sheet] = await readXlsWorkbook(xls({ globals, cells }));
    expect(sheet?.rows).toEqual([['1234567890.12', '', '9999-12-31']]);
    expect(sheet?.notes).toEqual(['B1 holds #NUM!, read as empty']);
  });
});
