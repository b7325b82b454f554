import type { CanonicalRecord } from '../canonical/record.ts';

/**
 * A copy of the record with exactly the canonical fields in the canonical order, so
 * outputs are byte-for-byte identical whatever order the record was built in.
 *
 * @example Object.keys(orderedRecord(record))[0] // 'side'
 */
export function orderedRecord(record: CanonicalRecord): CanonicalRecord {
  const { trace } = record;
  return {
    side: record.side,
    source: record.source,
    kind: record.kind,
    order_ref: record.order_ref,
    channel_ref: record.channel_ref,
    refund_ref: record.refund_ref,
    batch_ref: record.batch_ref,
    amount_minor: record.amount_minor,
    currency: record.currency,
    fee_minor: record.fee_minor,
    fee_rate_ppm: record.fee_rate_ppm,
    net_minor: record.net_minor,
    status: record.status,
    raw_status: record.raw_status,
    occurred_at: record.occurred_at,
    booked_on: record.booked_on,
    value_on: record.value_on,
    counterparty: record.counterparty,
    description: record.description,
    trace: {
      import_id: trace.import_id,
      file: trace.file,
      line: trace.line,
      profile_id: trace.profile_id,
      profile_version: trace.profile_version,
    },
  };
}

/**
 * One record as a JSON line ending in LF (NDJSON). JSON is data, not a spreadsheet, so
 * text is kept exactly as imported.
 *
 * @example JSON.parse(canonicalNdjsonLine(record)) // deep-equals record
 */
export const canonicalNdjsonLine = (record: CanonicalRecord): string => `${JSON.stringify(orderedRecord(record))}\n`;
