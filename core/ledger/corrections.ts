import type { Database } from 'sql.js';
import { UTF8_BOM, csvText } from '../convert/csv.ts';
import { decimalText } from '../convert/decimal.ts';
import { currencyExponent } from '../currency.ts';
import type { BookSide, StatementSide } from '../match/types.ts';
import { queryAll } from '../store/workspace.ts';
import { findingId } from './finding-id.ts';

/** One order whose status the order system should change. */
export type Correction = {
  order_ref: string;
  channel: string;
  current_status: string;
  proposed_status: 'PAID';
  channel_txn_id: string;
  amount_minor: number;
  currency: string;
  paid_at: string;
  reason: 'paid_not_notified';
  business_date: string;
  finding_id: string;
};

/** The corrections file's columns, in order: a stable layout (new columns only ever go at the end). */
export const CORRECTION_COLUMNS = [
  'order_ref',
  'channel',
  'current_status',
  'proposed_status',
  'channel_txn_id',
  'amount',
  'currency',
  'paid_at',
  'reason',
  'business_date',
  'finding_id',
] as const;

/**
 * The run's order-status corrections: every paid-not-notified order → PAID, with the channel's
 * transaction id, amount and paid time, in order of channel and order reference.
 */
export function runCorrections(db: Database, runId: number, businessDate: string): Correction[] {
  const rows = queryAll<{
    source: string;
    order_ref: string;
    currency: string;
    book_json: string | null;
    statement_json: string | null;
  }>(
    db,
    `SELECT source, order_ref, currency, book_json, statement_json FROM finding
     WHERE run_id = ? AND category = 'paid_not_notified' ORDER BY source, order_ref`,
    [runId],
  );
  return rows.map((row) => {
    const book = row.book_json === null ? null : (JSON.parse(row.book_json) as BookSide);
    const statement = row.statement_json === null ? null : (JSON.parse(row.statement_json) as StatementSide);
    return {
      order_ref: row.order_ref,
      channel: row.source,
      current_status: book?.raw_status ?? book?.status ?? '',
      proposed_status: 'PAID',
      channel_txn_id: statement?.channel_refs ?? '',
      amount_minor: statement?.amount_minor ?? 0,
      currency: statement?.currency ?? row.currency,
      paid_at: statement?.occurred_at ?? '',
      reason: 'paid_not_notified',
      business_date: businessDate,
      finding_id: findingId(businessDate, row.source, row.order_ref),
    };
  });
}

/** The corrections as a CSV file: UTF-8 with a BOM (so Excel reads Chinese), CRLF, every text formula-safe. */
export function correctionsCsv(corrections: readonly Correction[]): Uint8Array {
  const lines = corrections.map((entry) =>
    [
      csvText(entry.order_ref),
      csvText(entry.channel),
      csvText(entry.current_status),
      csvText(entry.proposed_status),
      csvText(entry.channel_txn_id),
      decimalText(entry.amount_minor, currencyExponent(entry.currency) ?? 2),
      csvText(entry.currency),
      csvText(entry.paid_at),
      csvText(entry.reason),
      csvText(entry.business_date),
      csvText(entry.finding_id),
    ].join(','),
  );
  return new TextEncoder().encode(`${UTF8_BOM}${[CORRECTION_COLUMNS.join(','), ...lines].join('\r\n')}\r\n`);
}
