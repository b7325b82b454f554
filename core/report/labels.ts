import type { Severity } from '../match/categories.ts';
import type { ReportLanguage } from './types.ts';

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

const EN: Labels = {
  summarySheet: 'Summary',
  rejectionsSheet: 'Rejected rows',
  title: (runId) => `Reconciliation run #${runId}`,
  generatedAt: 'Generated at',
  runStartedAt: 'Run started at',
  currency: 'Currency',
  parameters: 'Run parameters',
  crossDayWindow: 'Cross-day window (seconds)',
  feeRate: (source) => `Fee rate, ${source}`,
  tolerance: 'Amount tolerance',
  toleranceFor: (source) => (source === '*' ? 'Amount tolerance, every source' : `Amount tolerance, ${source}`),
  dateWindow: (source) => (source === '*' ? 'Date window (days), every source' : `Date window (days), ${source}`),
  crossDayExpiry: 'Cross-day expiry (days)',
  target: (category) => `Target (hours), ${category}`,
  statementDays: 'Statement days',
  dayStart: 'Day start',
  dayEnd: 'Day end',
  crossDayFrom: 'Cross-day from',
  bookOutOfScope: 'Book records no statement covers',
  inputFiles: 'Input files',
  warningLine: (line, message) => `⚠ ${line === undefined ? '' : `line ${line}: `}${message}`,
  moreWarnings: (count) => `⚠ ${count} more ${count === 1 ? 'warning' : 'warnings'} on the import`,
  categories: 'Differences by category and source',
  fees: 'Fees by source',
  controls: 'Control totals stated by the files',
  noControls: 'No file states control totals.',
  completeness: 'Completeness control',
  completenessHolds: 'HOLDS: every imported record ended in exactly one outcome, in records and amount',
  completenessFails: 'FAILS: the outcomes do not account for every imported record; the result cannot be trusted',
  completenessMissing: 'This run has no completeness control (made by an earlier version); run it again.',
  pass: 'PASS',
  fail: 'FAIL',
  severity: { system: 'system', exception: 'exception', info: 'info' },
  rows: (count) => `${count} rows`,
  shownOf: (shown, total) => `${shown} of ${total} shown; the workspace keeps all of them`,
  noDifferences: 'no differences',
  totalRow: (count) => `Total · ${count} ${count === 1 ? 'row' : 'rows'}`,
  absoluteTotal: 'Sum of absolute differences',
  fileDetails: (format, encoding, sha256) => `${format} · ${encoding} · SHA-256 ${sha256}`,
  group: {
    finding: 'Difference',
    book: 'Book',
    statement: 'Statement',
    resolution: 'Resolution',
    sources: 'Source rows',
  },
  header: {
    file: 'File',
    side: 'Side',
    source: 'Source',
    profile: 'Profile',
    format: 'Format',
    encoding: 'Encoding',
    rows: 'Rows',
    imported: 'Imported',
    rejected: 'Rejected',
    sha256: 'SHA-256',
    duplicateOf: 'Duplicate of import',
    warnings: 'Warnings',
    category: 'Category',
    code: 'Code',
    severity: 'Severity',
    count: 'Count',
    amount: 'Amount',
    total: 'Total',
    rowsChecked: 'Rows checked',
    tradeFee: 'Trade fee',
    refundFee: 'Refund fee',
    netFee: 'Net fee',
    feeMismatches: 'Fee mismatches',
    label: 'Figure',
    stated: 'Stated',
    computed: 'Computed',
    result: 'Result',
    orderRef: 'Order ref',
    rule: 'Rule',
    status: 'Status',
    refund: 'Refund',
    channelRef: 'Channel ref',
    occurredAt: 'Occurred at',
    line: 'Line',
    payments: 'Payments',
    refunds: 'Refunds',
    reversals: 'Reversals',
    fee: 'Fee',
    channelRefs: 'Channel refs',
    lines: 'Lines',
    reason: 'Reason',
    note: 'Note',
    kind: 'Kind',
    expectedFee: 'Expected fee',
    rate: 'Rate',
    message: 'Message',
    raw: 'Raw row',
    bookRow: 'Book row as in its file (file:line)',
    statementRows: 'Statement rows as in their file (file:line)',
    currency: 'Currency',
    recordsImported: 'Records imported',
    recordsInOutcomes: 'Outcome records',
    amountImported: 'Amount imported',
    amountInOutcomes: 'Outcome amount',
  },
};

