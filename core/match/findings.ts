import type { Database, SqlValue } from 'sql.js';
import type { FindingsPage, FindingsQuery, FindingsTotals } from '../rpc/contract.ts';
import { FINDINGS_TOTALS, JSON_FIELD, findingsOrder, findingsWhere, likePattern } from './findings-filter.ts';
import { queryAll, queryValue } from '../store/workspace.ts';
import { CATEGORIES, type CategoryCode } from './categories.ts';
import type { MatchRule } from './match-rules.ts';
import { OUTCOME_FIELD, OUTCOME_FINDINGS, OUTCOME_KEYS_KEPT } from './outcome-keys.ts';
import type { BookSide, DifferingField, FeeFinding, Finding, GroupRecord, StatementSide } from './types.ts';

type FindingRow = {
  category: CategoryCode;
  source: string;
  order_ref: string;
  currency: string;
  amount_minor: number;
  rule: string;
  differing: string;
  book_json: string | null;
  statement_json: string | null;
  match_rule?: MatchRule;
};

const toFinding = (row: FindingRow): Finding => ({
  category: row.category,
  source: row.source,
  order_ref: row.order_ref,
  amount_minor: row.amount_minor,
  currency: row.currency,
  rule: row.rule,
  ...(row.match_rule === undefined ? {} : { match_rule: row.match_rule }),
  differing: row.differing === '' ? [] : (row.differing.split(',') as DifferingField[]),
  book: row.book_json === null ? null : (JSON.parse(row.book_json) as BookSide),
  statement: row.statement_json === null ? null : toStatementSide(row.statement_json),
});

function toStatementSide(json: string): StatementSide {
  const side = JSON.parse(json) as StatementSide & { lines: string | number };
  return { ...side, lines: String(side.lines) };
}

const FEE_SELECT = `SELECT r.source, r.order_ref, r.channel_ref, r.kind, r.amount_minor, r.currency, r.fee_minor,
  f.expected_fee_minor, f.rate_ppm, i.file, r.line, s.raw, s.member
  FROM fee_finding f JOIN record r ON r.id = f.record_id JOIN import i ON i.id = r.import_id
  LEFT JOIN record_source s ON s.record_id = r.id`;

/**
 * One page of a run's findings of one category (or its fee findings), in the order asked for
 * (source and order reference by default), filtered by a reference substring and the grid's
 * column filters. The first page also carries the totals of every row the query selects.
 */
export function listFindings(db: Database, query: FindingsQuery): FindingsPage {
  if (query.category === 'fee_mismatch') return listFeeFindings(db, query);
  const informational = CATEGORIES[query.category].severity === 'info';
  if (informational && !queryValue(db, OUTCOME_KEYS_KEPT, [query.run_id, query.run_id]))
    return { category: query.category, total: 0, rows: [], kept: false };
  const table = informational ? OUTCOME_FINDINGS : 'finding';
  const field = informational ? OUTCOME_FIELD : JSON_FIELD;
  const { where, params } = findingsWhere(query, field);
  const total = Number(queryValue(db, `SELECT count(*) FROM ${table} ${where}`, params));
  const rows = queryAll<FindingRow>(
    db,
    `SELECT category, source, order_ref, currency, amount_minor, rule, differing, book_json, statement_json${
      informational ? '' : ', match_rule'
    }
     FROM ${table} ${where} ${findingsOrder(query, field)} LIMIT ? OFFSET ?`,
    [...params, query.limit, query.offset],
  );
  const page: FindingsPage = {
    category: query.category,
    total,
    rows: withGroups(db, query.run_id, rows.map(toFinding)),
  };
  return query.offset === 0
    ? { ...page, totals: queryAll<FindingsTotals>(db, FINDINGS_TOTALS(table, where, field), params) }
    : page;
}

/** Each finding with its pair or group: the records the run kept for its key, book side first. */
function withGroups(db: Database, runId: number, findings: Finding[]): Finding[] {
  if (findings.length === 0) return findings;
  const keys = findings.map((f) => [f.source, f.order_ref] as const);
  const rows = queryAll<GroupRecord & { group_source: string; order_ref: string }>(
    db,
    `SELECT g.source AS group_source, g.order_ref, r.side, r.source, r.kind, r.status, r.amount_minor, r.currency,
       r.channel_ref, r.occurred_at, i.file, r.line
     FROM match_group g JOIN match_record m ON m.group_id = g.id JOIN record r ON r.id = m.record_id
     JOIN import i ON i.id = r.import_id
     WHERE g.run_id = ? AND (${keys.map(() => '(g.source = ? AND g.order_ref = ?)').join(' OR ')})
     ORDER BY g.id, r.side = 'statement', r.id`,
    [runId, ...keys.flat()],
  );
  const byKey = new Map<string, GroupRecord[]>();
  for (const { group_source, order_ref, ...record } of rows) {
    const key = JSON.stringify([group_source, order_ref]);
    let group = byKey.get(key);
    if (!group) byKey.set(key, (group = []));
    group.push(record);
  }
  return findings.map((f) => ({ ...f, group: byKey.get(JSON.stringify([f.source, f.order_ref])) ?? [] }));
}

function listFeeFindings(db: Database, query: FindingsQuery): FindingsPage {
  const search = likePattern(query.search);
  const where = `WHERE f.run_id = ?${search ? ` AND (r.order_ref LIKE ? ESCAPE '\\' OR r.channel_ref LIKE ? ESCAPE '\\')` : ''}`;
  const params: SqlValue[] = search ? [query.run_id, search, search] : [query.run_id];
  const total = Number(
    queryValue(db, `SELECT count(*) FROM fee_finding f JOIN record r ON r.id = f.record_id ${where}`, params),
  );
  const rows = queryAll<FeeFinding>(
    db,
    `${FEE_SELECT} ${where} ORDER BY r.source, r.order_ref, r.id LIMIT ? OFFSET ?`,
    [...params, query.limit, query.offset],
  );
  return { category: 'fee_mismatch', total, rows };
}

/** Every finding of a category in a run, streamed in order (for the workbook). */
export function* allFindings(db: Database, runId: number, category: CategoryCode): Generator<Finding> {
  const statement = db.prepare('SELECT * FROM finding WHERE run_id = ? AND category = ? ORDER BY source, order_ref');
  try {
    statement.bind([runId, category]);
    while (statement.step()) yield toFinding(statement.getAsObject() as unknown as FindingRow);
  } finally {
    statement.free();
  }
}

/** Every fee finding of a run. */
export function allFeeFindings(db: Database, runId: number): FeeFinding[] {
  return queryAll<FeeFinding>(db, `${FEE_SELECT} WHERE f.run_id = ? ORDER BY r.source, r.order_ref, r.id`, [runId]);
}
