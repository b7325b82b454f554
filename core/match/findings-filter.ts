import type { SqlValue } from 'sql.js';
import type { FindingSortColumn, FindingsQuery } from '../rpc/contract.ts';

/** Each sortable column as the SQL it sorts by (the sides are kept as JSON on the finding). */
const SORT_EXPRESSIONS: Readonly<Record<FindingSortColumn, string>> = {
  order_ref: 'order_ref',
  source: 'source',
  amount: 'amount_minor',
  book_status: "json_extract(book_json, '$.status')",
  book_amount: "json_extract(book_json, '$.amount_minor')",
  payments: "json_extract(statement_json, '$.payments')",
  statement_amount: "json_extract(statement_json, '$.amount_minor')",
  refunds: "json_extract(statement_json, '$.refund_minor')",
};

/** When a finding happened, as an instant: its book time, else its statement's (each keeps its own offset). */
const OCCURRED = `coalesce(unixepoch(json_extract(book_json, '$.occurred_at')),
  unixepoch(json_extract(statement_json, '$.occurred_at')))`;

/** A search term as a LIKE pattern, its wildcards taken literally. */
export const likePattern = (search: string | undefined): string | null =>
  search?.trim() ? `%${search.trim().replace(/[%_\\]/g, (c) => `\\${c}`)}%` : null;

/**
 * The WHERE clause and its parameters for a page of one category's findings: the run and
 * category, the search (order_ref, or a channel ref, counterparty or description of either side), and the
 * grid's column filters.
 */
export function findingsWhere(query: FindingsQuery): { where: string; params: SqlValue[] } {
  const clauses = ['run_id = ?', 'category = ?'];
  const params: SqlValue[] = [query.run_id, query.category];
  const search = likePattern(query.search);
  if (search) {
    const columns = [
      'order_ref',
      ...['channel_refs', 'counterparty', 'description'].map((field) => `json_extract(statement_json, '$.${field}')`),
      ...['channel_ref', 'counterparty', 'description'].map((field) => `json_extract(book_json, '$.${field}')`),
    ];
    clauses.push(`(${columns.map((column) => `${column} LIKE ? ESCAPE '\\'`).join(' OR ')})`);
    params.push(...columns.map(() => search));
  }
  if (query.sources?.length) {
    clauses.push(`source IN (${query.sources.map(() => '?').join(', ')})`);
    params.push(...query.sources);
  }
  if (query.statuses?.length) {
    clauses.push(`json_extract(book_json, '$.status') IN (${query.statuses.map(() => '?').join(', ')})`);
    params.push(...query.statuses);
  }
  if (query.amount_min !== undefined) {
    clauses.push('amount_minor >= ?');
    params.push(query.amount_min);
  }
  if (query.amount_max !== undefined) {
    clauses.push('amount_minor <= ?');
    params.push(query.amount_max);
  }
  if (query.occurred_from !== undefined) {
    clauses.push(`${OCCURRED} >= unixepoch(?)`);
    params.push(query.occurred_from);
  }
  if (query.occurred_to !== undefined) {
    clauses.push(`${OCCURRED} < unixepoch(?)`);
    params.push(query.occurred_to);
  }
  return { where: `WHERE ${clauses.join(' AND ')}`, params };
}

/** ORDER BY for the query's sort; ties (and no sort) fall back to source and order_ref, so pages never overlap. */
export function findingsOrder(query: FindingsQuery): string {
  const fallback = 'source, order_ref, rowid';
  if (!query.sort) return `ORDER BY ${fallback}`;
  const direction = query.sort.descending ? 'DESC' : 'ASC';
  return `ORDER BY ${SORT_EXPRESSIONS[query.sort.column]} ${direction}, ${fallback}`;
}

/** Totals of the selected findings per currency: count, both sides, net and absolute differences. */
export const FINDINGS_TOTALS = (table: string, where: string) => `
SELECT currency, count(*) AS count,
  coalesce(sum(json_extract(book_json, '$.amount_minor')), 0) AS book_minor,
  coalesce(sum(json_extract(statement_json, '$.amount_minor')), 0) AS statement_minor,
  coalesce(sum(coalesce(json_extract(statement_json, '$.amount_minor'), 0)
    - coalesce(json_extract(book_json, '$.amount_minor'), 0)), 0) AS difference_minor,
  coalesce(sum(abs(coalesce(json_extract(statement_json, '$.amount_minor'), 0)
    - coalesce(json_extract(book_json, '$.amount_minor'), 0))), 0) AS absolute_difference_minor
FROM ${table} ${where} GROUP BY currency ORDER BY currency`;
