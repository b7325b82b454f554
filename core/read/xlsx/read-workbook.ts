import type ExcelJS from 'exceljs';
import { loadExcelJS } from '../../exceljs.ts';
import { SheetError, type MergedCell, type Sheet, type WorkbookReader } from '../sheet.ts';
import { cellText } from './cell-text.ts';

/** Cell errors described by name per sheet; the rest are counted. */
const MAX_NOTES = 20;

/**
 * Read every sheet of an .xlsx workbook (its ZIP already checked by `scanZip`) as rows of
 * text cells with their 1-based row numbers. Only populated cells are visited; a merged
 * range's value stays in its top-left cell, its other cells listed in `merged` for the profile
 * to fill; dates in either date system become
 * `yyyy-MM-dd[ HH:mm:ss]`; numbers their 15-digit decimal text; formulas their cached result;
 * error cells (`#N/A`) read as empty and are named in the sheet's notes. Empty leading
 * columns shared by every row (a table drawn from B3) are dropped.
 *
 * @example
 * const [sheet] = await readXlsxWorkbook(bytes);
 * sheet.rows[0]; // ['Date', 'Label', 'Amount']
 */
export const readXlsxWorkbook: WorkbookReader = async (bytes) => {
  const excel = await loadExcelJS();
  const workbook = new excel.Workbook();
  try {
    // exceljs' Buffer type is its own; JSZip underneath takes any Uint8Array.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new SheetError(`cannot be read as an .xlsx workbook (${describe(error)})`);
  }
  if (workbook.worksheets.length === 0)
    throw new SheetError('is a ZIP without any worksheet (no xl/workbook.xml); it is not an .xlsx workbook');
  return workbook.worksheets.map((worksheet) => readWorksheet(worksheet, excel.ValueType.Merge));
};

/** `mergedType`: the type of a merged range's cells other than its top-left one. */
function readWorksheet(worksheet: ExcelJS.Worksheet, mergedType: ExcelJS.ValueType): Sheet {
  const rows: string[][] = [];
  const lines: number[] = [];
  const hiddenLines: number[] = [];
  const notes: string[] = [];
  const merged: MergedCell[] = [];
  let errors = 0;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    const covered: MergedCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      if (cell.type === mergedType) {
        const part = mergedPart(cell, rows.length, column);
        if (part) covered.push(part);
        return;
      }
      const read = cellText(cell.value, cell.numFmt);
      if (read.error !== undefined) {
        errors++;
        if (notes.length < MAX_NOTES) notes.push(`${cell.address} holds ${read.error}, read as empty`);
      }
      while (cells.length < column - 1) cells.push('');
      cells[column - 1] = read.text;
    });
    // A row with nothing of its own (only the lower part of merged ranges) is no row.
    if (cells.every((cell) => cell === '')) return;
    merged.push(...covered);
    rows.push(cells);
    lines.push(rowNumber);
    if (row.hidden) hiddenLines.push(rowNumber);
  });
  if (errors > notes.length) notes.push(`${errors - notes.length} more error cells read as empty`);
  const margin = leftMargin(rows);
  const sheet: Sheet = { name: worksheet.name, rows: dropLeftMargin(rows, margin), lines };
  const inTable = merged
    .filter((cell) => cell.column >= margin)
    .map((cell) => ({ ...cell, column: cell.column - margin }));
  if (inTable.length > 0) sheet.merged = inTable;
  if (hiddenLines.length > 0) sheet.hiddenLines = hiddenLines;
  if (notes.length > 0) sheet.notes = notes;
  return sheet;
}

/** A cell a merged range covers, with the range's value (null when the range is empty). */
function mergedPart(cell: ExcelJS.Cell, index: number, column: number): MergedCell | null {
  const { master } = cell;
  const text = cellText(master.value, master.numFmt).text;
  if (text === '') return null;
  const across = master.fullAddress.col !== column;
  return { index, column: column - 1, text, across, from: master.address, at: cell.address };
}

/** Drop the empty columns left of every row's first value. */
export function dropLeftMargin(rows: string[][], margin = leftMargin(rows)): string[][] {
  return margin === 0 ? rows : rows.map((row) => row.slice(margin));
}

/** How many empty columns are left of every row's first value. */
function leftMargin(rows: string[][]): number {
  let margin = Number.POSITIVE_INFINITY;
  for (const row of rows) {
    const first = row.findIndex((cell) => cell !== '');
    if (first >= 0 && first < margin) margin = first;
  }
  return margin === Number.POSITIVE_INFINITY ? 0 : margin;
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]?.slice(0, 200) || 'unknown error';
}
