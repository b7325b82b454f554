/**
 * One sheet of a workbook (or one table of an HTML export) as text cells, each row with its
 * 1-based row number. Rows with no value are left out. `hiddenLines` are rows the producer
 * hid; `notes` say what the reader could not take as text (error cells).
 */
export type Sheet = {
  name: string;
  rows: string[][];
  lines: number[];
  hiddenLines?: number[];
  notes?: string[];
  /** Cells of merged ranges other than the range's top-left one, which holds the value. */
  merged?: MergedCell[];
};

/**
 * A cell covered by a merged range: at `rows[index][column]`, empty as read; `text` is the
 * range's value, in the cell `from`. `across`: the range's value is in another column (a
 * value spread over several columns), not only in a row above (a value shared by several rows).
 */
export type MergedCell = { index: number; column: number; text: string; across: boolean; from: string; at: string };

/** Reads the sheets of an .xlsx workbook (already checked to be a sound ZIP). */
export type WorkbookReader = (bytes: Uint8Array) => Promise<Sheet[]>;

/** Reads the tables of an HTML page saved as a spreadsheet (a common bank ".xls" export). */
export type HtmlTableReader = (text: string) => Sheet[];

/** The file cannot be read as a workbook (damaged, encrypted, not a spreadsheet inside). */
export class SheetError extends Error {
  override name = 'SheetError';
}
