import type { Database } from 'sql.js';
import type { HandlerContext } from '../rpc/contract.ts';
import { fail, issue, ok } from '../result.ts';
import { queryValue } from '../store/workspace.ts';
import { importDay, reopen, resolve, runDay } from './actions.ts';
import type { LedgerApi } from './api.ts';
import { correctionsCsv, runCorrections } from './corrections.ts';
import { compareRuns, runHistory } from './history.ts';
import { itemEvents, readItems } from './item.ts';
import { handlingMetrics } from './metrics.ts';
import { DEFAULT_CROSS_DAY_EXPIRY_DAYS, type RunSummary } from '../match/types.ts';
import { ledgerSettings, saveSetting } from './settings.ts';

type LedgerHandlers = {
  [K in keyof LedgerApi]: (input: Parameters<LedgerApi[K]>[0], context: HandlerContext) => ReturnType<LedgerApi[K]>;
};

/** The ledger's handlers over the engine's workspace; `recordsChanged` is told when records are dropped. */
export function ledgerHandlers(options: {
  db: () => Database;
  now: () => string;
  recordsChanged: () => void;
}): LedgerHandlers {
  const { db, now } = options;
  const summaryOf = (runId: number): RunSummary | null => {
    const json = queryValue(db(), 'SELECT summary_json FROM run WHERE id = ?', [runId]);
    return typeof json === 'string' ? (JSON.parse(json) as RunSummary) : null;
  };
  return {
    'ledger/day': async ({ import_ids, date }) => importDay(db(), import_ids, date),
    'ledger/run': async ({ run_id, business_date, user, expiry_days }) => {
      const summary = summaryOf(run_id);
      if (!summary) return fail(issue('run_unknown', `No run ${run_id} in the workspace.`));
      const at = now();
      // The run's own parameters name its expiry and targets (the CLI's flags, the app's settings).
      const { crossDayExpiryDays, targetsHours } = summary.parameters;
      if (targetsHours) saveSetting(db(), 'targets_hours', { ...ledgerSettings(db()).targets_hours, ...targetsHours });
      const result = runDay(db(), {
        summary,
        business_date,
        user,
        expiry_days: expiry_days ?? crossDayExpiryDays ?? DEFAULT_CROSS_DAY_EXPIRY_DAYS,
        at,
      });
      options.recordsChanged();
      return result;
    },
    'ledger/items': async ({ state, category }) => {
      const conditions = [
        ...(state ? [`state = '${state === 'open' ? 'open' : 'resolved'}'`] : []),
        ...(category ? ['category = ?'] : []),
      ];
      return readItems(db(), conditions.join(' AND ') || '1', category ? [category] : []);
    },
    'ledger/item-history': async ({ id }) => itemEvents(db(), id),
    'ledger/resolve': async (request) => resolve(db(), { ...request, at: now() }),
    'ledger/reopen': async (request) => reopen(db(), { ...request, at: now() }),
    'ledger/history': async () => runHistory(db()),
    'ledger/compare': async ({ from, to }) => {
      const compared = compareRuns(db(), runHistory(db()), from, to);
      return compared ? ok(compared) : fail(issue('run_unknown', `No run ${from} or ${to} in the workspace.`));
    },
    'ledger/corrections': async ({ run_id }) => {
      const date = queryValue(db(), 'SELECT business_date FROM ledger_run WHERE run_id = ?', [run_id]);
      if (typeof date !== 'string') return fail(issue('run_unknown', `Run ${run_id} is not a run of the ledger.`));
      const rows = runCorrections(db(), run_id, date);
      return ok({ rows, csv: correctionsCsv(rows) });
    },
    'ledger/metrics': async () => handlingMetrics(db(), ledgerSettings(db()).targets_hours, now()),
    'ledger/settings': async ({ targets_hours, run_parameters }) => {
      if (targets_hours)
        saveSetting(db(), 'targets_hours', { ...ledgerSettings(db()).targets_hours, ...targets_hours });
      if (run_parameters) saveSetting(db(), 'run_parameters', run_parameters);
      return ledgerSettings(db());
    },
  };
}
