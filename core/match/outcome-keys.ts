import type { Database, SqlValue } from 'sql.js';
import { createRowInserter } from '../store/insert-rows.ts';
import type { SideField } from './findings-filter.ts';
import type { OutcomeKeyRow } from './classify-keys.ts';

/** The columns of outcome_key, in the order of {@link OutcomeKeyRow} after the run id. */
const COLUMNS =
  'run_id, category, currency, amount_minor, book_id, book_amount, book_refund, payments, paid, refunded, reversed, statement_ids';

/**
 * Keep the keys of a run's informational outcomes, so they can be browsed like the exceptions.
 * Only the latest run's are kept: on a 200,000-order day they are most of the keys.
 */
export function storeOutcomeKeys(db: Database, runId: number, outcomes: readonly OutcomeKeyRow[]): void {
  db.run('DELETE FROM outcome_key');
  const insert = createRowInserter(db, `outcome_key (${COLUMNS})`, 12);
  try {
    const values: SqlValue[] = [];
    for (const row of outcomes) {
      const ids = row[10];
      // One statement record (most keys) is kept as its id alone: json_each reads it as a one-value list.
      values.push(runId, ...(row.slice(0, 10) as SqlValue[]), ids.length === 1 ? String(ids[0]) : JSON.stringify(ids));
    }
    insert.rows(values);
  } finally {
    insert.free();
  }
}

/** Whether the run's informational outcomes are still kept (those of the latest run only are). */
export const OUTCOME_KEYS_KEPT = `SELECT ? IN (SELECT run_id FROM outcome_key) OR ? = (SELECT max(id) FROM run)`;

/**
 * The stored informational outcome keys as findings: the columns of the finding table, under the
 * channel that carried the payment (a switched channel's statement, not the booked one), the book
 * side read from its first book payment, the statement side from its one record (most keys) or
 * summed over its records; the fields the grid searches, filters and sorts by as plain columns
 * (those of a key's first statement record).
 */
export const OUTCOME_FINDINGS = `(
SELECT c.rowid AS rowid, c.run_id, c.category,
  coalesce(sr.source, br.source, '') AS source, coalesce(br.order_ref, sr.order_ref, '') AS order_ref,
  c.currency, c.amount_minor, c.category AS rule, '' AS differing,
  br.status AS book_status, CASE WHEN br.id IS NULL THEN NULL ELSE c.book_amount END AS book_amount_minor,
  br.channel_ref AS book_channel_ref, br.counterparty AS book_counterparty, br.description AS book_description,
  br.occurred_at AS book_occurred_at,
  CASE WHEN sr.id IS NULL THEN NULL ELSE c.payments END AS statement_payments,
  CASE WHEN sr.id IS NULL THEN NULL ELSE c.paid END AS statement_amount_minor,
  CASE WHEN sr.id IS NULL THEN NULL ELSE c.refunded END AS statement_refund_minor,
  sr.channel_ref AS statement_channel_refs, sr.counterparty AS statement_counterparty,
  sr.description AS statement_description, sr.occurred_at AS statement_occurred_at,
  CASE WHEN br.id IS NULL THEN NULL ELSE json_object(
    'status', br.status, 'raw_status', br.raw_status, 'amount_minor', c.book_amount, 'refund_minor', c.book_refund,
    'currency', br.currency, 'channel_ref', br.channel_ref, 'occurred_at', br.occurred_at,
    'file', bi.file, 'line', br.line, 'counterparty', br.counterparty, 'description', br.description) END AS book_json,
  CASE WHEN sr.id IS NULL THEN NULL WHEN c.statement_ids NOT LIKE '[%' THEN json_object(
    'payments', c.payments, 'amount_minor', c.paid, 'refund_minor', c.refunded, 'reversal_minor', c.reversed,
    'fee_minor', coalesce(sr.fee_minor, 0), 'currency', sr.currency, 'channel_refs', coalesce(sr.channel_ref, ''),
    'occurred_at', sr.occurred_at, 'file', si.file, 'lines', CAST(sr.line AS TEXT),
    'counterparty', sr.counterparty, 'description', sr.description)
  ELSE (SELECT json_object(
    'payments', c.payments, 'amount_minor', c.paid, 'refund_minor', c.refunded, 'reversal_minor', c.reversed,
    'fee_minor', coalesce(sum(r.fee_minor), 0), 'currency', min(r.currency),
    'channel_refs', coalesce(group_concat(DISTINCT r.channel_ref), ''), 'occurred_at', min(r.occurred_at),
    'file', min(i.file), 'lines', group_concat(r.line, ',' ORDER BY r.id),
    'counterparty', group_concat(DISTINCT r.counterparty), 'description', group_concat(DISTINCT r.description))
   FROM json_each(c.statement_ids) j JOIN record r ON r.id = j.value JOIN import i ON i.id = r.import_id) END AS statement_json
FROM outcome_key c
LEFT JOIN record br ON br.id = c.book_id
LEFT JOIN import bi ON bi.id = br.import_id
LEFT JOIN record sr ON sr.id = CAST(coalesce(c.statement_ids ->> 0, c.statement_ids) AS INTEGER)
LEFT JOIN import si ON si.id = sr.import_id)`;

/** The outcome findings' side fields as plain columns, `book_status`… (cheaper than reading the sides' JSON). */
export const OUTCOME_FIELD: SideField = (side, field) => `${side}_${field}`;
