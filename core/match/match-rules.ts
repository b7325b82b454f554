/**
 * The rules that pair book and statement records, each with a stable code and labels. A run
 * stores, per key it did not match by the plain rule `exact`, the group of records and the rule
 * that made it (table match_group); every finding names its rule.
 */
export const MATCH_RULES = [
  /** One book payment, one statement payment, same key and amount. */
  'exact',
  /** Same key; the amounts differ by no more than the source's tolerance. */
  'tolerance',
  /** 1:N: several statement payments of the key that together make up the order amount. */
  'split',
  /** N:1: several book payments of the key (distinct lines) paid by the statement's payments together. */
  'batch',
  /** Several refund rows of the key summed against the order's refund. */
  'refund_sum',
  /** A statement payment repeating the amount already matched: one match plus the repeat. */
  'duplicate',
  /** The same order exported twice with the same content: one copy matched, the other flagged. */
  'book_duplicate',
  /** The order's number found on another channel's statement (a gateway failover). */
  'cross_channel',
  /** The order reference missing or unknown: the order whose book record has the row's channel_ref or refund_ref. */
  'secondary_key',
  /** No usable order reference: the one open book payment of the same amount within the date window. */
  'amount_date',
  /** Several equally fitting ways to pair the records: none is taken. */
  'ambiguous',
  /** A statement refund with no original payment and no order: a statement-only finding of its own kind. */
  'refund_without_original',
  /** Nothing to pair with: one side only. */
  'unpaired',
] as const;
export type MatchRule = (typeof MATCH_RULES)[number];

export const MATCH_RULE_LABELS: Readonly<Record<MatchRule, { en: string; 'zh-CN': string }>> = {
  exact: { en: 'Key and amount', 'zh-CN': '订单号与金额一致' },
  tolerance: { en: 'Key, amount within tolerance', 'zh-CN': '订单号一致，金额在容差内' },
  split: { en: 'Split payment (1:N)', 'zh-CN': '拆分支付（一对多）' },
  batch: { en: 'Batch (N:1)', 'zh-CN': '合并支付（多对一）' },
  refund_sum: { en: 'Partial refunds summed', 'zh-CN': '部分退款合计' },
  duplicate: { en: 'Repeated payment', 'zh-CN': '重复支付' },
  book_duplicate: { en: 'Order exported twice', 'zh-CN': '订单重复导出' },
  cross_channel: { en: 'Matched across channels', 'zh-CN': '跨渠道匹配' },
  secondary_key: { en: 'Channel transaction or refund reference', 'zh-CN': '渠道交易号或退款单号匹配' },
  amount_date: { en: 'Amount and date', 'zh-CN': '金额与日期匹配' },
  ambiguous: { en: 'Several candidates fit equally', 'zh-CN': '多个候选同等匹配' },
  refund_without_original: { en: 'Refund without original', 'zh-CN': '无原交易退款' },
  unpaired: { en: 'One side only', 'zh-CN': '仅单边记录' },
};
