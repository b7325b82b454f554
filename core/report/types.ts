import type { CategoryCode } from '../match/categories.ts';
import type { FeeFinding, Finding, RunSummary } from '../match/types.ts';
import type { ImportSummary } from '../import/types.ts';
import type { AuditEntry } from '../ledger/audit.ts';
import type { ChainVerdict } from '../ledger/audit-chain.ts';
import type { LedgerReport } from '../ledger/report-input.ts';

export type ReportLanguage = 'en' | 'zh-CN';

/** The audit trail as the workbook prints it: its chain head and count, then every entry. */
export type AuditSheetInput = { entries: readonly AuditEntry[]; chain: ChainVerdict };

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
  /** Mask personal data (raw rejected rows) by the one rule of mask.ts; the Summary says so. */
  maskPersonalData?: boolean;
  /** The workspace's audit trail, printed on the Audit sheet (none: no sheet). */
  audit?: AuditSheetInput;
  /** A ledger run's handling metrics (Summary) and order-status corrections (their own sheet). */
  ledger?: LedgerReport;
};
