/** Keys that are exceptions, with their totals and category; filled by the run. */
export const EXCEPTION_KEY_COLUMNS = [
  'category',
  'currency',
  'category_amount',
  'source',
  'order_ref',
  'book_id',
  'amount',
  'refund',
  'status',
  'paid_epoch',
  'book_currency',
  'payments',
  'paid',
  'refunded',
  'reversed',
  'statement_currency',
  'match_rule',
  'book_source',
  'finding',
] as const;

export const CREATE_EXCEPTION_KEYS = `CREATE TEMP TABLE exception_key (key_row INTEGER PRIMARY KEY, ${EXCEPTION_KEY_COLUMNS.join(', ')})`;

export const INSERT_EXCEPTION_KEY = `INSERT INTO exception_key VALUES (?, ${EXCEPTION_KEY_COLUMNS.map(() => '?').join(', ')})`;

/** The statement records of the exception keys (each key by its key_row). */
export const CREATE_EXCEPTION_RECORDS = `CREATE TEMP TABLE exception_record (key_row INTEGER, record_id INTEGER, book INTEGER)`;

export const INSERT_EXCEPTION_RECORD = `INSERT INTO exception_record VALUES (?, ?, ?)`;

/**
 * Per exception key, its statement records summed up: each record found by its id. A key paired
 * across channels has rows in two files: each is named, and each row keeps its own.
 */
export const STATEMENT_DETAIL = `
CREATE TEMP TABLE statement_detail AS
SELECT e.key_row,
  group_concat(DISTINCT r.channel_ref) AS channel_refs, group_concat(r.line, ',' ORDER BY r.id) AS lines,
  min(r.occurred_at) AS occurred_at, replace(group_concat(DISTINCT i.file), ',', ', ') AS file,
  coalesce(sum(r.fee_minor), 0) AS fee,
  group_concat(DISTINCT r.counterparty) AS counterparty, group_concat(DISTINCT r.description) AS description,
  json_group_array(json_object('file', i.file, 'line', r.line, 'member', s.member, 'raw', s.raw) ORDER BY r.id)
    AS sources
FROM exception_record e
JOIN record r ON r.id = e.record_id
JOIN import i ON i.id = r.import_id
LEFT JOIN record_source s ON s.record_id = r.id
WHERE e.book = 0
GROUP BY e.key_row;
CREATE UNIQUE INDEX temp.statement_detail_index ON statement_detail (key_row)`;

/** Why the rule put the key where it is, in words (the finding's explanation). */
const RULE = `CASE c.category
  WHEN 'statement_only' THEN CASE WHEN c.match_rule = 'refund_without_original'
    THEN 'statement refund; no original payment on either side' ELSE 'on the statement; no book record' END
  WHEN 'book_only' THEN 'book paid before the cross-day window; not on the statement'
  WHEN 'pending_cross_day' THEN 'book paid within the cross-day window; expected on the next statement'
  WHEN 'duplicate_charge' THEN CASE
    WHEN c.match_rule = 'cross_channel' THEN printf('book paid once on %s; paid again on %s', c.book_source, c.source)
    WHEN c.match_rule = 'split' THEN printf('book paid once; %d statement payments, some of them make up the order', c.payments)
    ELSE printf('book paid once; %d statement payments', c.payments) END
  WHEN 'book_duplicate' THEN 'the order is exported twice with the same content; the statement pays it once'
  WHEN 'ambiguous' THEN CASE
    WHEN c.book_id IS NULL THEN 'no order reference the book knows; several open book payments fit by amount and date; none is taken'
    WHEN c.statement_currency IS NULL THEN 'book paid; several statement payments without its reference fit by amount and date; none is taken'
    ELSE 'several sets of statement payments make up the order amount; none is taken' END
  WHEN 'amount_mismatch' THEN 'book paid; the statement payment has another amount'
  WHEN 'paid_not_notified' THEN CASE WHEN c.match_rule = 'cross_channel'
    THEN printf('statement payment succeeded on %s; book %s on %s', c.source, c.status, c.book_source)
    ELSE printf('statement payment succeeded; book %s', c.status) END
  WHEN 'currency_mismatch' THEN printf('book in %s; statement in %s', c.book_currency, c.statement_currency)
  WHEN 'refund_mismatch' THEN printf('book %s with refund; statement refunds differ', c.status)
  WHEN 'status_mismatch' THEN printf('book %s; statement %s', c.status,
    CASE WHEN c.reversed <> 0 THEN 'reversed' WHEN c.payments > 0 THEN 'paid' ELSE 'without a payment' END)
  ELSE c.category END`;

