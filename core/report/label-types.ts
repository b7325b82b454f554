import type { Severity } from '../match/categories.ts';

/** Every fixed text of the workbook, in both languages; codes are never translated. */
export type Labels = {
  summarySheet: string;
  rejectionsSheet: string;
  title: (runId: number) => string;
  generatedAt: string;
  runStartedAt: string;
  currency: string;
  parameters: string;
  crossDayWindow: string;
  feeRate: (source: string) => string;
  tolerance: string;
  /** A source's own tolerance (`*`: every source). */
  toleranceFor: (source: string) => string;
  dateWindow: (source: string) => string;
  crossDayExpiry: string;
  /** A category's time-to-resolution target, in hours. */
  target: (category: string) => string;
  statementDays: string;
  dayStart: string;
  dayEnd: string;
  crossDayFrom: string;
  bookOutOfScope: string;
  inputFiles: string;
  /** One warning of an input file, under it in the input files table. */
  warningLine: (line: number | undefined, message: string) => string;
  moreWarnings: (count: number) => string;
  categories: string;
  fees: string;
  controls: string;
  noControls: string;
  completeness: string;
  completenessHolds: string;
  completenessFails: string;
  completenessMissing: string;
  pass: string;
  fail: string;
  severity: Record<Severity, string>;
  rows: (count: number) => string;
  shownOf: (shown: number, total: number) => string;
  noDifferences: string;
  /** The totals row under a list sheet's rows, per currency. */
  totalRow: (count: number) => string;
  /** For signed differences: the sum of their absolute values beside the net. */
  absoluteTotal: string;
  /** A file's format, encoding and SHA-256, on a row under it in the input files. */
  fileDetails: (format: string, encoding: string, sha256: string) => string;
  group: { finding: string; book: string; statement: string; resolution: string; sources: string };
  header: Record<HeaderKey, string>;
};

export type HeaderKey =
  | 'file'
  | 'side'
  | 'source'
  | 'profile'
  | 'format'
  | 'encoding'
  | 'rows'
  | 'imported'
  | 'rejected'
  | 'sha256'
  | 'duplicateOf'
  | 'warnings'
  | 'category'
  | 'code'
  | 'severity'
  | 'count'
  | 'amount'
  | 'total'
  | 'rowsChecked'
  | 'tradeFee'
  | 'refundFee'
  | 'netFee'
  | 'feeMismatches'
  | 'label'
  | 'stated'
  | 'computed'
  | 'result'
  | 'orderRef'
  | 'rule'
  | 'status'
  | 'refund'
  | 'channelRef'
  | 'occurredAt'
  | 'line'
  | 'payments'
  | 'refunds'
  | 'reversals'
  | 'fee'
  | 'channelRefs'
  | 'lines'
  | 'reason'
  | 'note'
  | 'kind'
  | 'expectedFee'
  | 'rate'
  | 'message'
  | 'raw'
  | 'bookRow'
  | 'statementRows'
  | 'currency'
  | 'recordsImported'
  | 'recordsInOutcomes'
  | 'amountImported'
  | 'amountInOutcomes';
