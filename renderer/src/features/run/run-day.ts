import type { LedgerRunResult } from '../../../../core/ledger/actions.ts';
import type { Progress } from '../../../../core/import/types.ts';
import type { RunParameters, RunSummary } from '../../../../core/match/types.ts';
import type { Issue, Result } from '../../../../core/result.ts';
import { send, type EngineCall } from '../../engine/client.ts';

/** A run as the ledger took it: the day's categories, and the day added (or why the run stands alone). */
export type DayRun = {
  summary: RunSummary;
  ledger: { business_date: string; result: LedgerRunResult } | null;
  /** Why the run was not added to the ledger: its statements state no period. */
  alone: Issue | null;
};

/**
 * Reconcile the next business day as `reconcile --workspace` does: the imports no earlier day
 * took join their business day (from their statements' periods), that day's imports are matched
 * with the open items carried forward, and the run is taken into the ledger under `user`.
 * `track` is told of each call in flight, so a cancel reaches the one working.
 */
export async function runBusinessDay(
  parameters: Partial<RunParameters>,
  user: string,
  onProgress: (progress: Progress) => void,
  track: (call: EngineCall<unknown>) => void,
): Promise<Result<DayRun>> {
  const step = <T>(call: EngineCall<T>): EngineCall<T> => (track(call), call);
  const [imports, history] = await Promise.all([step(send('import/list', {})), step(send('ledger/history', {}))]);
  const taken = new Set(history.flatMap((run) => run.files.map((file) => file.import_id)));
  const fresh = imports.filter((summary) => !taken.has(summary.import_id)).map((summary) => summary.import_id);
  const day = await step(send('ledger/day', { import_ids: fresh }));
  // Statements that state no period (a sample day) still reconcile, on their own, and say so.
  const alone = !day.ok && day.issues[0]?.code === 'business_date_unknown' ? day.issues[0] : null;
  if (!day.ok && !alone) return day;
  const scope = day.ok ? { import_ids: day.value.import_ids } : {};
  const run = await step(send('match/run', { parameters, ...scope }, onProgress));
  if (!run.ok) return run;
  if (!day.ok) return { ok: true, value: { summary: run.value, ledger: null, alone } };
  const { business_date } = day.value;
  const intoLedger = await step(send('ledger/run', { run_id: run.value.run_id, business_date, user }));
  if (!intoLedger.ok) return intoLedger;
  return { ok: true, value: { summary: run.value, ledger: { business_date, result: intoLedger.value }, alone: null } };
}
