/**
 * Cell values as the text a statement reader wants: numbers as exact decimal text (15
 * significant digits, as Excel shows them), dates as wall-clock `yyyy-MM-dd[ HH:mm:ss]`.
 */

/**
 * A double as the decimal Excel displays: 15 significant digits, no exponent, no trailing zeros.
 *
 * @example decimalText(0.1 + 0.2) // '0.3'
 * @example decimalText(1234.5) // '1234.5'
 */
export function decimalText(value: number): string {
  if (!Number.isFinite(value)) return '';
  if (value === 0) return '0';
  const [mantissa = '0', exponentText = '0'] = Math.abs(value).toPrecision(15).split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  const digits = whole + fraction;
  // Position of the decimal point within `digits`.
  const point = whole.length + Number(exponentText);
  let text: string;
  if (point <= 0) text = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) text = digits + '0'.repeat(point - digits.length);
  else text = `${digits.slice(0, point)}.${digits.slice(point)}`;
  if (text.includes('.')) text = text.replace(/0+$/, '').replace(/\.$/, '');
  text = text.replace(/^0+(?=\d)/, '');
  return value < 0 ? `-${text}` : text;
}

/** A number format that shows hours or seconds (quoted text and [colour] sections aside). */
const TIME_FORMAT = /[hHsS]/;

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/**
 * An Excel date (exceljs hands it as a Date whose UTC fields are the sheet's wall clock) as
 * `yyyy-MM-dd`, or `yyyy-MM-dd HH:mm:ss` when its number format shows a time (or, with no
 * format known, when it has a time of day). Rounded to the second, since the serial's binary
 * fraction lands a hair off (12:29:59.9996).
 */
export function excelDateText(date: Date, numberFormat?: string): string {
  const time = date.getTime();
  if (Number.isNaN(time)) return '';
  const rounded = new Date(Math.round(time / 1000) * 1000);
  const day = `${pad(rounded.getUTCFullYear(), 4)}-${pad(rounded.getUTCMonth() + 1)}-${pad(rounded.getUTCDate())}`;
  const seconds = rounded.getUTCHours() * 3600 + rounded.getUTCMinutes() * 60 + rounded.getUTCSeconds();
  const showsTime = numberFormat ? TIME_FORMAT.test(numberFormat.replace(/"[^"]*"|\[[^\]]*\]/g, '')) : seconds !== 0;
  if (!showsTime) return day;
  return `${day} ${pad(rounded.getUTCHours())}:${pad(rounded.getUTCMinutes())}:${pad(rounded.getUTCSeconds())}`;
}

/** What one cell reads as: its text, or an error code (`#N/A`) read as empty. */
export type CellText = { text: string; error?: string };

/**
 * The text of an exceljs cell value: formulas by their cached result, rich text joined,
 * hyperlinks by their text, booleans as TRUE/FALSE, errors as empty with the code kept.
 */
export function cellText(value: unknown, numberFormat?: string): CellText {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'number') return { text: decimalText(value) };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) return { text: excelDateText(value, numberFormat) };
  if (typeof value !== 'object') return { text: '' };
  const record = value as Record<string, unknown>;
  if (typeof record['error'] === 'string') return { text: '', error: record['error'] };
  if (Array.isArray(record['richText']))
    return { text: (record['richText'] as { text?: unknown }[]).map((run) => String(run.text ?? '')).join('') };
  if ('formula' in record || 'sharedFormula' in record) return cellText(record['result'], numberFormat);
  if ('hyperlink' in record || 'text' in record) return cellText(record['text'], numberFormat);
  return { text: '' };
}
