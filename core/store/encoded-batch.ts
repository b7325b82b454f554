/** The record table's columns, in insert order (see RecordWriter for the values). */
export const RECORD_COLUMNS: readonly string[] = [
  'import_id',
  'line',
  'side',
  'source',
  'kind',
  'order_ref',
  'channel_ref',
  'refund_ref',
  'batch_ref',
  'amount_minor',
  'currency',
  'fee_minor',
  'fee_rate_ppm',
  'net_minor',
  'status',
  'raw_status',
  'occurred_at',
  'occurred_epoch',
  'booked_on',
  'value_on',
  'counterparty',
  'description',
];

/** Cell kinds of an encoded batch. */
export const CELL_NULL = 0;
export const CELL_NUMBER = 1;
export const CELL_TEXT = 2;

/**
 * Records ready to bind, as plain arrays and one UTF-8 buffer: cheap to hand to another
 * thread (the buffers transfer) and to bind without per-value conversion.
 * For text cells `cells` holds the start of the string in `text`; its byte length is in the
 * four bytes before it. Cells with equal text may point at the same bytes.
 */
export type EncodedBatch = {
  count: number;
  kinds: Uint8Array;
  cells: Float64Array;
  text: Uint8Array;
  /** Each record's source as its member and raw text, flat (`[member, raw, member, raw, …]`), in record order. */
  sources?: (string | null)[];
};

/** Where a record came from as the file has it: the archive member (null outside archives) and the raw row or entry. */
export type RecordSource = { member: string | null; raw: string };

/** Byte length of the string starting at `start` in an encoded batch's text. */
export function textLength(text: Uint8Array, start: number): number {
  return (
    (text[start - 4] ?? 0) |
    ((text[start - 3] ?? 0) << 8) |
    ((text[start - 2] ?? 0) << 16) |
    ((text[start - 1] ?? 0) << 24)
  );
}
