import { SheetError, type Sheet } from '../sheet.ts';
import { dropLeftMargin } from '../xlsx/read-workbook.ts';
import type { BoundSheet, Globals } from './biff8.ts';
import { numberText } from './formats.ts';
import { RECORD, RecordReader, records, type BiffRecord } from './records.ts';

/** Cell errors described by name per sheet; the rest are counted. */
const MAX_NOTES = 20;
/** BIFF8 sheets have 256 columns (A–IV). */
const MAX_COLUMN = 255;
const ERRORS: Record<number, string> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
};

type Cells = {
  globals: Globals;
  rows: Map<number, string[]>;
  hidden: Set<number>;
  notes: string[];
  errors: number;
  /** A FORMULA whose cached string is in the STRING record that follows it. */
  pending?: { row: number; column: number };
};

/**
 * Read one worksheet substream (from its BOF at `sheet.offset` to the matching EOF, before `end`)
 * into rows of text cells: shared and inline strings, numbers (dates by their cell style),
 * formulas by their cached value, booleans as TRUE/FALSE, error cells as empty with a note.
 */
export function readWorksheet(stream: Uint8Array, sheet: BoundSheet, globals: Globals, end: number): Sheet {
  if (sheet.offset >= stream.byteLength)
    throw new SheetError(`is a damaged .xls workbook: sheet "${sheet.name}" starts past the end of the stream`);
  const cells: Cells = { globals, rows: new Map(), hidden: new Set(), notes: [], errors: 0 };
  let depth = 0;
  for (const record of records(stream, sheet.offset)) {
    if (record.offset >= end)
      throw new SheetError(`is a damaged .xls workbook: sheet "${sheet.name}" runs into the next sheet`);
    if (depth === 0 && record.type !== RECORD.BOF)
      throw new SheetError(`is a damaged .xls workbook: sheet "${sheet.name}" does not start with a BOF record`);
    if (record.type === RECORD.BOF) depth++;
    else if (record.type === RECORD.EOF) depth--;
    else if (depth === 1) readCellRecord(cells, record);
    if (depth === 0) return toSheet(sheet.name, cells);
  }
  throw new SheetError(`is a truncated .xls workbook: sheet "${sheet.name}" has no end (EOF record)`);
}

function readCellRecord(cells: Cells, record: BiffRecord): void {
  const reader = new RecordReader(record.parts);
  const { strings } = cells.globals;
  switch (record.type) {
    case RECORD.LABELSST: {
      const [row, column] = [reader.u16(), reader.u16(), reader.u16()];
      const index = reader.u32();
      const text = strings[index];
      if (text === undefined) throw new SheetError(`is a damaged .xls workbook: shared string ${index} is missing`);
      return put(cells, row, column, text);
    }
    case RECORD.LABEL:
    case RECORD.RSTRING: {
      const [row, column] = [reader.u16(), reader.u16(), reader.u16()];
      return put(cells, row, column, reader.string());
    }
    case RECORD.NUMBER: {
      const [row, column, xf] = [reader.u16(), reader.u16(), reader.u16()];
      return putNumber(cells, row, column, xf, reader.f64());
    }
    case RECORD.RK: {
      const [row, column, xf] = [reader.u16(), reader.u16(), reader.u16()];
      return putNumber(cells, row, column, xf, rkValue(reader.u32()));
    }
    case RECORD.MULRK:
      return mulRk(cells, reader);
    case RECORD.FORMULA:
      return formula(cells, reader);
    case RECORD.STRING:
      if (cells.pending) put(cells, cells.pending.row, cells.pending.column, reader.string());
      delete cells.pending;
      return;
    case RECORD.BOOLERR: {
      const [row, column] = [reader.u16(), reader.u16(), reader.u16()];
      const value = reader.u8();
      return reader.u8() ? error(cells, row, column, value) : put(cells, row, column, value ? 'TRUE' : 'FALSE');
    }
    case RECORD.ROW: {
      const row = reader.u16();
      reader.skip(10);
      if (reader.u16() & 0x20) cells.hidden.add(row);
      return;
    }
  }
}

