import type { CanonicalRecord } from '../canonical/record.ts';
import { epochSeconds } from '../time.ts';
import { Utf8Batch } from './utf8-batch.ts';

type Value = string | number | null;

/** The record table's columns in insert order, and how each is read off a record. */
export const RECORD_COLUMNS: readonly [string, (r: CanonicalRecord) => Value][] = [
  ['import_id', (r) => r.trace.import_id],
  ['line', (r) => r.trace.line],
  ['side', (r) => r.side],
  ['source', (r) => r.source],
  ['kind', (r) => r.kind],
  ['order_ref', (r) => r.order_ref],
  ['channel_ref', (r) => r.channel_ref],
  ['refund_ref', (r) => r.refund_ref],
  ['batch_ref', (r) => r.batch_ref],
  ['amount_minor', (r) => r.amount_minor],
  ['currency', (r) => r.currency],
  ['fee_minor', (r) => r.fee_minor],
  ['fee_rate_ppm', (r) => r.fee_rate_ppm],
  ['net_minor', (r) => r.net_minor],
  ['status', (r) => r.status],
  ['raw_status', (r) => r.raw_status],
  ['occurred_at', (r) => r.occurred_at],
  // The instant as epoch seconds too, for time-window rules in SQL.
  ['occurred_epoch', (r) => (r.occurred_at === null ? null : epochSeconds(r.occurred_at))],
  ['booked_on', (r) => r.booked_on],
  ['value_on', (r) => r.value_on],
  ['counterparty', (r) => r.counterparty],
  ['description', (r) => r.description],
];

/** Cell kinds of an encoded batch. */
export const CELL_NULL = 0;
export const CELL_NUMBER = 1;
export const CELL_TEXT = 2;

/**
 * Records ready to bind, as plain arrays and one UTF-8 buffer: cheap to hand to another
 * thread (the buffers transfer) and to bind without per-value conversion.
 * For text cells `cells` holds the start of the string in `text`; its byte length is in the
 * four bytes before it.
 */
export type EncodedBatch = {
  count: number;
  kinds: Uint8Array;
  cells: Float64Array;
  text: Uint8Array;
};

/** Encode records for the record table (the import id column is filled in when stored). */
export function encodeRecords(records: readonly CanonicalRecord[]): EncodedBatch {
  const width = RECORD_COLUMNS.length;
  const kinds = new Uint8Array(records.length * width);
  const cells = new Float64Array(records.length * width);
  const text = new Utf8Batch(records.length * 160);
  let cell = 0;
  for (const record of records) {
    for (const [, get] of RECORD_COLUMNS) {
      const value = get(record);
      if (typeof value === 'string') {
        kinds[cell] = CELL_TEXT;
        cells[cell] = text.append(value);
      } else if (value !== null) {
        kinds[cell] = CELL_NUMBER;
        cells[cell] = value;
      }
      cell++;
    }
  }
  return { count: records.length, kinds, cells, text: text.bytes().slice() };
}

/** Byte length of the string starting at `start` in an encoded batch's text. */
export function textLength(text: Uint8Array, start: number): number {
  return (
    (text[start - 4] ?? 0) |
    ((text[start - 3] ?? 0) << 8) |
    ((text[start - 2] ?? 0) << 16) |
    ((text[start - 1] ?? 0) << 24)
  );
}
