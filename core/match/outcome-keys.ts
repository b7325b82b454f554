import type { Database } from 'sql.js';
import type { OutcomeKeyRow } from './classify-keys.ts';

/** Keys stored by one statement: SQLite unpacks the JSON array itself. */
const KEYS_PER_STATEMENT = 50_000;

const INSERT_OUTCOME_KEYS = `
INSERT INTO outcome_key (run_id, category, currency, amount_minor, book_id, book_amount, book_refund, status,
  payments, paid, refunded, reversed, statement_ids)
SELECT :run, value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, value ->> 6,
  value ->> 7, value ->> 8, value ->> 9, value ->> 10, value -> 11
FROM json_each(:keys)`;

/**
 * Keep the keys of a run's informational outcomes, so they can be browsed like the exceptions.
 * Only the latest run's are kept: on a 200,000-order day they are most of the keys.
 */
export function storeOutcomeKeys(db: Database, runId: number, outcomes: readonly OutcomeKeyRow[]): void {
  db.run('DELETE FROM outcome_key');
  const insert = db.prepare(INSERT_OUTCOME_KEYS);
  try {
    for (let start = 0; start < outcomes.length; start += KEYS_PER_STATEMENT)
      insert.run({ ':run': runId, ':keys': JSON.stringify(outcomes.slice(start, start + KEYS_PER_STATEMENT)) });
  } finally {
    insert.free();
  }
}

/** Whether the run's informational outcomes are still kept (those of the latest run only are). */
export const OUTCOME_KEYS_KEPT = `SELECT ? IN (SELECT run_id FROM outcome_key) OR ? = (SELECT max(id) FROM run)`;

/**
 * The stored informational outcome keys as findings: the columns of the finding table, the book
 * side read from its first book payment, the statement side summed over its records (computed
 * only for the rows a page shows).
 */
export const OUTCOME_FINDINGS = `(
SELECT c.rowid AS rowid, c.run_id, c.category,
  coalesce(br.source, sr.source, '') AS source, coalesce(br.order_ref, sr.order_ref, '') AS order_ref,
  c.currency, c.amount_minor, c.category AS rule, '' AS differing,
  CASE WHEN br.id IS NULL THEN NULL ELSE json_object(
    'status', c.status, 'raw_status', br.raw_status, 'amount_minor', c.book_amount, 'refund_minor', c.book_refund,
    'currency', br.currency, 'channel_ref', br.channel_ref, 'occurred_at', br.occurred_at,
    'file', bi.file, 'line', br.line, 'counterparty', br.counterparty, 'description', br.description) END AS book_json,
  (SELECT json_object(
    'payments', c.payments, 'amount_minor', c.paid, 'refund_minor', c.refunded, 'reversal_minor', c.reversed,
    'fee_minor', coalesce(sum(r.fee_minor), 0), 'currency', min(r.currency),
    'channel_refs', coalesce(group_concat(DISTINCT r.channel_ref), ''), 'occurred_at', min(r.occurred_at),
    'file', min(i.file), 'lines', group_concat(r.line, ',' ORDER BY r.id),
    'counterparty', group_concat(DISTINCT r.counterparty), 'description', group_concat(DISTINCT r.description))
   FROM json_each(c.statement_ids) j JOIN record r ON r.id = j.value JOIN import i ON i.id = r.import_id
   HAVING count(*) > 0) AS statement_json
FROM outcome_key c
LEFT JOIN record br ON br.id = c.book_id
LEFT JOIN import bi ON bi.id = br.import_id
LEFT JOIN record sr ON sr.id = c.statement_ids ->> 0)`;
