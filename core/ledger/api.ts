import type { Result } from '../result.ts';
import type { LedgerRunResult } from './actions.ts';
import type { BusinessDay } from './business-day.ts';
import type { Correction } from './corrections.ts';
import type { RunComparison, RunRecord } from './history.ts';
import type { ItemEvent, LedgerItem } from './item.ts';
import type { HandlingMetrics } from './metrics.ts';
import type { ReopenRequest, ResolveRequest, ResolvedItems } from './resolutions.ts';
import type { LedgerSettings } from './settings.ts';
import type { RunParameters } from '../match/types.ts';

/** The engine's ledger methods: the workspace worked day after day. */
export type LedgerApi = {
  /** Put the run's new imports on their business day (given, or from their statements' periods). */
  'ledger/day': (input: { import_ids: number[]; date?: string }) => Promise<Result<BusinessDay>>;
  /** Take a day's run into the ledger: carry-forward, the day's items, expiry (expiry_days, else the run's crossDayExpiryDays, else 1), the run's targets kept, history; earlier days' records dropped. */
  'ledger/run': (input: {
    run_id: number;
    business_date: string;
    user: string;
    expiry_days?: number;
  }) => Promise<Result<LedgerRunResult>>;
  'ledger/items': (input: { state?: 'open' | 'resolved'; category?: string }) => Promise<LedgerItem[]>;
  'ledger/item-history': (input: { id: string }) => Promise<ItemEvent[]>;
  'ledger/resolve': (input: Omit<ResolveRequest, 'at'>) => Promise<Result<ResolvedItems>>;
  'ledger/reopen': (input: Omit<ReopenRequest, 'at'>) => Promise<Result<ResolvedItems>>;
  'ledger/history': (input: Record<string, never>) => Promise<RunRecord[]>;
  'ledger/compare': (input: { from: number; to: number }) => Promise<Result<RunComparison>>;
  /** The run's order-status corrections, as rows and as the CSV file. */
  'ledger/corrections': (input: { run_id: number }) => Promise<Result<{ rows: Correction[]; csv: Uint8Array }>>;
  /** Handling per category as of now: closed automatically or by hand, time to resolution, items past their target. */
  'ledger/metrics': (input: Record<string, never>) => Promise<HandlingMetrics>;
  /** The workspace's ledger settings; targets and run parameters given are kept for later runs. */
  'ledger/settings': (input: {
    targets_hours?: LedgerSettings['targets_hours'];
    run_parameters?: RunParameters;
  }) => Promise<LedgerSettings>;
};
