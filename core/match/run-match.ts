import type { Database } from 'sql.js';
import { fail, issue, ok, type Result } from '../result.ts';
import { formatInstant } from '../time.ts';
import { queryAll, queryValue } from '../store/workspace.ts';
import type { HandlerContext } from '../rpc/contract.ts';
import { CATEGORY_CODES, type CategoryCode } from './categories.ts';
import { CATEGORY_TOTALS, CLASSIFY, FEE_FINDINGS, FEE_ROWS, FEE_TOTALS, KEY_TOTALS } from './classify-sql.ts';
import { EXCEPTION_KEYS, INSERT_FINDINGS } from './findings-sql.ts';
import type { CategoryTotals, FeeTotals, RunParameters, RunSummary } from './types.ts';

const TEMP_TABLES = ['run_scope', 'key_total', 'classified', 'fee_row', 'exception_key', 'statement_detail'];

type Day = { source: string; start: string | null; end: string | null };

/**
 * Reconcile every book record against every statement record in the workspace, in SQL,
 * in one transaction; stores the run, its exception findings and fee findings.
 *
 * @example
 * const result = await runMatch(db, DEFAULT_RUN_PARAMETERS, new Date().toISOString());
 * if (result.ok) console.log(result.value.categories.amount_mismatch.count);
 */
export async function runMatch(
  db: Database,
  parameters: RunParameters,
  now: string,
  context: Pick<HandlerContext, 'cancelled' | 'pause'> = { cancelled: () => false },
): Promise<Result<RunSummary>> {
  const days = queryAll<Day>(
    db,
    `SELECT source, min(period_start) AS start, max(period_end) AS "end" FROM import WHERE side = 'statement' GROUP BY source ORDER BY source`,
  );
  if (days.length === 0) return fail(issue('no_statement', 'Add at least one statement file to reconcile.'));
  if (!queryValue(db, `SELECT 1 FROM import WHERE side = 'book' LIMIT 1`)) {
    return fail(issue('no_book', 'Add the order export (book) to reconcile against.'));
  }
  const checkpoint = async () => {
    await context.pause?.();
    if (context.cancelled()) throw new RunCancelled();
  };
  db.exec('BEGIN');
  try {
    const summary = await classifyAndStore(db, days, parameters, now, checkpoint);
    db.exec('COMMIT');
    return ok(summary);
  } catch (error) {
    db.exec('ROLLBACK');
    if (error instanceof RunCancelled)
      return fail(issue('cancelled', 'The run was cancelled; nothing of it was kept.'));
    throw error;
  } finally {
    for (const table of TEMP_TABLES) db.exec(`DROP TABLE IF EXISTS temp.${table}`);
  }
}

/** The caller asked to stop the run. */
class RunCancelled extends Error {}

async function classifyAndStore(
  db: Database,
  days: Day[],
  parameters: RunParameters,
  now: string,
  checkpoint: () => Promise<void>,
): Promise<RunSummary> {
  for (const table of TEMP_TABLES) db.exec(`DROP TABLE IF EXISTS temp.${table}`);
  const statementDays = createScope(db, days, parameters);
  await checkpoint();
  db.exec(KEY_TOTALS);
  await checkpoint();
  db.run(CLASSIFY, { ':tolerance': parameters.amountToleranceMinor });
  await checkpoint();
  db.exec(FEE_ROWS);
  const { categories, currency } = categoryTotals(
    db,
    days.map((d) => d.source),
  );
  const summary: RunSummary = {
    run_id: 0,
    started_at: now,
    parameters,
    categories,
    fees: feeTotals(db),
    statement_days: statementDays,
    book_out_of_scope: Number(
      queryValue(
        db,
        `SELECT count(*) FROM record WHERE side = 'book' AND kind = 'payment' AND source NOT IN (SELECT source FROM run_scope)`,
      ),
    ),
    currency,
    import_ids: queryAll<{ id: number }>(db, 'SELECT id FROM import ORDER BY id').map((row) => Number(row.id)),
  };
  db.run('INSERT INTO run (started_at, parameters_json, summary_json) VALUES (?, ?, ?)', [
    now,
    JSON.stringify(parameters),
    '{}',
  ]);
  summary.run_id = Number(queryValue(db, 'SELECT last_insert_rowid()'));
  await checkpoint();
  db.exec(EXCEPTION_KEYS);
  db.run(INSERT_FINDINGS, { ':run': summary.run_id });
  db.run(FEE_FINDINGS, { ':run': summary.run_id });
  db.run('UPDATE run SET summary_json = ? WHERE id = ?', [JSON.stringify(summary), summary.run_id]);
  return summary;
}

