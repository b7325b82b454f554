import type { CategoryCode } from '../match/categories.ts';
import type { FeeFinding, Finding, RunSummary } from '../match/types.ts';
import type { ImportSummary } from '../import/types.ts';
import type { LedgerReport } from '../ledger/report-input.ts';

export type ReportLanguage = 'en' | 'zh-CN';

/** Everything the diff workbook shows; the caller streams findings from the workspace. */
export type DiffWorkbookInput = {
  summary: RunSummary;
  imports: ImportSummary[];
  /** Findings of one exception category; only the codes of EXCEPTION_CODES are asked for. */
  findings: (category: CategoryCode) => Iterable<Finding>;
  feeFindings: Iterable<FeeFinding>;
  /** Language of labels and headers; category codes are always shown beside the labels. */
  language: ReportLanguage;
  /** ISO timestamp printed on the Summary sheet (the engine has no clock of its own). */
  generatedAt: string;
  /** Mask text that can name a person (raw rejected rows), keeping each value's first and last character. */
  maskPersonalData?: boolean;
  /** A ledger run's handling metrics (Summary) and order-status corrections (their own sheet). */
  ledger?: LedgerReport;
};
