import type { CanonicalRecord } from '../canonical/record.ts';
import { currencyExponent } from '../currency.ts';
import { formulaSafeText } from '../report/safe-cell.ts';
import { CANONICAL_COLUMN_NAMES } from './columns.ts';
import { decimalText } from './decimal.ts';

/** Excel reads a UTF-8 CSV as the machine's legacy code page (GBK…) unless it starts with a BOM. */
export const UTF8_BOM = '\uFEFF';

const NEEDS_QUOTES = /[",\r\n]/;
const QUOTE = /"/g;

/** A text field: formula-guarded, then quoted per RFC 4180 when it holds a quote, comma or line break. */
function text(value: string | null): string {
  if (value === null) return '';
  const safe = formulaSafeText(value);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(QUOTE, '""')}"` : safe;
}

/** A text field of any CSV export: formula-guarded and quoted as needed. */
export const csvText = text;

/** A number we wrote: never guarded, since `-12.50` is an amount, not a formula. */
const number = (value: number | null): string => (value === null ? '' : String(value));

const decimal = (minor: number | null, exponent: number | undefined): string =>
  minor === null || exponent === undefined ? '' : decimalText(minor, exponent);

/**
 * The first chunk of a canonical CSV file: byte-order mark, header row, CRLF.
 *
 * @example canonicalCsvHeader().startsWith('\uFEFFside,source,kind,') // true
 */
export const canonicalCsvHeader = (): string => `${UTF8_BOM}${CANONICAL_COLUMN_NAMES.join(',')}\r\n`;

/**
 * One record as a CSV line ending in CRLF, in the columns of {@link canonicalCsvHeader}.
 * Text is formula-guarded (`=1+1` → `'=1+1`); amounts and other numbers we wrote are
 * left as they are, minus sign included. Written field by field because this runs a
 * million times per big statement.
 *
 * @example canonicalCsvLine(record) // 'statement,alipay,payment,ORD-1,…,-12.50,-1250,CNY,…\r\n'
 */
export function canonicalCsvLine(record: CanonicalRecord): string {
  const exponent = currencyExponent(record.currency);
  const trace = record.trace;
  return (
    `${text(record.side)},${text(record.source)},${text(record.kind)},${text(record.order_ref)},` +
    `${text(record.channel_ref)},${text(record.refund_ref)},${text(record.batch_ref)},` +
    `${decimal(record.amount_minor, exponent)},${number(record.amount_minor)},${text(record.currency)},` +
    `${decimal(record.fee_minor, exponent)},${number(record.fee_minor)},${number(record.fee_rate_ppm)},` +
    `${decimal(record.net_minor, exponent)},${number(record.net_minor)},${text(record.status)},` +
    `${text(record.raw_status)},${text(record.occurred_at)},${text(record.booked_on)},${text(record.value_on)},` +
    `${text(record.counterparty)},${text(record.description)},${number(trace.import_id)},${text(trace.file)},` +
    `${number(trace.line)},${text(trace.profile_id)},${number(trace.profile_version)}\r\n`
  );
}
