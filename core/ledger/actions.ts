import type { Database } from 'sql.js';
import type { RunSummary } from '../match/types.ts';
import { fail, issue, ok, type Result } from '../result.ts';
import type { BusinessDate } from './business-date.ts';
import { assignBusinessDay, compactEarlierDays, type BusinessDay } from './business-day.ts';
import { applyRun } from './day-pass.ts';
import { dayResult, type DayResult } from './day-result.ts';
import { runFiles } from './history.ts';
import { handlingMetrics, type HandlingMetrics } from './metrics.ts';
import { auditResolution, itemsInOpenPeriods } from './resolution-audit.ts';
import {
  namedItems,
  reopenItems,
  resolveItems,
  type ReopenRequest,
  type ResolveRequest,
  type ResolvedItems,
} from './resolutions.ts';
import { ledgerSettings } from './settings.ts';
import { inTransaction } from './transaction.ts';

/**
 * The ledger's actions, one function each: every change a person or a run makes to the ledger
 * goes through here, so that each can be recorded in one place.
 */

/** Import: the run's new imports join their business day. */
export function importDay(
  db: Database,
  importIds: readonly number[],
  date: BusinessDate | undefined,
): Result<BusinessDay> {
  return assignBusinessDay(db, importIds, date);
}

/** What a day's run gives beyond its categories. */
export type LedgerRunResult = DayResult & { metrics: HandlingMetrics; user: string };

/**
 * Run: take the day's run into the ledger (carry-forward, the day's items, expiry), record it
 * in the run history, and drop the records of earlier days. One transaction.
 */
export function runDay(
  db: Database,
  run: { summary: RunSummary; business_date: BusinessDate; user: string; expiry_days: number; at: string },
): Result<LedgerRunResult> {
  if (!Number.isInteger(run.expiry_days) || run.expiry_days < 0) {
    return fail(issue('expiry_invalid', `The cross-day expiry must be whole days, not ${run.expiry_days}.`));
  }
  db.exec('BEGIN');
  try {
    const runId = run.summary.run_id;
    applyRun(db, { runId, businessDate: run.business_date, user: run.user, at: run.at, expiryDays: run.expiry_days });
    const day = dayResult(db, runId, run.business_date, run.summary.currency);
    const metrics = handlingMetrics(db, ledgerSettings(db).targets_hours, run.at);
    const result: LedgerRunResult = { ...day, metrics, user: run.user };
    db.run('INSERT OR REPLACE INTO ledger_run (run_id, business_date, user_name, ledger_json) VALUES (?, ?, ?, ?)', [
      runId,
      run.business_date,
      run.user,
      JSON.stringify({ ...result, expiry_days: run.expiry_days, files: runFiles(db, run.summary.import_ids) }),
    ]);
    compactEarlierDays(db, run.business_date);
    db.exec('COMMIT');
    return ok(result);
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}

/**
 * Resolve: items leave the open list with a reason code, a note, who and when; refused for an item
 * of a locked period; recorded on the audit trail in the same transaction.
 */
export function resolve(db: Database, request: ResolveRequest): Result<ResolvedItems> {
  return inTransaction(db, () => {
    const resolved = resolveItems(db, request);
    if (!resolved.ok) return resolved;
    const open = itemsInOpenPeriods(db, resolved.value.items, 'resolve');
    if (!open.ok) return open;
    auditResolution(db, 'resolve', request, resolved.value.items);
    return resolved;
  });
}

/** Reopen: resolved items are open again; their resolution stays in their history and on the audit trail. */
export function reopen(db: Database, request: ReopenRequest): Result<ResolvedItems> {
  return inTransaction(db, () => {
    const before = namedItems(db, request.ids);
    if (!before.ok) return before;
    const reopened = reopenItems(db, request);
    if (!reopened.ok) return reopened;
    const open = itemsInOpenPeriods(db, reopened.value.items, 'reopen');
    if (!open.ok) return open;
    const previous = before.value.map(({ id, reason, note }) => ({ id, reason, note }));
    auditResolution(db, 'reopen', request, reopened.value.items, previous);
    return reopened;
  });
}
