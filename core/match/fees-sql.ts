/** The run's fee check as SQL, over the statement records of the sources in scope. */

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
