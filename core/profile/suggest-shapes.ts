import { parseMinor, type AmountFormat } from '../money.ts';
import { compileDateFormat } from '../normalize/date-format.ts';
import { ISO_FORMAT, readIsoDate } from '../normalize/iso-date.ts';

/** Date layouts tried on a column's values, fixed widths first; day-first and month-first both listed. */
const DATE_FORMATS = [
  'yyyy-MM-dd',
  'yyyy-MM-dd HH:mm:ss',
  'yyyy-MM-dd HH:mm',
  'yyyy/MM/dd',
  'yyyy/MM/dd HH:mm:ss',
  'yyyy/MM/dd HH:mm',
  'yyyy/MM/dd  HH:mm:ss',
  'yyyy.MM.dd',
  'yyyyMMdd',
  'yyyyMMdd HH:mm:ss',
  'yyyyMMddHHmmss',
  'yyyy年MM月dd日',
  'yyyy年MM月dd日 HH:mm:ss',
  'dd.MM.yyyy',
  'dd.MM.yyyy HH:mm:ss',
  'dd.MM.yyyy HH:mm',
  'dd.MM.yy',
  'dd-MM-yyyy',
  'dd/MM/yyyy',
  'dd/MM/yyyy HH:mm:ss',
  'dd/MM/yyyy HH:mm',
  'MM/dd/yyyy',
  'MM/dd/yyyy HH:mm:ss',
  'dd/MM/yy',
  'MM/dd/yy',
  'yyyy-MM-dd H:mm:ss',
  'yyyy-M-d',
  'yyyy/M/d',
  'd.M.yyyy',
  'd/M/yyyy',
  'M/d/yyyy',
  'd-M-yyyy',
];

/** The date layout every value fits; `ambiguous` when a day-first and a month-first one both do. */
export type DateShape = { format: string } | { ambiguous: [string, string] } | null;

export function dateShape(values: readonly string[]): DateShape {
  const filled = values.filter((value) => value !== '');
  if (filled.length === 0) return null;
  if (filled.every((value) => /^\d{4}-\d\d-\d\dT/.test(value) && typeof readIsoDate(value, 'UTC') !== 'string'))
    return { format: ISO_FORMAT };
  const fitting = DATE_FORMATS.filter((format) => {
    const parse = compileDateFormat(format);
    return filled.every((value) => typeof parse(value) !== 'string');
  });
  const first = fitting[0];
  if (first === undefined) return null;
  const swapped = fitting.find((format) => format !== first && dayMonthSwapped(first, format));
  return swapped === undefined ? { format: first } : { ambiguous: [first, swapped] };
}

const dayMonthSwapped = (a: string, b: string): boolean =>
  a.replace(/d+/g, 'D').replace(/M+/g, 'd').replace(/D/g, 'M') === b.replace(/d+/g, 'd').replace(/M+/g, 'M');

/** Symbols and codes a bank may print beside an amount, with the currency each names. */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  R$: 'BRL',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'CNY',
  '￥': 'CNY',
  CHF: 'CHF',
  EUR: 'EUR',
  USD: 'USD',
  GBP: 'GBP',
  CNY: 'CNY',
  RMB: 'CNY',
  US$: 'USD',
  HK$: 'HKD',
  S$: 'SGD',
  $: 'USD',
};

/** The amount format all values read in, the symbols found on them; `ambiguous` when `1,234` could be either. */
export type AmountShape =
  | { format: AmountFormat; symbols: string[]; negatives: number; positives: number }
  | { ambiguous: string }
  | { unreadable: string };

// The profile language allows four grouping characters.
const THOUSANDS_POINT = [',', "'", ' ', '\u00a0'];
const THOUSANDS_COMMA = ['.', "'", ' ', '\u00a0'];

