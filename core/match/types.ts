import type { CategoryCode } from './categories.ts';
import type { Settlement } from '../settle/types.ts';
import type { Completeness } from './completeness.ts';
import type { Incident } from './incidents.ts';
import type { MatchRule } from './match-rules.ts';
import type { Tolerance } from './tolerance.ts';

export type RunParameters = {
  /** Book payments this many seconds before the statement day's end may appear on the next statement. */
  crossDayWindowSeconds: number;
  /** Fee rate per source in parts per million, used when the statement row states none (0.6 % = 6000). */
  feeRatesPpm: Record<string, number>;
  /** Largest amount difference, in minor units, still counted as equal. */
  amountToleranceMinor: number;
  /** Tolerances per source (`*`: every source), in minor units or relative; they take precedence over amountToleranceMinor. */
  tolerances?: Record<string, Tolerance>;
  /** Days a keyless statement payment may lie from its book payment when matched by amount and date, per source (`*`: every source). */
  dateWindowDays?: Record<string, number>;
  /** Days a cross-day book payment may wait for its trade before the ledger counts it book-only (default 1). */
  crossDayExpiryDays?: number;
  /** Hours within which an exception of the category should be resolved, kept by the workspace's ledger. */
  targetsHours?: Partial<Record<CategoryCode, number>>;
};

/** The cross-day expiry a run's ledger day takes when its parameters name none: a day. */
export const DEFAULT_CROSS_DAY_EXPIRY_DAYS = 1;

/** The tolerance that holds for a source. */
export const toleranceOf = (parameters: RunParameters, source: string): Tolerance =>
  parameters.tolerances?.[source] ?? parameters.tolerances?.['*'] ?? { minor: parameters.amountToleranceMinor };

/** The date window (days) for amount-and-date matching that holds for a source (default 0: the same day). */
export const dateWindowOf = (parameters: RunParameters, source: string): number =>
  parameters.dateWindowDays?.[source] ?? parameters.dateWindowDays?.['*'] ?? 0;

export const DEFAULT_RUN_PARAMETERS: RunParameters = {
  crossDayWindowSeconds: 60,
  feeRatesPpm: { alipay: 6000 },
  amountToleranceMinor: 0,
};

export type Totals = { count: number; amount_minor: number };

export type CategoryTotals = Totals & { by_source: Record<string, Totals> };

export type FeeTotals = {
  /** Statement rows whose fee was checked. */
  rows: number;
  trade_fee_minor: number;
  refund_fee_minor: number;
  net_fee_minor: number;
  fee_mismatch: number;
};

export type RunSummary = {
  run_id: number;
  started_at: string;
  parameters: RunParameters;
  /** Every category code, with zeros where nothing fell. Amounts follow each category's amount rule. */
  categories: Record<CategoryCode, CategoryTotals>;
  fees: Record<string, FeeTotals>;
  /** Per source: the statement day and the cut-off used for cross-day payments. */
  statement_days: Record<string, { start: string; end: string; cross_day_from: string }>;
  /** Book records of sources that no statement in the run covers: not reconciled. */
  book_out_of_scope: number;
  currency: string | null;
  /** The imports the run reconciled (every import of the workspace when it ran): later changes make it stale. */
  import_ids: number[];
  /** Every file's rows and stored records accounted for by the run's outcomes (absent in runs saved before it was kept). */
  completeness?: Completeness;
  /** The run's bank statements against the channels' payouts; absent when the run has no bank statement. */
  settlement?: Settlement;
  /** Bursts of system-level findings on one channel (absent in runs saved before they were found). */
  incidents?: Incident[];
};

/** The book side of a finding. */
export type BookSide = {
  status: string;
  raw_status: string | null;
  amount_minor: number;
  refund_minor: number;
  currency: string;
  channel_ref: string | null;
  occurred_at: string | null;
  file: string;
  line: number;
  /** Who paid or was paid, and the entry's text, as the file has them (absent in runs saved before they were kept). */
  counterparty?: string | null;
  description?: string | null;
  /** The row or entry as the file has it, and the archive member it is in (kept for exceptions only; absent in older runs). */
  raw?: string | null;
  member?: string | null;
};

/**
 * One source row of a statement side: its line, the archive member it is in, and its text as the
 * file has it; its file when the side has rows in several (absent in older runs: the side's file).
 */
export type SourceLine = { line: number; member: string | null; raw: string | null; file?: string };

/** The statement side of a finding, aggregated over all rows of its key. */
export type StatementSide = {
  payments: number;
  amount_minor: number;
  refund_minor: number;
  reversal_minor: number;
  fee_minor: number;
  currency: string;
  channel_refs: string;
  occurred_at: string | null;
  /** The file of its rows; the files, comma-separated, when they are in several (a payment on two channels). */
  file: string;
  lines: string;
  /** The rows' counterparties and texts, each distinct one once, comma-separated (absent in older runs). */
  counterparty?: string | null;
  description?: string | null;
  /** Each row as the file has it, in line order (exceptions only; absent in older runs). */
  sources?: SourceLine[];
};

/** Fields that differ between the sides; the workbook and grid highlight them. */
export type DifferingField = 'presence' | 'amount' | 'count' | 'status' | 'refund' | 'currency';

/** One record of a finding's pair or group, with its source line. */
export type GroupRecord = {
  side: 'book' | 'statement';
  source: string;
  kind: string;
  status: string;
  amount_minor: number;
  currency: string;
  channel_ref: string | null;
  occurred_at: string | null;
  file: string;
  line: number;
};

export type Finding = {
  category: CategoryCode;
  /** The rule that paired its records, or said why none could be (absent in runs saved before rules were kept). */
  match_rule?: MatchRule;
  /** Its pair or group: the book and statement records, with their lines (filled by findings/list). */
  group?: GroupRecord[];
  source: string;
  order_ref: string;
  amount_minor: number;
  currency: string;
  /** Which rule classified it, in words. */
  rule: string;
  differing: DifferingField[];
  book: BookSide | null;
  statement: StatementSide | null;
};

/** A statement row whose fee is not the stated rate applied to its amount. */
export type FeeFinding = {
  source: string;
  order_ref: string | null;
  channel_ref: string | null;
  kind: string;
  amount_minor: number;
  currency: string;
  fee_minor: number;
  expected_fee_minor: number;
  rate_ppm: number;
  file: string;
  line: number;
  /** The row as the file has it, and its archive member (null when not kept; absent in fixtures). */
  raw?: string | null;
  member?: string | null;
};
