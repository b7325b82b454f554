import type { SqlValue } from 'sql.js';
import type { FindingSortColumn, FindingsQuery } from '../rpc/contract.ts';

/** How a table of findings gives a field of one side: the finding table keeps the sides as JSON. */
export type SideField = (side: 'book' | 'statement', field: string) => string;

export const JSON_FIELD: SideField = (side, field) => `json_extract(${side}_json, '$.${field}')`;

/** Each sortable column as the SQL it sorts by. */
const sortExpressions = (field: SideField): Readonly<Record<FindingSortColumn, string>> => ({
  order_ref: 'order_ref',
  source: 'source',
  amount: 'amount_minor',
  book_status: field('book', 'status'),
  book_amount: field('book', 'amount_minor'),
  payments: field('statement', 'payments'),
  statement_amount: field('statement', 'amount_minor'),
  refunds: field('statement', 'refund_minor'),
});

/** When a finding happened, as an instant: its book time, else its statement's (each keeps its own offset). */
const occurred = (field: SideField) => `coalesce(unixepoch(${field('book', 'occurred_at')}),
  unixepoch(${field('statement', 'occurred_at')}))`;

/** A search term as a LIKE pattern, its wildcards taken literally. */
export const likePattern = (search: string | undefined): string | null =>
  search?.trim() ? `%${search.trim().replace(/[%_\\]/g, (c) => `\\${c}`)}%` : null;

/**
 * The WHERE clause and its parameters for a page of one category's findings: the run and
 * category, the search (order_ref, or a channel ref, counterparty or description of either side), and the
 * grid's column filters.
 */
export function findingsWhere(
  query: FindingsQuery,
  field: SideField = JSON_FIELD,
): { where: string; params: SqlValue[] } {
  const clauses = ['run_id = ?', 'category = ?'];
  const params: SqlValue[] = [query.run_id, query.category];
  const search = likePattern(query.search);
  if (search) {
    const columns = [
      'order_ref',
      ...['channel_refs', 'counterparty', 'description'].map((name) => field('statement', name)),
      ...['channel_ref', 'counterparty', 'description'].map((name) => field('book', name)),
    ];
    clauses.push(`(${columns.map((column) => `${column} LIKE ? ESCAPE '\\'`).join(' OR ')})`);
    params.push(...columns.map(() => search));
  }
  if (query.sources?.length) {
    clauses.push(`source IN (${query.sources.map(() => '?').join(', ')})`);
    params.push(...query.sources);
  }
  if (query.statuses?.length) {
    clauses.push(`${field('book', 'status')} IN (${query.statuses.map(() => '?').join(', ')})`);
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
    clauses.push(`${occurred(field)} >= unixepoch(?)`);
    params.push(query.occurred_from);
  }
  if (query.occurred_to !== undefined) {
    clauses.push(`${occurred(field)} < unixepoch(?)`);
    params.push(query.occurred_to);
  }
  return { where: `WHERE ${clauses.join(' AND ')}`, params };
}

/** ORDER BY for the query's sort; ties (and no sort) fall back to source and order_ref, so pages never overlap. */
export function findingsOrder(query: FindingsQuery, field: SideField = JSON_FIELD): string {
  const fallback = 'source, order_ref, rowid';
  if (!query.sort) return `ORDER BY ${fallback}`;
  const direction = query.sort.descending ? 'DESC' : 'ASC';
  return `ORDER BY ${sortExpressions(field)[query.sort.column]} ${direction}, ${fallback}`;
}

/** Totals of the selected findings per currency: count, both sides, net and absolute differences. */
export const FINDINGS_TOTALS = (table: string, where: string, field: SideField = JSON_FIELD) => {
  const book = field('book', 'amount_minor');
  const statement = field('statement', 'amount_minor');
  return `
SELECT currency, count(*) AS count,
  coalesce(sum(${book}), 0) AS book_minor,
  coalesce(sum(${statement}), 0) AS statement_minor,
  coalesce(sum(coalesce(${statement}, 0) - coalesce(${book}, 0)), 0) AS difference_minor,
  coalesce(sum(abs(coalesce(${statement}, 0) - coalesce(${book}, 0))), 0) AS absolute_difference_minor
FROM ${table} ${where} GROUP BY currency ORDER BY currency`;
};
