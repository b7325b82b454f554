import type { CanonicalRecord } from '../canonical/record.ts';
import { currencyExponent } from '../currency.ts';
import { decimalText } from './decimal.ts';

/**
 * How a flat column is written: `text` came from a file and is formula-guarded;
 * `integer` and `decimal` are numbers we produced, so a leading minus is legitimate.
 */
export type ColumnKind = 'text' | 'integer' | 'decimal';

export type FlatValue = string | number | null;

type Column = {
  name: string;
  kind: ColumnKind;
  value: (record: CanonicalRecord, exponent: number | undefined) => FlatValue;
};

/** A decimal amount in the record's currency, or null when the currency is unknown. */
const decimal = (minor: number | null, exponent: number | undefined): string | null =>
  minor === null || exponent === undefined ? null : decimalText(minor, exponent);

/**
 * Every field of a canonical record, flattened (trace → trace_*), with a decimal column
 * beside each amount so a person can read it and a program can still use the exact minor units.
 */
export const CANONICAL_COLUMNS: readonly Column[] = [
  { name: 'side', kind: 'text', value: (r) => r.side },
  { name: 'source', kind: 'text', value: (r) => r.source },
  { name: 'kind', kind: 'text', value: (r) => r.kind },
  { name: 'order_ref', kind: 'text', value: (r) => r.order_ref },
  { name: 'channel_ref', kind: 'text', value: (r) => r.channel_ref },
  { name: 'refund_ref', kind: 'text', value: (r) => r.refund_ref },
  { name: 'batch_ref', kind: 'text', value: (r) => r.batch_ref },
  { name: 'amount', kind: 'decimal', value: (r, e) => decimal(r.amount_minor, e) },
  { name: 'amount_minor', kind: 'integer', value: (r) => r.amount_minor },
  { name: 'currency', kind: 'text', value: (r) => r.currency },
  { name: 'fee', kind: 'decimal', value: (r, e) => decimal(r.fee_minor, e) },
  { name: 'fee_minor', kind: 'integer', value: (r) => r.fee_minor },
  { name: 'fee_rate_ppm', kind: 'integer', value: (r) => r.fee_rate_ppm },
  { name: 'net', kind: 'decimal', value: (r, e) => decimal(r.net_minor, e) },
  { name: 'net_minor', kind: 'integer', value: (r) => r.net_minor },
  { name: 'status', kind: 'text', value: (r) => r.status },
  { name: 'raw_status', kind: 'text', value: (r) => r.raw_status },
  { name: 'occurred_at', kind: 'text', value: (r) => r.occurred_at },
  { name: 'booked_on', kind: 'text', value: (r) => r.booked_on },
  { name: 'value_on', kind: 'text', value: (r) => r.value_on },
  { name: 'counterparty', kind: 'text', value: (r) => r.counterparty },
  { name: 'description', kind: 'text', value: (r) => r.description },
  { name: 'trace_import_id', kind: 'integer', value: (r) => r.trace.import_id },
  { name: 'trace_file', kind: 'text', value: (r) => r.trace.file },
  { name: 'trace_line', kind: 'integer', value: (r) => r.trace.line },
  { name: 'trace_profile_id', kind: 'text', value: (r) => r.trace.profile_id },
  { name: 'trace_profile_version', kind: 'integer', value: (r) => r.trace.profile_version },
];

export const CANONICAL_COLUMN_NAMES: readonly string[] = CANONICAL_COLUMNS.map((column) => column.name);

/**
 * The record's values in {@link CANONICAL_COLUMNS} order.
 *
 * @example flattenRecord(record)[8] // record.amount_minor
 */
export function flattenRecord(record: CanonicalRecord): FlatValue[] {
  const exponent = currencyExponent(record.currency);
  return CANONICAL_COLUMNS.map((column) => column.value(record, exponent));
}
