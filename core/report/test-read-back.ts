/** Reading the diff workbook back the way a finance user's spreadsheet would, for the tests. */
import ExcelJS from 'exceljs';
import type { CategoryCode } from '../match/categories.ts';
import type { Finding } from '../match/types.ts';
import { sampleInput } from './test-input.ts';
import type { DiffWorkbookInput } from './types.ts';
import { buildDiffWorkbook } from './workbook.ts';

export const RED = 'FFFFC7CE';
export const HEADER_ROW = 2;
export const FIRST_DATA_ROW = 3;
/** 1-based columns of the category sheets. */
export const COLUMN = {
  orderRef: 1,
  amount: 4,
  rule: 5,
  bookStatus: 6,
  bookAmount: 7,
  bookRefund: 8,
  bookChannelRef: 10,
  bookOccurredAt: 11,
  statementPayments: 14,
  statementAmount: 15,
  statementRefunds: 16,
  statementOccurredAt: 21,
  reason: 24,
  note: 25,
  bookRow: 26,
  statementRows: 27,
} as const;

export async function read(input: DiffWorkbookInput): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await buildDiffWorkbook(input)) as unknown as ArrayBuffer);
  return workbook;
}

export const sheetOf = (workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet => {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
};

export const fillOf = (cell: ExcelJS.Cell): string | undefined =>
  cell.fill?.type === 'pattern' ? cell.fill.fgColor?.argb : undefined;

/** Data rows of a list sheet: the rows under the header up to the empty row above the totals. */
export function dataRows(sheet: ExcelJS.Worksheet): ExcelJS.Row[] {
  return rowsUnderHeader(sheet).data;
}

/** The totals rows of a list sheet: the rows after the empty one that ends the data. */
export function totalsRows(sheet: ExcelJS.Worksheet): ExcelJS.Row[] {
  return rowsUnderHeader(sheet).totals;
}

function rowsUnderHeader(sheet: ExcelJS.Worksheet): { data: ExcelJS.Row[]; totals: ExcelJS.Row[] } {
  const data: ExcelJS.Row[] = [];
  const totals: ExcelJS.Row[] = [];
  sheet.eachRow((row, number) => {
    if (number < FIRST_DATA_ROW) return;
    if (totals.length === 0 && number === FIRST_DATA_ROW + data.length) data.push(row);
    else totals.push(row);
  });
  return { data, totals };
}

/** The Summary row of a category, found by its code in column B. */
export function summaryRow(workbook: ExcelJS.Workbook, code: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  workbook.worksheets[0]?.eachRow((row) => {
    if (row.getCell(2).value === code) found = row;
  });
  if (!found) throw new Error(`no summary row for ${code}`);
  return found;
}

/** Input whose amount_mismatch sheet holds exactly `findings`. */
export function withFindings(code: CategoryCode, findings: Finding[]): DiffWorkbookInput {
  const input = sampleInput();
  return { ...input, findings: (asked) => (asked === code ? findings : input.findings(asked)) };
}
