import type { Correction } from '../ledger/corrections.ts';
import type { HandlingMetrics } from '../ledger/metrics.ts';

/** What a ledger run adds to its workbook: the handling metrics (on the Summary) and the corrections sheet. */
export type LedgerReport = {
  business_date: string;
  metrics: HandlingMetrics;
  corrections: readonly Correction[];
};
