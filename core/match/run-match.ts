import type { Database } from 'sql.js';
import { fail, issue, ok, type Result } from '../result.ts';
import { formatInstant, isoOffsetMinutes } from '../time.ts';
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
  INSERT_GROUP_RECORDS,
  INSERT_GROUPS,
  STATEMENT_DETAIL,
} from './findings-sql.ts';
import type { MatchTotals } from './match-totals.ts';
import { storeOutcomeKeys } from './outcome-keys.ts';
import { statementDays, type Day } from './statement-days.ts';
import { completenessOf } from './completeness.ts';
import { OUTCOME_CODES, outcomeNumber } from './outcomes.ts';
import type { TrailTally } from './record-trail.ts';
import { BANK_SOURCE } from '../canonical/record.ts';
import { exactTotal } from '../money.ts';
import { fundFlows, settleRun } from '../settle/load.ts';
import type { SettleResult } from '../settle/settle.ts';
import { KeyRecordsReader } from './key-records.ts';
import { incidentsOf } from './run-incidents.ts';
import { matchKeysBySource, secondaryLookups } from './secondary-lookups.ts';
import { dateWindowOf, toleranceOf, type RunParameters, type RunSummary } from './types.ts';

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
  if (days.length === 0 && !hasBankStatement(db, totals.importIds))
    return fail(issue('no_statement', 'Add at least one statement file to reconcile.'));
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

/** Whether the run reads a bank statement: it settles the channels' payouts even with no bill of its own day. */
const hasBankStatement = (db: Database, importIds: ReadonlySet<number>): boolean =>
  importIds.size > 0 &&
  queryValue(
    db,
    `SELECT 1 FROM import WHERE side = 'statement' AND source = '${BANK_SOURCE}' AND id IN (${[...importIds].map(Number).join(', ')}) LIMIT 1`,
  ) !== undefined;

/** The trail's tally with each bank entry counted in its settlement outcome. */
function withBankEntries(tally: TrailTally, settled: SettleResult | null): TrailTally {
  if (!settled) return tally;
  const entries = [
    ...settled.settlement.payouts.flatMap((payout) => payout.bank),
    ...settled.settlement.bank_entries.map(({ entry }) => entry),
  ];
  for (const entry of entries) {
    const code = settled.outcomes.get(entry.record_id);
    if (code === undefined) continue;
    let byOutcome = tally.get(entry.import_id);
    if (!byOutcome) tally.set(entry.import_id, (byOutcome = new Map()));
    const number = outcomeNumber(code);
    let counted = byOutcome.get(number);
    if (!counted) byOutcome.set(number, (counted = { records: 0, amount_minor: {} }));
    counted.records += 1;
    counted.amount_minor[entry.currency] = exactTotal((counted.amount_minor[entry.currency] ?? 0) + entry.amount_minor);
  }
  return tally;
}

/** The trail's tally with each fund-bill movement counted as kept for the settlement's cross-check. */
function withFundFlows(tally: TrailTally, flows: ReturnType<typeof fundFlows>): TrailTally {
  const number = outcomeNumber('fund_flow');
  for (const flow of flows) {
    let byOutcome = tally.get(flow.import_id);
    if (!byOutcome) tally.set(flow.import_id, (byOutcome = new Map()));
    let counted = byOutcome.get(number);
    if (!counted) byOutcome.set(number, (counted = { records: 0, amount_minor: {} }));
    counted.records += flow.records;
    counted.amount_minor[flow.currency] = exactTotal((counted.amount_minor[flow.currency] ?? 0) + flow.amount_minor);
  }
  return tally;
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
  const matchKeys = matchKeysBySource(db, totals.trail.statementSourcesByImport());
  const offsets = new Map(
    days.flatMap((day) => (day.end === null ? [] : [[day.source, isoOffsetMinutes(day.end) ?? 0] as const])),
  );
  const rules = new Map(
    [...crossDayFrom].map(([source, from]) => [
      source,
      {
        crossDayFrom: from,
        tolerance: toleranceOf(parameters, source),
        dateWindowDays: dateWindowOf(parameters, source),
        offsetMinutes: offsets.get(source) ?? 0,
        secondaryKeys: matchKeys.get(source) ?? [],
      },
    ]),
  );
  const reader = new KeyRecordsReader(db, totals.keys);
  const lookups = secondaryLookups(db, totals.keys);
  const { groups, exceptions, outcomes, keyOutcome } = (() => {
    try {
      return classifyKeys(totals.keys, rules, (key) => reader.read(key), lookups);
    } finally {
      reader.free();
      lookups.free();
    }
  })();
  const inScope = new Set(crossDayFrom.keys());
  const feeRates = new Map([...inScope].map((source) => [source, parameters.feeRatesPpm[source] ?? null]));
  const fees = totals.fees.check(feeRates);
  await checkpoint();
  const { categories, currency } = categoryTotals(groups, [...inScope]);
  const incidents = incidentsOf(db, exceptions, days, totals.keys.trades);
  const importIds = [...totals.importIds].sort((a, b) => a - b);
  const settled = settleRun(db, importIds);
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
    completeness: completenessOf(
      db,
      importIds,
      withFundFlows(withBankEntries(totals.trail.tally(keyOutcome, TALLY_CODES), settled), fundFlows(db, importIds)),
    ),
    ...(settled ? { settlement: settled.settlement } : {}),
    incidents,
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
  const base = Number(queryValue(db, 'SELECT coalesce(max(id), 0) + 1 FROM match_group'));
  db.run(INSERT_GROUPS, { ':run': summary.run_id, ':base': base });
  db.run(INSERT_GROUP_RECORDS, { ':base': base });
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
    exceptions.forEach((kept, index) => {
      const { key, order_ref, category, currency, amount } = kept;
      const row: Record<(typeof EXCEPTION_KEY_COLUMNS)[number], string | number | null> = {
        ...key,
        order_ref,
        category,
        currency,
        category_amount: amount,
        match_rule: kept.rule,
        book_source: kept.bookSource,
        finding: kept.finding ? 1 : 0,
      };
      insertKey.run([index, ...EXCEPTION_KEY_COLUMNS.map((column) => row[column])]);
      for (const id of kept.statementRecords) insertRecord.run([index, id, 0]);
      for (const id of kept.bookRecords) insertRecord.run([index, id, 1]);
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
      const offset = isoOffsetMinutes(day.end) ?? 0;
      statementDays[day.source] = {
        start: day.start,
        end: day.end,
        cross_day_from: formatInstant(crossDayFrom, offset),
      };
    }
  }
  return { statementDays, crossDayFrom: crossDayFromSeconds };
}
