import { majorUnits } from './amounts.ts';
import { excelWallClock } from './excel-date.ts';
import { spreadsheetText } from './safe-cell.ts';
import { amountFormat, DATE_FORMAT, INTEGER_FORMAT, LINE_FORMAT, PERCENT_FORMAT } from './styles.ts';

/** One value of a report row, typed by what it means rather than how Excel stores it. */
export type ReportCell =
  | { kind: 'text'; text: string | null }
  | { kind: 'integer'; value: number | null }
  | { kind: 'line'; value: number | null }
  | { kind: 'amount'; minor: number | bigint | null; exponent: number }
  | { kind: 'date'; iso: string | null }
  | { kind: 'percent'; ppm: number };

/**
 * Constructors for report cells.
 *
 * @example [text('ORD-1'), amount(-1250, 2), date('2024-03-01T23:59:30+08:00'), integer(3), percent(6000)]
 */
export const text = (value: string | null): ReportCell => ({ kind: 'text', text: value });
export const integer = (value: number | null): ReportCell => ({ kind: 'integer', value });
/** A source line number: a plain integer, never with a thousands separator. */
export const lineNumber = (value: number | null): ReportCell => ({ kind: 'line', value });

/**
 * Several source lines as the text "207, 209"; one line as a plain number.
 *
 * @example lineNumbers('207,209') // text('207, 209')
 * @example lineNumbers('12') // lineNumber(12)
 */
export function lineNumbers(lines: string): ReportCell {
  const parts = lines
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const [only] = parts;
  if (parts.length === 1 && only !== undefined && /^\d+$/.test(only)) return lineNumber(Number(only));
  return text(parts.join(', '));
}
export const amount = (minor: number | bigint | null, exponent: number): ReportCell => ({
  kind: 'amount',
  minor,
  exponent,
});
export const date = (iso: string | null): ReportCell => ({ kind: 'date', iso });
export const percent = (ppm: number): ReportCell => ({ kind: 'percent', ppm });
export const EMPTY: ReportCell = { kind: 'text', text: null };

export type CellValue = string | number | Date | null;

/**
 * The value exceljs writes and the number format it needs. Text always passes the
 * formula guard; a timestamp that is not a valid date stays (guarded) text.
 *
 * @example cellValue(amount(-5, 2)) // { value: -0.05, numFmt: '#,##0.00' }
 */
export function cellValue(cell: ReportCell): { value: CellValue; numFmt?: string } {
  switch (cell.kind) {
    case 'text':
      return { value: cell.text === null ? null : spreadsheetText(cell.text) };
    case 'integer':
      return { value: cell.value, numFmt: INTEGER_FORMAT };
    case 'line':
      return { value: cell.value, numFmt: LINE_FORMAT };
    case 'amount':
      return {
        value: cell.minor === null ? null : majorUnits(cell.minor, cell.exponent),
        numFmt: amountFormat(cell.exponent),
      };
    case 'percent':
      // ppm / 10^6 is the fraction Excel's % format expects; display only.
      return { value: cell.ppm / 1_000_000, numFmt: PERCENT_FORMAT };
    case 'date':
      return dateValue(cell.iso);
  }
}

function dateValue(iso: string | null): { value: CellValue; numFmt?: string } {
  if (iso === null) return { value: null };
  const wallClock = excelWallClock(iso);
  return wallClock ? { value: wallClock, numFmt: DATE_FORMAT } : { value: spreadsheetText(iso) };
}

/**
 * A figure a file states (or ReconDesk computes) as a number cell when it is one plain number,
 * with as many decimals as written; anything else ("3 / 120.00") stays text.
 *
 * @example figure('-100.00') // amount(-10000n, 2)
 * @example figure('1,024') // integer(1024)
 */
export function figure(written: string): ReportCell {
  const match = /^(-?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/.exec(written.trim());
  if (!match) return text(written);
  const [, sign = '', whole = '', decimals = ''] = match;
  const digits = `${whole.replaceAll(',', '')}${decimals}`;
  if (decimals === '' && digits.length <= 15) return integer(Number(`${sign}${digits}`));
  return amount(BigInt(`${sign}${digits}`), decimals.length);
}