const DIFFERING = `CASE c.category
  WHEN 'statement_only' THEN 'presence'
  WHEN 'book_only' THEN 'presence'
  WHEN 'pending_cross_day' THEN 'presence'
  WHEN 'duplicate_charge' THEN 'count,amount'
  WHEN 'amount_mismatch' THEN 'amount'
  WHEN 'paid_not_notified' THEN 'status'
  WHEN 'status_mismatch' THEN 'status'
  WHEN 'currency_mismatch' THEN 'currency'
  WHEN 'refund_mismatch' THEN 'refund'
  WHEN 'book_duplicate' THEN 'count'
  WHEN 'ambiguous' THEN CASE WHEN c.book_id IS NULL OR c.statement_currency IS NULL THEN 'presence' ELSE 'count' END
  ELSE '' END`;

export const INSERT_FINDINGS = `
INSERT INTO finding (run_id, category, source, order_ref, currency, amount_minor, rule, differing, book_json, statement_json,
  match_rule)
SELECT :run, c.category, c.source, coalesce(c.order_ref, ''), c.currency, c.category_amount, ${RULE}, ${DIFFERING},
  CASE WHEN c.book_id IS NULL THEN NULL ELSE json_object(
    'status', c.status, 'raw_status', br.raw_status, 'amount_minor', c.amount, 'refund_minor', c.refund,
    'currency', c.book_currency, 'channel_ref', br.channel_ref, 'occurred_at', br.occurred_at,
    'file', bi.file, 'line', br.line, 'counterparty', br.counterparty, 'description', br.description,
    'member', bs.member, 'raw', bs.raw) END,
  CASE WHEN c.statement_currency IS NULL THEN NULL ELSE json_object(
    'payments', c.payments, 'amount_minor', c.paid, 'refund_minor', c.refunded, 'reversal_minor', c.reversed,
    'fee_minor', d.fee, 'currency', c.statement_currency, 'channel_refs', coalesce(d.channel_refs, ''),
    'occurred_at', d.occurred_at, 'file', d.file, 'lines', d.lines,
    'counterparty', d.counterparty, 'description', d.description, 'sources', json(d.sources)) END,
  c.match_rule
FROM exception_key c
LEFT JOIN statement_detail d ON d.key_row = c.key_row
LEFT JOIN record br ON br.id = c.book_id
LEFT JOIN import bi ON bi.id = br.import_id
LEFT JOIN record_source bs ON bs.record_id = c.book_id
WHERE c.finding = 1`;

/** The kept keys as groups of the run, their records beside them (match_group's ids follow key_row). */
export const INSERT_GROUPS = `
INSERT INTO match_group (id, run_id, source, order_ref, category, rule)
SELECT :base + c.key_row, :run, c.source, coalesce(c.order_ref, ''), c.category, c.match_rule FROM exception_key c`;

export const INSERT_GROUP_RECORDS = `
INSERT INTO match_record (group_id, record_id) SELECT :base + key_row, record_id FROM exception_record`;

/**
 * After a run: the source text of the records it reconciled is dropped, but for the records of its
 * exception findings and fee findings (read into the findings already, and kept for the next run,
 * which is likely to find them again). Records of sources no statement covered stay untouched.
 */
export const DROP_RECONCILED_SOURCES = `
DELETE FROM record_source WHERE record_id IN (
  SELECT r.id FROM record r WHERE r.source IN (SELECT value FROM json_each(:sources))
  EXCEPT SELECT record_id FROM temp.exception_record
  EXCEPT SELECT book_id FROM temp.exception_key WHERE book_id IS NOT NULL
  EXCEPT SELECT record_id FROM fee_finding WHERE run_id = :run)`;
