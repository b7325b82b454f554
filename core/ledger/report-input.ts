import type { Database } from 'sql.js';
import { queryValue } from '../store/workspace.ts';
import { runCorrections, type Correction } from './corrections.ts';
import type { HandlingMetrics } from './metrics.ts';

/** What a ledger run adds to its workbook: the handling metrics (on the Summary) and the corrections sheet. */
export type LedgerReport = {
  business_date: string;
  metrics: HandlingMetrics;
  corrections: readonly Correction[];
};

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
