import type { Database } from 'sql.js';
import { fail, issue, ok, type Result } from '../result.ts';
import { formatInstant } from '../time.ts';
import { queryValue } from '../store/workspace.ts';
import type { HandlerContext } from '../rpc/contract.ts';
import { categoryTotals, classifyKeys, type ExceptionKey } from './classify-keys.ts';
import { loadMatchTotals } from './feed-match-totals.ts';
import type { FeeMismatch } from './fee-rows.ts';
import {
  CREATE_EXCEPTION_KEYS,
  CREATE_EXCEPTION_RECORDS,
  DROP_RECONCILED_SOURCES,
  EXCEPTION_KEY_COLUMNS,
  INSERT_EXCEPTION_KEY,
  INSERT_EXCEPTION_RECORD,
  INSERT_FINDINGS,
  STATEMENT_DETAIL,
} from './findings-sql.ts';
import type { MatchTotals } from './match-totals.ts';
import { storeOutcomeKeys } from './outcome-keys.ts';
import { statementDays, type Day } from './statement-days.ts';
import { completenessOf } from './completeness.ts';
import { OUTCOME_CODES, outcomeNumber } from './outcomes.ts';
import type { RunParameters, RunSummary } from './types.ts';

const TEMP_TABLES = ['exception_key', 'exception_record', 'statement_detail'];

/** How the record trail numbers the outcomes it tallies (see outcomes.ts). */
const TALLY_CODES = {
  outcomes: OUTCOME_CODES.length + 1,
  ruleless: outcomeNumber('out_of_scope:record_kind'),
  outside: outcomeNumber('out_of_scope:no_statement'),
};

/**
 * Reconcile every book record against every statement record in the workspace, in one
 * transaction; stores the run, its exception findings and fee findings, and the keys of its
 * informational outcomes; the source text of the records it reconciled is kept for its
 * exceptions only. Keys are classified
 * and fees checked from the totals kept beside the store (`totals`; by default read from the
 * records now); the findings' detail is read from the records in SQL, by record id.
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
  totals: MatchTotals = loadMatchTotals(db),
): Promise<Result<RunSummary>> {
  const days = statementDays(db, totals);
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
    const summary = await classifyAndStore(db, totals, days, parameters, now, checkpoint);
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
  totals: MatchTotals,
  days: Day[],
  parameters: RunParameters,
  now: string,
  checkpoint: () => Promise<void>,
): Promise<RunSummary> {
  for (const table of TEMP_TABLES) db.exec(`DROP TABLE IF EXISTS temp.${table}`);
  const { statementDays, crossDayFrom } = scopeOf(days, parameters);
  const { groups, exceptions, outcomes, keyOutcome } = classifyKeys(
    totals.keys,
    crossDayFrom,
    parameters.amountToleranceMinor,
  );
  const inScope = new Set(crossDayFrom.keys());
  const feeRates = new Map([...inScope].map((source) => [source, parameters.feeRatesPpm[source] ?? null]));
  const fees = totals.fees.check(feeRates);
  await checkpoint();
  const { categories, currency } = categoryTotals(groups, [...inScope]);
  const importIds = [...totals.importIds].sort((a, b) => a - b);
  const summary: RunSummary = {
    run_id: 0,
    started_at: now,
    parameters,
    categories,
    fees: fees.totals,
    statement_days: statementDays,
    book_out_of_scope: totals.keys.bookPaymentsOutside(inScope),
    currency,
    import_ids: importIds,
    completeness: completenessOf(db, importIds, totals.trail.tally(keyOutcome, TALLY_CODES)),
  };
  db.run('INSERT INTO run (started_at, parameters_json, summary_json) VALUES (?, ?, ?)', [
    now,
    JSON.stringify(parameters),
    '{}',
  ]);
  summary.run_id = Number(queryValue(db, 'SELECT last_insert_rowid()'));
  await checkpoint();
  storeExceptionKeys(db, exceptions);
  db.exec(STATEMENT_DETAIL);
  db.run(INSERT_FINDINGS, { ':run': summary.run_id });
  storeFeeFindings(db, summary.run_id, fees.mismatches);
  storeOutcomeKeys(db, summary.run_id, outcomes);
  db.run(DROP_RECONCILED_SOURCES, { ':run': summary.run_id, ':sources': JSON.stringify([...inScope]) });
  db.run('UPDATE run SET summary_json = ? WHERE id = ?', [JSON.stringify(summary), summary.run_id]);
  return summary;
}

/** The exception keys and their statement records, for the findings' SQL. */
function storeExceptionKeys(db: Database, exceptions: ExceptionKey[]): void {
  db.exec(CREATE_EXCEPTION_KEYS);
  db.exec(CREATE_EXCEPTION_RECORDS);
  const insertKey = db.prepare(INSERT_EXCEPTION_KEY);
  const insertRecord = db.prepare(INSERT_EXCEPTION_RECORD);
  try {
    exceptions.forEach(({ key, order_ref, statementRecords, category, currency, amount }, index) => {
      const row: Record<(typeof EXCEPTION_KEY_COLUMNS)[number], string | number | null> = {
        ...key,
        order_ref,
        category,
        currency,
        category_amount: amount,
      };
      insertKey.run([index, ...EXCEPTION_KEY_COLUMNS.map((column) => row[column])]);
      for (const id of statementRecords) insertRecord.run([index, id]);
    });
  } finally {
    insertKey.free();
    insertRecord.free();
  }
}

function storeFeeFindings(db: Database, runId: number, mismatches: FeeMismatch[]): void {
  const insert = db.prepare(
    'INSERT INTO fee_finding (run_id, record_id, expected_fee_minor, rate_ppm) VALUES (?, ?, ?, ?)',
  );
  try {
    for (const { id, expected, ratePpm } of mismatches) insert.run([runId, id, expected, ratePpm]);
  } finally {
    insert.free();
  }
}

/** The sources in scope (those with a statement), each with its statement day and cross-day cut-off. */
function scopeOf(
  days: Day[],
  parameters: RunParameters,
): { statementDays: RunSummary['statement_days']; crossDayFrom: Map<string, number | null> } {
  const statementDays: RunSummary['statement_days'] = {};
  const crossDayFromSeconds = new Map<string, number | null>();
  for (const day of days) {
    const end = day.end === null ? null : Date.parse(day.end);
    const crossDayFrom = end === null ? null : end - parameters.crossDayWindowSeconds * 1000;
    crossDayFromSeconds.set(day.source, crossDayFrom === null ? null : Math.floor(crossDayFrom / 1000));
    if (day.start !== null && day.end !== null && crossDayFrom !== null) {
      const offset = offsetOf(day.end);
      statementDays[day.source] = {
        start: day.start,
        end: day.end,
        cross_day_from: formatInstant(crossDayFrom, offset),
      };
    }
  }
  return { statementDays, crossDayFrom: crossDayFromSeconds };
}

/** Offset minutes of an ISO 8601 timestamp (`+08:00` → 480, `Z` → 0). */
function offsetOf(iso: string): number {
  const match = /([+-])(\d{2}):(\d{2})$/.exec(iso);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}
