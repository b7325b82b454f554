import type { Database } from 'sql.js';
import type { LedgerReport } from '../report/ledger-report.ts';
import { queryValue } from '../store/workspace.ts';
import { runCorrections } from './corrections.ts';
import type { HandlingMetrics } from './metrics.ts';

/** What the workbook of a ledger run shows of the ledger; nothing for a run the ledger did not take in. */
export function ledgerReportOf(db: Database, runId: number): { ledger?: LedgerReport } {
  const json = queryValue(db, 'SELECT ledger_json FROM ledger_run WHERE run_id = ?', [runId]);
  if (typeof json !== 'string') return {};
  const saved = JSON.parse(json) as { business_date: string; metrics: HandlingMetrics };
  return {
    ledger: {
      business_date: saved.business_date,
      metrics: saved.metrics,
      corrections: runCorrections(db, runId, saved.business_date),
    },
  };
}