export function amountShape(values: readonly string[]): AmountShape {
  const filled = values.filter((value) => value !== '');
  const symbols = Object.keys(CURRENCY_SYMBOLS).filter((symbol) => filled.some((value) => hasSymbol(value, symbol)));
  const decimal = decimalMark(filled);
  if (decimal === 'ambiguous') {
    const example = filled.find((value) => /\d[.,]\d{3}(\D|$)/.test(value)) ?? '';
    return { ambiguous: example };
  }
  const format: AmountFormat = {
    decimal,
    thousands: decimal === '.' ? THOUSANDS_POINT : THOUSANDS_COMMA,
    parentheses: true,
    trailingMinus: true,
    ...(symbols.length > 0 ? { symbols: longestFirst(symbols) } : {}),
  };
  let negatives = 0;
  let positives = 0;
  for (const value of filled) {
    const minor = parseMinor(value, 4, format);
    if (typeof minor === 'string') return { unreadable: `"${value}" ${minor}` };
    if (minor < 0) negatives++;
    else if (minor > 0) positives++;
  }
  return { format, symbols, negatives, positives };
}

const longestFirst = (symbols: string[]): string[] => [...symbols].sort((a, b) => b.length - a.length);

function hasSymbol(value: string, symbol: string): boolean {
  if (!value.includes(symbol)) return false;
  if (/^[A-Z]+$/.test(symbol)) return new RegExp(`(^|[^A-Z])${symbol}([^A-Z]|$)`).test(value);
  // `$` alone is also the last character of R$, HK$, US$, S$.
  return symbol !== '$' || /(^|[^A-Z])\$/.test(value);
}

/**
 * The decimal mark by evidence: a separator followed by one, two or four+ digits at the end is a
 * decimal mark; both separators in one value, the last one is. `1,234` alone proves nothing.
 */
function decimalMark(values: readonly string[]): '.' | ',' | 'ambiguous' {
  let point = 0;
  let comma = 0;
  let unclear = 0;
  for (const value of values) {
    const digits = value.replace(/[^\d.,]/g, '');
    const lastPoint = digits.lastIndexOf('.');
    const lastComma = digits.lastIndexOf(',');
    if (lastPoint >= 0 && lastComma >= 0) {
      if (lastPoint > lastComma) point++;
      else comma++;
      continue;
    }
    const at = Math.max(lastPoint, lastComma);
    if (at < 0) continue;
    const after = digits.length - at - 1;
    const repeated = digits.indexOf(digits.charAt(at)) !== at;
    if (after === 3 || repeated) unclear++;
    else if (lastPoint >= 0) point++;
    else comma++;
  }
  if (point > 0 && comma > 0) return 'ambiguous';
  if (comma > 0) return ',';
  if (point > 0 || unclear === 0) return '.';
  return 'ambiguous';
}

/**
 * The layouts that together read every value of a date column written in more than one (a
 * bank's export mixing `2024-01-07 18:45:00` and `2024-01-07T18:45:00.000Z`): the layout reading
 * the most values first, then the one reading most of the rest. Null when some value reads in
 * none, or a part of the values reads day first and month first alike.
 */
export function dateFormatCover(values: readonly string[]): string[] | null {
  let rest = [...new Set(values.filter((value) => value !== ''))];
  const chosen: string[] = [];
  while (rest.length > 0 && chosen.length < 3) {
    const readers = [ISO_FORMAT, ...DATE_FORMATS].map((format) => ({ format, reads: rest.filter(readsAs(format)) }));
    const best = readers.reduce((a, b) => (b.reads.length > a.reads.length ? b : a));
    if (best.reads.length === 0) return null;
    const shape = dateShape(best.reads);
    if (shape === null || 'ambiguous' in shape) return null;
    chosen.push(shape.format);
    rest = rest.filter((value) => !best.reads.includes(value));
  }
  return rest.length === 0 ? chosen : null;
}

function readsAs(format: string): (value: string) => boolean {
  if (format === ISO_FORMAT)
    return (value) => /^\d{4}-\d\d-\d\dT/.test(value) && typeof readIsoDate(value, 'UTC') !== 'string';
  const parse = compileDateFormat(format);
  return (value) => typeof parse(value) !== 'string';
}
