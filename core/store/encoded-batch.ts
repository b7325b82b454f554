import type { CanonicalRecord } from '../canonical/record.ts';
import { epochSeconds } from '../time.ts';
import { Utf8Batch } from './utf8-batch.ts';

/** The record table's columns, in insert order (see {@link encodeRecords} for the values). */
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

/** Encode records for the record table (the import id column is filled in when stored), with their sources when given. */
export function encodeRecords(records: readonly CanonicalRecord[], sources?: readonly RecordSource[]): EncodedBatch {
  const width = RECORD_COLUMNS.length;
  const kinds = new Uint8Array(records.length * width);
  const cells = new Float64Array(records.length * width);
  const text = new Utf8Batch(records.length * 160);
  let cell = 0;
  const putText = (value: string | null): void => {
    if (value !== null) {
      kinds[cell] = CELL_TEXT;
      cells[cell] = text.append(value);
    }
    cell++;
  };
  // A word (side, source, kind, currency, status) equal to the previous row's is stored once;
  // each word column remembers its last one in its own slot.
  const lastWord: (string | null)[] = new Array<string | null>(6).fill(null);
  const lastStart = new Float64Array(6);
  const putWord = (slot: number, value: string | null): void => {
    if (value !== null) {
      kinds[cell] = CELL_TEXT;
      if (value === lastWord[slot]) cells[cell] = lastStart[slot] ?? 0;
      else {
        const start = text.append(value);
        cells[cell] = start;
        lastWord[slot] = value;
        lastStart[slot] = start;
      }
    }
    cell++;
  };
  const putNumber = (value: number | null): void => {
    if (value !== null) {
      kinds[cell] = CELL_NUMBER;
      cells[cell] = value;
    }
    cell++;
  };
  for (const r of records) {
    putNumber(r.trace.import_id);
    putNumber(r.trace.line);
    putWord(0, r.side);
    putWord(1, r.source);
    putWord(2, r.kind);
    putText(r.order_ref);
    putText(r.channel_ref);
    putText(r.refund_ref);
    putText(r.batch_ref);
    putNumber(r.amount_minor);
    putWord(3, r.currency);
    putNumber(r.fee_minor);
    putNumber(r.fee_rate_ppm);
    putNumber(r.net_minor);
    putWord(4, r.status);
    putWord(5, r.raw_status);
    putText(r.occurred_at);
    // The instant as epoch seconds too, for time-window rules.
    putNumber(r.occurred_at === null ? null : epochSeconds(r.occurred_at));
    putText(r.booked_on);
    putText(r.value_on);
    putText(r.counterparty);
    putText(r.description);
  }
  const batch: EncodedBatch = { count: records.length, kinds, cells, text: text.bytes().slice() };
  if (sources) batch.sources = sources.flatMap((source) => [source.member, source.raw]);
  return batch;
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
