/**
 * The matching rules as SQL: every record of the sources in scope is aggregated per key
 * (source, order_ref) in one pass — book side and statement side together — and each key
 * gets exactly one category. Rules are tried in order; the first that applies wins.
 */

const BOOK = `side = 'book'`;
const STATEMENT = `side = 'statement'`;

/** Book and statement totals per key, from one grouped scan of the records. */
export const KEY_TOTALS = `
CREATE TEMP TABLE key_total AS
SELECT source, order_ref,
  min(id) FILTER (WHERE ${BOOK} AND kind = 'payment') AS book_id,
  coalesce(sum(amount_minor) FILTER (WHERE ${BOOK} AND kind = 'payment'), 0) AS amount,
  coalesce(-sum(amount_minor) FILTER (WHERE ${BOOK} AND kind = 'refund'), 0) AS refund,
  min(status) FILTER (WHERE ${BOOK} AND kind = 'payment') AS status,
  max(occurred_epoch) FILTER (WHERE ${BOOK} AND kind = 'payment') AS paid_epoch,
  min(currency) FILTER (WHERE ${BOOK}) AS book_currency,
  count(*) FILTER (WHERE ${STATEMENT} AND kind = 'payment' AND status = 'succeeded') AS payments,
  coalesce(sum(amount_minor) FILTER (WHERE ${STATEMENT} AND kind = 'payment' AND status = 'succeeded'), 0) AS paid,
  coalesce(-sum(amount_minor) FILTER (WHERE ${STATEMENT} AND kind = 'refund'), 0) AS refunded,
  coalesce(-sum(amount_minor) FILTER (WHERE ${STATEMENT} AND kind = 'reversal'), 0) AS reversed,
  min(currency) FILTER (WHERE ${STATEMENT}) AS statement_currency,
  max(currency) FILTER (WHERE ${STATEMENT}) AS statement_currency_max
FROM record
WHERE source IN (SELECT source FROM run_scope)
GROUP BY source, order_ref`;

const CATEGORY = `CASE
  WHEN k.book_id IS NULL THEN 'statement_only'
  WHEN k.statement_currency IS NULL THEN CASE k.status
    WHEN 'succeeded' THEN CASE WHEN k.paid_epoch >= sc.cross_day_from THEN 'pending_cross_day' ELSE 'book_only' END
    WHEN 'pending' THEN 'unpaid'
    WHEN 'failed' THEN 'unpaid'
    WHEN 'refunded' THEN CASE WHEN k.refund <= :tolerance THEN 'refund_matched' ELSE 'refund_mismatch' END
    WHEN 'closed' THEN 'closed'
    ELSE 'status_mismatch' END
  WHEN k.status = 'succeeded' THEN CASE
    WHEN k.payments >= 2 THEN 'duplicate_charge'
    WHEN k.statement_currency <> k.book_currency OR k.statement_currency <> k.statement_currency_max THEN 'currency_mismatch'
    WHEN k.reversed <> 0 THEN 'status_mismatch'
    WHEN k.refunded <> 0 THEN 'refund_mismatch'
    WHEN k.payments = 0 THEN 'status_mismatch'
    WHEN abs(k.paid - k.amount) <= :tolerance THEN 'matched'
    ELSE 'amount_mismatch' END
  WHEN k.status IN ('pending', 'failed') THEN CASE WHEN k.payments >= 1 THEN 'paid_not_notified' ELSE 'status_mismatch' END
  WHEN k.status = 'refunded' THEN CASE WHEN abs(k.refunded - k.refund) <= :tolerance THEN 'refund_matched' ELSE 'refund_mismatch' END
  WHEN k.status = 'closed' THEN CASE
    WHEN k.reversed <> 0 THEN 'revoked'
    WHEN k.payments >= 1 THEN 'paid_not_notified'
    ELSE 'status_mismatch' END
  ELSE 'status_mismatch' END`;

/**
 * One narrow row per key: its category, currency and amount (by the category's amount rule),
 * and the key_total row it came from.
 */
export const CLASSIFY = `
CREATE TEMP TABLE classified AS
WITH categorized AS (
  SELECT k.rowid AS key_row, k.*, ${CATEGORY} AS category
  FROM key_total k JOIN run_scope sc ON sc.source = k.source
)
SELECT key_row, source, category, coalesce(book_currency, statement_currency) AS currency,
  CASE category
    WHEN 'statement_only' THEN CASE WHEN payments > 0 THEN paid ELSE -(refunded + reversed) END
    WHEN 'paid_not_notified' THEN paid
    WHEN 'amount_mismatch' THEN paid - amount
    WHEN 'duplicate_charge' THEN paid - amount
    WHEN 'refund_matched' THEN refund
    WHEN 'refund_mismatch' THEN refunded - refund
    WHEN 'revoked' THEN reversed
    ELSE amount END AS category_amount
FROM categorized`;

/** Counts and amounts per category, source and currency. */
export const CATEGORY_TOTALS = `
SELECT category, source, currency, count(*) AS count, sum(category_amount) AS amount
FROM classified GROUP BY category, source, currency`;

/** Statement fee check: expected fee = |amount| × rate, half-up to the minor unit, signed like the amount. */
export const FEE_ROWS = `
CREATE TEMP TABLE fee_row AS
SELECT r.id, r.source, r.kind, r.fee_minor, rate,
  CASE WHEN r.amount_minor < 0 THEN -((-r.amount_minor * rate + 500000) / 1000000)
       ELSE (r.amount_minor * rate + 500000) / 1000000 END AS expected
FROM (SELECT r.*, coalesce(r.fee_rate_ppm, sc.fee_rate_ppm) AS rate
      FROM record r JOIN run_scope sc ON sc.source = r.source
      WHERE r.side = 'statement' AND r.fee_minor IS NOT NULL) r`;

export const FEE_TOTALS = `
SELECT source, count(*) AS rows,
  coalesce(sum(fee_minor) FILTER (WHERE kind = 'payment'), 0) AS trade_fee,
  coalesce(sum(fee_minor) FILTER (WHERE kind <> 'payment'), 0) AS refund_fee,
  coalesce(sum(fee_minor), 0) AS net_fee,
  count(*) FILTER (WHERE rate IS NOT NULL AND fee_minor <> expected) AS mismatches
FROM fee_row GROUP BY source`;

export const FEE_FINDINGS = `
INSERT INTO fee_finding (run_id, record_id, expected_fee_minor, rate_ppm)
SELECT :run, id, expected, rate FROM fee_row WHERE rate IS NOT NULL AND fee_minor <> expected`;
