import type ExcelJS from 'exceljs';
import { cellValue, type ReportCell } from './cells.ts';
import type { CellTone, StyleBook } from './styles.ts';

/** A column; a `wrap` one holds long text (a source row), wrapped within its width and read from the top. */
export type ColumnSpec = { header: string; width: number; wrap?: boolean };

/** A label over a run of columns in the first row, e.g. "Book" over the book block. */
export type ColumnGroup = { label: string; first: number; last: number; tone: CellTone };

export type ListSheetOptions = {
  name: string;
  columns: readonly ColumnSpec[];
  groups: readonly ColumnGroup[];
  style: StyleBook;
  tabColor?: { argb: string };
};

/** Row 1 holds the title and column groups, row 2 the field names; data starts on row 3. */
export const HEADER_ROW = 2;

export type ListSheet = {
  sheet: ExcelJS.Worksheet;
  /** Append one data row; columns whose 0-based index is in `differing` are filled red. */
  addRow: (cells: readonly ReportCell[], differing?: ReadonlySet<number>) => void;
  /** Append the totals rows, bold, after one empty row so the autofilter's range ends above them. */
  addTotals: (rows: readonly (readonly ReportCell[])[]) => void;
};

/**
 * How a list sheet prints in Excel, WPS and LibreOffice: one page wide however many rows, as many
 * pages tall as it takes, landscape when it is wider than a portrait page, its two header rows on
 * every page.
 */
export function listPageSetup(columns: readonly ColumnSpec[]): Partial<ExcelJS.PageSetup> {
  const width = columns.reduce((total, column) => total + column.width, 0);
  return {
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    orientation: width > PORTRAIT_WIDTH ? 'landscape' : 'portrait',
    paperSize: 9,
    printTitlesRow: `1:${HEADER_ROW}`,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
  };
}

/** Column width units (characters) an A4 portrait page holds at full size within narrow margins. */
const PORTRAIT_WIDTH = 105;

/**
 * Start a list sheet: title and group row, a frozen header row with an autofilter,
 * fixed column widths. Rows are appended with shared styles only, and are final once added.
 *
 * @example const list = startListSheet(workbook, { name: 'Fees', columns, groups: [], style });
 */
export function startListSheet(workbook: ExcelJS.Workbook, options: ListSheetOptions): ListSheet {
  const { columns, style } = options;
  const sheet = workbook.addWorksheet(options.name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW }],
    pageSetup: listPageSetup(columns),
    ...(options.tabColor ? { properties: { tabColor: options.tabColor } } : {}),
  });
  sheet.columns = columns.map((column) => ({ width: column.width }));
  writeGroups(sheet, options.groups, style);
  const header = sheet.getRow(HEADER_ROW);
  columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = column.header;
    cell.style = style('header');
  });
  sheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: columns.length } };
  let next = HEADER_ROW + 1;
  const wrapped = new Set(columns.flatMap((column, index) => (column.wrap ? [index] : [])));
  const addRow = (cells: readonly ReportCell[], differing?: ReadonlySet<number>): void => {
    const row = sheet.getRow(next++);
    for (let index = 0; index < cells.length; index++) {
      const reportCell = cells[index];
      if (!reportCell) continue;
      const red = differing?.has(index) === true;
      const { value, numFmt } = cellValue(reportCell);
      // An empty plain cell would only add XML; leaving it out keeps big sheets fast.
      if (value === null && !red) continue;
      const cell = row.getCell(index + 1);
      cell.value = value;
      cell.style = style(red ? 'differing' : wrapped.has(index) ? 'wrapped' : 'plain', numFmt);
    }
    // A streamed workbook writes the row out now (and every row above it); an in-memory one keeps it.
    row.commit();
  };
  const addTotals = (rows: readonly (readonly ReportCell[])[]): void => {
    next++;
    for (const cells of rows) {
      const row = sheet.getRow(next++);
      cells.forEach((reportCell, index) => {
        const { value, numFmt } = cellValue(reportCell);
        const cell = row.getCell(index + 1);
        cell.value = value;
        cell.style = style('total', numFmt);
      });
      row.commit();
    }
  };
  return { sheet, addRow, addTotals };
}

function writeGroups(sheet: ExcelJS.Worksheet, groups: readonly ColumnGroup[], style: StyleBook): void {
  const row = sheet.getRow(1);
  for (const group of groups) {
    const cell = row.getCell(group.first);
    cell.value = group.label;
    cell.style = style(group.tone);
    if (group.last > group.first) sheet.mergeCells(1, group.first, 1, group.last);
  }
}
