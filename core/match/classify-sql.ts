/**
 * The matching rules as SQL over indexed temp tables: statement and book rows are
 * aggregated per key (source, order_ref), joined, and each key gets exactly one category.
 * Rules are tried in order; the first that applies wins.
 */

/** Statement rows per key. */
export const STATEMENT_KEYS = `
CREATE TEMP TABLE statement_key AS
SELECT source, coalesce(order_ref, '') AS order_ref,
  count(*) FILTER (WHERE kind = 'payment' AND status = 'succeeded') AS payments,
  coalesce(sum(amount_minor) FILTER (WHERE kind = 'payment' AND status = 'succeeded'), 0) AS paid,
  count(*) FILTER (WHERE kind = 'refund') AS refunds,
  coalesce(-sum(amount_minor) FILTER (WHERE kind = 'refund'), 0) AS refunded,
  count(*) FILTER (WHERE kind = 'reversal') AS reversals,
  coalesce(-sum(amount_minor) FILTER (WHERE kind = 'reversal'), 0) AS reversed,
  min(currency) AS currency,
  max(currency) AS currency_max
FROM record
WHERE side = 'statement'
GROUP BY source, coalesce(order_ref, '');
CREATE UNIQUE INDEX temp.statement_key_index ON statement_key (source, order_ref)`;

/** Book rows per key, for sources some statement covers. */
export const BOOK_KEYS = `
CREATE TEMP TABLE book_key AS
SELECT source, coalesce(order_ref, '') AS order_ref,
  min(id) FILTER (WHERE kind = 'payment') AS book_id,
  coalesce(sum(amount_minor) FILTER (WHERE kind = 'payment'), 0) AS amount,
  coalesce(-sum(amount_minor) FILTER (WHERE kind = 'refund'), 0) AS refund,
  min(status) FILTER (WHERE kind = 'payment') AS status,
  max(occurred_epoch) FILTER (WHERE kind = 'payment') AS paid_epoch,
  min(currency) AS currency
FROM record
WHERE side = 'book' AND source IN (SELECT source FROM run_scope)
GROUP BY source, coalesce(order_ref, '');
CREATE UNIQUE INDEX temp.book_key_index ON book_key (source, order_ref)`;

const CATEGORY = `CASE
  WHEN b.order_ref IS NULL THEN 'statement_only'
  WHEN s.order_ref IS NULL THEN CASE b.status
    WHEN 'succeeded' THEN CASE WHEN b.paid_epoch >= sc.cross_day_from THEN 'pending_cross_day' ELSE 'book_only' END
    WHEN 'pending' THEN 'unpaid'
    WHEN 'failed' THEN 'unpaid'
    WHEN 'refunded' THEN CASE WHEN b.refund = 0 THEN 'refund_matched' ELSE 'refund_mismatch' END
    WHEN 'closed' THEN 'closed'
    ELSE 'status_mismatch' END
  WHEN b.status = 'succeeded' THEN CASE
    WHEN s.payments >= 2 THEN 'duplicate_charge'
    WHEN s.currency <> b.currency OR s.currency <> s.currency_max THEN 'currency_mismatch'
    WHEN s.reversals > 0 THEN 'status_mismatch'
    WHEN s.refunds > 0 THEN 'refund_mismatch'
    WHEN s.payments = 0 THEN 'status_mismatch'
    WHEN abs(s.paid - b.amount) <= :tolerance THEN 'matched'
    ELSE 'amount_mismatch' END
  WHEN b.status IN ('pending', 'failed') THEN CASE WHEN s.payments >= 1 THEN 'paid_not_notified' ELSE 'status_mismatch' END
  WHEN b.status = 'refunded' THEN CASE WHEN abs(s.refunded - b.refund) <= :tolerance THEN 'refund_matched' ELSE 'refund_mismatch' END
  WHEN b.status = 'closed' THEN CASE
    WHEN s.reversals > 0 THEN 'revoked'
    WHEN s.payments >= 1 THEN 'paid_not_notified'
    ELSE 'status_mismatch' END
  ELSE 'status_mismatch' END`;

/** One row per key with its category; the amount follows the category's amount rule. */
export const CLASSIFY = `
CREATE TEMP TABLE classified AS
WITH joined AS (
  SELECT coalesce(b.source, s.source) AS source, coalesce(b.order_ref, s.order_ref) AS order_ref,
    b.book_id, b.amount, b.refund, b.status, b.paid_epoch, b.currency AS book_currency,
    s.payments, s.paid, s.refunds, s.refunded, s.reversals, s.reversed, s.currency AS statement_currency,
    ${CATEGORY} AS category
  FROM book_key b
  FULL JOIN statement_key s ON s.source = b.source AND s.order_ref = b.order_ref
  LEFT JOIN run_scope sc ON sc.source = coalesce(b.source, s.source)
)
SELECT *, coalesce(book_currency, statement_currency) AS currency,
  CASE category
    WHEN 'statement_only' THEN CASE WHEN payments > 0 THEN paid ELSE -(refunded + reversed) END
    WHEN 'paid_not_notified' THEN paid
    WHEN 'amount_mismatch' THEN paid - amount
    WHEN 'duplicate_charge' THEN paid - amount
    WHEN 'refund_matched' THEN refund
    WHEN 'refund_mismatch' THEN coalesce(refunded, 0) - refund
    WHEN 'revoked' THEN reversed
    ELSE amount END AS category_amount
FROM joined`;

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