/** An RK number: 30 bits of integer or of a double's high half, optionally divided by 100. */
export function rkValue(rk: number): number {
  let value: number;
  if (rk & 0x02) value = rk >> 2;
  else {
    const bytes = new DataView(new ArrayBuffer(8));
    bytes.setUint32(4, rk & 0xfffffffc, true);
    value = bytes.getFloat64(0, true);
  }
  return rk & 0x01 ? value / 100 : value;
}

function mulRk(cells: Cells, reader: RecordReader): void {
  const row = reader.u16();
  let column = reader.u16();
  // Each cell is 6 bytes (style + RK); the last 2 bytes name the last column.
  for (; reader.remaining >= 8; column++) {
    const xf = reader.u16();
    putNumber(cells, row, column, xf, rkValue(reader.u32()));
  }
}

function formula(cells: Cells, reader: RecordReader): void {
  const [row, column, xf] = [reader.u16(), reader.u16(), reader.u16()];
  const value = new Uint8Array(8);
  for (let index = 0; index < 8; index++) value[index] = reader.u8();
  if (value[6] !== 0xff || value[7] !== 0xff) {
    const number = new DataView(value.buffer).getFloat64(0, true);
    return putNumber(cells, row, column, xf, number);
  }
  if (value[0] === 0x00) cells.pending = { row, column };
  else if (value[0] === 0x01) put(cells, row, column, value[2] ? 'TRUE' : 'FALSE');
  else if (value[0] === 0x02) error(cells, row, column, value[2] ?? 0);
}

/** A number cell: its text by its style; NaN or infinity (no number Excel stores) is a #NUM! error. */
function putNumber(cells: Cells, row: number, column: number, xf: number, value: number): void {
  if (Number.isFinite(value)) put(cells, row, column, numberText(cells.globals.formats, xf, value));
  else error(cells, row, column, 0x24);
}

function put(cells: Cells, row: number, column: number, text: string): void {
  if (column > MAX_COLUMN)
    throw new SheetError(`is a damaged .xls workbook: a cell in row ${row + 1} is past column IV`);
  let cellsOfRow = cells.rows.get(row);
  if (!cellsOfRow) cells.rows.set(row, (cellsOfRow = []));
  while (cellsOfRow.length < column) cellsOfRow.push('');
  cellsOfRow[column] = text;
}

function error(cells: Cells, row: number, column: number, code: number): void {
  cells.errors++;
  if (cells.notes.length < MAX_NOTES)
    cells.notes.push(`${address(row, column)} holds ${ERRORS[code] ?? '#ERROR'}, read as empty`);
}

/** A1-style address of a 0-based row and column. */
function address(row: number, column: number): string {
  let letters = '';
  for (let rest = column + 1; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return `${letters}${row + 1}`;
}

function toSheet(name: string, cells: Cells): Sheet {
  const rows: string[][] = [];
  const lines: number[] = [];
  const hiddenLines: number[] = [];
  for (const row of [...cells.rows.keys()].sort((a, b) => a - b)) {
    const values = cells.rows.get(row) ?? [];
    if (values.every((cell) => cell === '')) continue;
    rows.push(values.map((cell) => cell ?? ''));
    lines.push(row + 1);
    if (cells.hidden.has(row)) hiddenLines.push(row + 1);
  }
  const notes = [...cells.notes];
  if (cells.errors > notes.length) notes.push(`${cells.errors - notes.length} more error cells read as empty`);
  const sheet: Sheet = { name, rows: dropLeftMargin(rows), lines };
  if (hiddenLines.length > 0) sheet.hiddenLines = hiddenLines;
  if (notes.length > 0) sheet.notes = notes;
  return sheet;
}