const ZH: Labels = {
  summarySheet: '汇总',
  rejectionsSheet: '拒绝行',
  title: (runId) => `对账结果 #${runId}`,
  generatedAt: '生成时间',
  runStartedAt: '对账开始时间',
  currency: '币种',
  parameters: '对账参数',
  crossDayWindow: '跨日窗口（秒）',
  feeRate: (source) => `手续费率 ${source}`,
  tolerance: '金额容差',
  toleranceFor: (source) => (source === '*' ? '金额容差（所有来源）' : `金额容差 ${source}`),
  dateWindow: (source) => (source === '*' ? '日期窗口（天，所有来源）' : `日期窗口（天） ${source}`),
  crossDayExpiry: '跨日挂账期限（天）',
  target: (category) => `处理时限（小时） ${category}`,
  statementDays: '账单日',
  dayStart: '开始',
  dayEnd: '结束',
  crossDayFrom: '跨日起点',
  bookOutOfScope: '无对应账单的账面记录（未对账）',
  inputFiles: '输入文件',
  warningLine: (line, message) => `⚠ ${line === undefined ? '' : `第 ${line} 行：`}${message}`,
  moreWarnings: (count) => `⚠ 另有 ${count} 条提示，见导入详情`,
  categories: '按类别和渠道的差异',
  fees: '按渠道的手续费',
  controls: '文件自带的合计校验',
  noControls: '没有文件提供合计。',
  completeness: '完整性校验',
  completenessHolds: '通过：每条已导入记录都恰好有一个结果，笔数和金额一致',
  completenessFails: '不符：结果未涵盖全部已导入记录，本次对账结果不可信',
  completenessMissing: '本次对账没有完整性校验（由旧版本生成），请重新对账。',
  pass: '通过',
  fail: '不符',
  severity: { system: '系统异常', exception: '差异', info: '信息' },
  rows: (count) => `${count} 行`,
  shownOf: (shown, total) => `显示 ${shown} / ${total} 行；工作区保留全部`,
  noDifferences: '无差异',
  totalRow: (count) => `合计 · ${count} 行`,
  absoluteTotal: '差异绝对值合计',
  fileDetails: (format, encoding, sha256) => `${format} · ${encoding} · SHA-256 ${sha256}`,
  group: { finding: '差异', book: '账面', statement: '对账单', resolution: '处理', sources: '源文件行' },
  header: {
    file: '文件',
    side: '方向',
    source: '渠道',
    profile: '格式配置',
    format: '格式',
    encoding: '编码',
    rows: '行数',
    imported: '已导入',
    rejected: '已拒绝',
    sha256: 'SHA-256',
    duplicateOf: '重复导入自',
    warnings: '提示',
    category: '类别',
    code: '代码',
    severity: '级别',
    count: '笔数',
    amount: '金额',
    total: '合计',
    rowsChecked: '已核对行数',
    tradeFee: '交易手续费',
    refundFee: '退款手续费',
    netFee: '净手续费',
    feeMismatches: '手续费差异',
    label: '项目',
    stated: '文件所列',
    computed: '计算结果',
    result: '结果',
    orderRef: '订单号',
    rule: '规则',
    status: '状态',
    refund: '退款',
    channelRef: '渠道流水号',
    occurredAt: '发生时间',
    line: '行号',
    payments: '支付笔数',
    refunds: '退款',
    reversals: '冲正',
    fee: '手续费',
    channelRefs: '渠道流水号',
    lines: '行号',
    reason: '原因',
    note: '备注',
    kind: '类型',
    expectedFee: '应收手续费',
    rate: '费率',
    message: '说明',
    raw: '原始行',
    bookRow: '账面原始行（文件:行号）',
    statementRows: '对账单原始行（文件:行号）',
    currency: '币种',
    recordsImported: '已导入记录',
    recordsInOutcomes: '有结果的记录',
    amountImported: '已导入金额',
    amountInOutcomes: '有结果的金额',
  },
};

/**
 * The labels of `language`.
 *
 * @example labelsFor('zh-CN').group.book // '账面'
 */
export const labelsFor = (language: ReportLanguage): Labels => (language === 'zh-CN' ? ZH : EN);
