/** Difference categories: stable codes, labels in both languages, severity. */

export const CATEGORY_CODES = [
  'matched',
  'amount_mismatch',
  'paid_not_notified',
  'status_mismatch',
  'statement_only',
  'book_only',
  'duplicate_charge',
  'refund_mismatch',
  'currency_mismatch',
  'pending_cross_day',
  'refund_matched',
  'unpaid',
  'closed',
  'revoked',
  'book_duplicate',
  'ambiguous',
  'channel_switched',
] as const;
export type CategoryCode = (typeof CATEGORY_CODES)[number];

/** `system`: an anomaly in a payment system, shown red everywhere. `info`: not an exception. */
export type Severity = 'system' | 'exception' | 'info';

export type CategoryInfo = {
  code: CategoryCode;
  severity: Severity;
  label: { en: string; 'zh-CN': string };
  /** What the category's amount means, in English (the same rule as the bench truth). */
  amountRule: string;
};

const info = (code: CategoryCode, severity: Severity, en: string, zh: string, amountRule: string): CategoryInfo => ({
  code,
  severity,
  label: { en, 'zh-CN': zh },
  amountRule,
});

export const CATEGORIES: Readonly<Record<CategoryCode, CategoryInfo>> = {
  matched: info('matched', 'info', 'Matched', '已匹配', 'book amount'),
  amount_mismatch: info('amount_mismatch', 'system', 'Amount mismatch', '金额不一致', 'statement − book, signed'),
  paid_not_notified: info('paid_not_notified', 'system', 'Paid, not notified', '支付成功未通知', 'statement amount'),
  status_mismatch: info('status_mismatch', 'exception', 'Status mismatch', '状态不一致', 'book amount'),
  statement_only: info(
    'statement_only',
    'exception',
    'On statement only',
    '长款（渠道有、系统无）',
    'statement amount',
  ),
  book_only: info('book_only', 'exception', 'In books only', '短款（系统有、渠道无）', 'book amount'),
  duplicate_charge: info(
    'duplicate_charge',
    'system',
    'Duplicate charge',
    '重复扣款',
    'statement payments − book amount',
  ),
  refund_mismatch: info(
    'refund_mismatch',
    'exception',
    'Refund mismatch',
    '退款差异',
    'statement refunds − book refund, signed',
  ),
  currency_mismatch: info('currency_mismatch', 'exception', 'Currency mismatch', '币种不一致', 'book amount'),
  pending_cross_day: info('pending_cross_day', 'exception', 'Pending, cross-day', '跨日待核', 'book amount'),
  refund_matched: info('refund_matched', 'info', 'Refund matched', '退款已匹配', 'refund amount'),
  unpaid: info('unpaid', 'info', 'Unpaid', '未支付', 'book amount'),
  closed: info('closed', 'info', 'Closed', '已关闭', 'book amount'),
  revoked: info('revoked', 'info', 'Revoked', '已撤销', 'reversed amount'),
  book_duplicate: info('book_duplicate', 'exception', 'Exported twice', '系统重复导出', 'book amount of one copy'),
  ambiguous: info(
    'ambiguous',
    'exception',
    'Ambiguous',
    '无法唯一匹配',
    'book amount (statement amount for a statement payment with no book record)',
  ),
  channel_switched: info('channel_switched', 'info', 'Channel switched', '支付渠道切换', 'book amount'),
};

/** Categories that are exceptions (get their own sheet and tab), in display order. */
export const EXCEPTION_CODES: readonly CategoryCode[] = CATEGORY_CODES.filter(
  (code) => CATEGORIES[code].severity !== 'info',
);

/** Fee differences are found per statement row, not per key, so they sit beside the categories. */
export const FEE_MISMATCH = {
  code: 'fee_mismatch',
  severity: 'exception',
  label: { en: 'Fee mismatch', 'zh-CN': '手续费差异' },
} as const;