function createScope(db: Database, days: Day[], parameters: RunParameters): RunSummary['statement_days'] {
  db.exec(`CREATE TEMP TABLE run_scope (source TEXT PRIMARY KEY, cross_day_from INTEGER, fee_rate_ppm INTEGER) STRICT`);
  const statementDays: RunSummary['statement_days'] = {};
  for (const day of days) {
    const end = day.end === null ? null : Date.parse(day.end);
    const crossDayFrom = end === null ? null : end - parameters.crossDayWindowSeconds * 1000;
    db.run('INSERT INTO run_scope VALUES (?, ?, ?)', [
      day.source,
      crossDayFrom === null ? null : Math.floor(crossDayFrom / 1000),
      parameters.feeRatesPpm[day.source] ?? null,
    ]);
    if (day.start !== null && day.end !== null && crossDayFrom !== null) {
      const offset = offsetOf(day.end);
      statementDays[day.source] = {
        start: day.start,
        end: day.end,
        cross_day_from: formatInstant(crossDayFrom, offset),
      };
    }
  }
  return statementDays;
}

/** Offset minutes of an ISO 8601 timestamp (`+08:00` → 480, `Z` → 0). */
function offsetOf(iso: string): number {
  const match = /([+-])(\d{2}):(\d{2})$/.exec(iso);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

function categoryTotals(
  db: Database,
  sources: string[],
): { categories: Record<CategoryCode, CategoryTotals>; currency: string | null } {
  const rows = queryAll<{ category: CategoryCode; source: string; currency: string; count: number; amount: number }>(
    db,
    CATEGORY_TOTALS,
  );
  const keysByCurrency = new Map<string, number>();
  for (const row of rows) keysByCurrency.set(row.currency, (keysByCurrency.get(row.currency) ?? 0) + row.count);
  // Amounts are never summed across currencies: totals are of the run's main currency.
  const currency =
    [...keysByCurrency.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
  const categories = Object.fromEntries(
    CATEGORY_CODES.map((code) => [
      code,
      {
        count: 0,
        amount_minor: 0,
        by_source: Object.fromEntries(sources.map((s) => [s, { count: 0, amount_minor: 0 }])),
      },
    ]),
  ) as Record<CategoryCode, CategoryTotals>;
  for (const row of rows) {
    const totals = categories[row.category];
    totals.count += row.count;
    const bySource = (totals.by_source[row.source] ??= { count: 0, amount_minor: 0 });
    bySource.count += row.count;
    if (row.currency !== currency) continue;
    totals.amount_minor = safe(totals.amount_minor + row.amount);
    bySource.amount_minor = safe(bySource.amount_minor + row.amount);
  }
  return { categories, currency };
}

function feeTotals(db: Database): Record<string, FeeTotals> {
  const rows = queryAll<{
    source: string;
    rows: number;
    trade_fee: number;
    refund_fee: number;
    net_fee: number;
    mismatches: number;
  }>(db, FEE_TOTALS);
  return Object.fromEntries(
    rows.map((row) => [
      row.source,
      {
        rows: row.rows,
        trade_fee_minor: safe(row.trade_fee),
        refund_fee_minor: safe(row.refund_fee),
        net_fee_minor: safe(row.net_fee),
        fee_mismatch: row.mismatches,
      },
    ]),
  );
}

function safe(value: number): number {
  if (!Number.isSafeInteger(value)) throw new RangeError(`total ${value} is beyond exact integers`);
  return value;
}
