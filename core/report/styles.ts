import type ExcelJS from 'exceljs';

/** How a cell looks, apart from its number format. */
export type CellTone =
  'plain' | 'wrapped' | 'differing' | 'header' | 'group' | 'title' | 'heading' | 'system' | 'pass' | 'fail' | 'total';

export type CellStyle = Partial<ExcelJS.Style>;

/** Cell date format: Excel dates carry no zone, so this is the wall clock of the source's offset. */
export const DATE_FORMAT = 'yyyy-mm-dd hh:mm:ss';

export const PERCENT_FORMAT = '0.00##%';

export const INTEGER_FORMAT = '#,##0';

/** Line numbers are identifiers one looks up in the file: no thousands separator. */
export const LINE_FORMAT = '0';

/** Red tab for categories that flag a payment-system anomaly. */
export const SYSTEM_TAB_COLOR = { argb: 'FFC00000' };

/**
 * The amount format for a currency exponent.
 *
 * @example amountFormat(2) // '#,##0.00'
 * @example amountFormat(0) // '#,##0' (JPY)
 */
export const amountFormat = (exponent: number): string =>
  exponent > 0 ? `#,##0.${'0'.repeat(exponent)}` : INTEGER_FORMAT;

const solid = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

const RED_FILL = solid('FFFFC7CE');
const RED_TEXT: Partial<ExcelJS.Font> = { color: { argb: 'FF9C0006' } };
const BOLD_RED_TEXT: Partial<ExcelJS.Font> = { bold: true, color: { argb: 'FF9C0006' } };
const GREEN_FILL = solid('FFC6EFCE');
const GREEN_TEXT: Partial<ExcelJS.Font> = { bold: true, color: { argb: 'FF006100' } };
const HEADER_FILL = solid('FFD9E1F2');
const GROUP_FILL = solid('FFB4C6E7');
const BOLD: Partial<ExcelJS.Font> = { bold: true };

const TONES: Record<CellTone, CellStyle> = {
  plain: {},
  wrapped: { alignment: { vertical: 'top', wrapText: true } },
  differing: { fill: RED_FILL, font: RED_TEXT },
  header: { fill: HEADER_FILL, font: BOLD, alignment: { vertical: 'middle', wrapText: true } },
  group: { fill: GROUP_FILL, font: BOLD, alignment: { horizontal: 'center' } },
  title: { font: { bold: true, size: 14 } },
  heading: { font: { bold: true, size: 12 } },
  system: { fill: RED_FILL, font: BOLD_RED_TEXT },
  pass: { fill: GREEN_FILL, font: GREEN_TEXT },
  fail: { fill: RED_FILL, font: BOLD_RED_TEXT },
  total: { font: BOLD, border: { top: { style: 'thin' }, bottom: { style: 'double' } } },
};

/** Hands out one shared style object per tone and format. */
export type StyleBook = (tone: CellTone, numFmt?: string) => CellStyle;

/**
 * A style cache for one workbook. exceljs recognizes a style object it has seen before
 * and skips re-serializing it, so handing the same object to every alike cell is what
 * keeps 25,000-row sheets fast. The objects are never mutated after creation (no
 * `cell.fill = …` setters, which write into the cell's style object).
 *
 * @example const style = createStyleBook(); cell.style = style('differing', amountFormat(2));
 */
export function createStyleBook(): StyleBook {
  const cache = new Map<string, CellStyle>();
  return (tone, numFmt) => {
    const key = `${tone}|${numFmt ?? ''}`;
    let style = cache.get(key);
    if (!style) {
      style = numFmt === undefined ? { ...TONES[tone] } : { ...TONES[tone], numFmt };
      cache.set(key, style);
    }
    return style;
  };
}
