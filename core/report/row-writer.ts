import type ExcelJS from 'exceljs';
import { cellValue, type ReportCell } from './cells.ts';
import type { CellTone, StyleBook } from './styles.ts';

/** The tone of the whole row, or of each cell by its 0-based index. */
export type RowTone = CellTone | ((index: number) => CellTone);

export type RowWriter = {
  /** Write cells on the next row and return its 1-based number. */
  row: (cells: readonly ReportCell[], tone?: RowTone) => number;
  blank: () => void;
};

/**
 * Writes free-form rows one after the other (the Summary's stacked tables), with shared styles.
 *
 * @example const rows = createRowWriter(sheet, style); rows.row([text('Total'), amount(100, 2)], 'system');
 */
export function createRowWriter(sheet: ExcelJS.Worksheet, style: StyleBook): RowWriter {
  let next = 1;
  return {
    row(cells, tone = 'plain') {
      const number = next++;
      const row = sheet.getRow(number);
      cells.forEach((reportCell, index) => {
        const { value, numFmt } = cellValue(reportCell);
        const cell = row.getCell(index + 1);
        cell.value = value;
        cell.style = style(typeof tone === 'function' ? tone(index) : tone, numFmt);
      });
      return number;
    },
    blank() {
      next++;
    },
  };
}
