import { decimalText, excelDateText } from '../xlsx/cell-text.ts';

/**
 * Built-in number formats that show a date or time (MS-XLS 2.4.126): 14–22 and 45–47, plus
 * the East Asian date formats 27–36 and 50–58. The text is what decides whether a time shows.
 */
const BUILTIN_DATES: ReadonlyMap<number, string> = new Map([
  [14, 'm/d/yyyy'],
  [15, 'd-mmm-yy'],
  [16, 'd-mmm'],
  [17, 'mmm-yy'],
  [18, 'h:mm AM/PM'],
  [19, 'h:mm:ss AM/PM'],
  [20, 'h:mm'],
  [21, 'h:mm:ss'],
  [22, 'm/d/yyyy h:mm'],
  [45, 'mm:ss'],
  [46, '[h]:mm:ss'],
  [47, 'mm:ss.0'],
  ...[27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58].map((id): [number, string] => [id, 'yyyy-mm-dd']),
  ...[32, 33, 55, 56].map((id): [number, string] => [id, 'h:mm:ss']),
]);

/**
 * Whether a custom number format shows a date or time: a d, m, y, h or s token outside quoted
 * text, `[...]` sections (colour, locale, conditions), escaped characters and `_x`/`*x` fills.
 *
 * @example isDateFormat('yyyy/mm/dd') // true
 * @example isDateFormat('#,##0.00;[Red]-#,##0.00') // false
 */
export function isDateFormat(format: string): boolean {
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, '');
  if (/general/i.test(bare)) return false;
  return /[dmyhs]/i.test(bare);
}

/** The number formats of a workbook: custom FORMAT records by id, then the XF records' format ids. */
export type NumberFormats = { custom: Map<number, string>; xfFormats: number[]; date1904: boolean };

/** The date format of cell style `xf`, or undefined when the style shows a plain number. */
export function dateFormatOf(formats: NumberFormats, xf: number): string | undefined {
  const id = formats.xfFormats[xf];
  if (id === undefined) return undefined;
  const custom = formats.custom.get(id);
  if (custom !== undefined) return isDateFormat(custom) ? custom : undefined;
  return BUILTIN_DATES.get(id);
}

const DAY_MS = 86_400_000;

/**
 * A date serial as the wall-clock Date (UTC fields) it shows: days since 1899-12-30 (serials
 * below 61 skip Excel's phantom 1900-02-29), or since 1904-01-01 in the 1904 date system.
 */
export function serialDate(serial: number, date1904: boolean): Date {
  if (date1904) return new Date(Date.UTC(1904, 0, 1) + serial * DAY_MS);
  const days = serial < 61 ? serial + 1 : serial;
  return new Date(Date.UTC(1899, 11, 30) + days * DAY_MS);
}

/**
 * A number cell's text: its date when its style is a date format, else its 15-digit decimal. A
 * number beyond Excel's last date (9999-12-31), which Excel shows as `#####`, keeps its decimal.
 */
export function numberText(formats: NumberFormats, xf: number, value: number): string {
  const format = dateFormatOf(formats, xf);
  if (format === undefined || value < 0) return decimalText(value);
  const date = serialDate(value, formats.date1904);
  if (!(date.getUTCFullYear() <= 9999)) return decimalText(value);
  return excelDateText(date, format);
}
