import type { FundCheckStatus, PayoutStatus } from '../settle/types.ts';
import type { ReportLanguage } from './types.ts';

/** The fixed texts of the Settlement sheet and the Summary's three-way position, in both languages. */
export type SettlementLabels = {
  sheet: string;
  title: (payouts: number) => string;
  position: string;
  positionHeader: readonly string[];
  bankLine: (bankOnly: number, charges: number, debits: number) => string;
  header: readonly string[];
  bankEntriesTitle: string;
  bankHeader: readonly string[];
  status: Record<PayoutStatus, string>;
  outcome: { bank_only: string; bank_charge: string; bank_debit_unexplained: string };
  /** The cross-check of a payout with the channel's fund bill. */
  fundCheck: Record<FundCheckStatus, string>;
  /** The fund-bill movements of the run (outcome `fund_flow`), kept for the cross-check. */
  fundLine: (movements: number, files: string) => string;
};

const EN: SettlementLabels = {
  sheet: 'Settlement',
  title: (payouts) => `Settlement · channel payouts against the bank · ${payouts} payout(s)`,
  position: 'Three-way position: book ↔ channel ↔ bank',
  positionHeader: [
    'Channel',
    'Bill date',
    'Book ↔ channel exceptions',
    'Channel gross',
    'Expected payout',
    'Bank credited',
    'Channel ↔ bank difference',
    'Status',
    'Fund bill',
  ],
  bankLine: (bankOnly, charges, debits) =>
    `Bank entries no payout explains: ${bankOnly} unknown credit(s), ${charges} bank charge(s), ${debits} other debit(s)`,
  header: [
    'Channel',
    'Bill date',
    'Account',
    'Currency',
    'Gross',
    'Refunds',
    'Fees',
    'Adjustments',
    'Expected',
    'Credited',
    'Difference',
    'Status',
    'Bank reference',
    'Bank text',
    'File',
    'Line',
    'Fund bill',
    'Fund bill difference',
  ],
  bankEntriesTitle: 'Bank entries no payout explains',
  bankHeader: [
    'Outcome',
    'Booked',
    'Amount',
    'Currency',
    'Counterparty',
    'Text',
    'Bank reference',
    'Code',
    'File',
    'Line',
  ],
  status: { matched: 'Matched', short: 'Short', over: 'Over', missing: 'Missing' },
  outcome: { bank_only: 'Unknown credit', bank_charge: 'Bank charge', bank_debit_unexplained: 'Unexplained debit' },
  fundCheck: { cross_checked: 'Cross-checked', fund_bill_difference: 'Fund bill differs' },
  fundLine: (movements, files) =>
    `Fund-bill movements kept for the cross-check (fund_flow): ${movements}, from ${files}; never matched to orders`,
};

const ZH: SettlementLabels = {
  sheet: '结算核对',
  title: (payouts) => `结算核对 · 渠道结算款对银行到账 · ${payouts} 笔结算`,
  position: '三方核对：系统 ↔ 渠道 ↔ 银行',
  positionHeader: [
    '渠道',
    '账单日',
    '系统↔渠道差异',
    '渠道交易总额',
    '应结算金额',
    '银行到账',
    '渠道↔银行差额',
    '状态',
    '资金账单',
  ],
  bankLine: (bankOnly, charges, debits) =>
    `无结算对应的银行流水：未知入账 ${bankOnly} 笔，银行手续费 ${charges} 笔，其他支出 ${debits} 笔`,
  header: [
    '渠道',
    '账单日',
    '商户账号',
    '币种',
    '交易总额',
    '退款',
    '手续费',
    '调整',
    '应结算',
    '实际到账',
    '差额',
    '状态',
    '银行流水号',
    '银行摘要',
    '文件',
    '行号',
    '资金账单核对',
    '资金账单差额',
  ],
  bankEntriesTitle: '无结算对应的银行流水',
  bankHeader: ['结果', '记账日', '金额', '币种', '对方户名', '摘要', '银行流水号', '交易代码', '文件', '行号'],
  status: { matched: '已到账', short: '少到账', over: '多到账', missing: '未到账' },
  outcome: { bank_only: '未知入账', bank_charge: '银行手续费', bank_debit_unexplained: '未说明支出' },
  fundCheck: { cross_checked: '已交叉核对', fund_bill_difference: '资金账单不符' },
  fundLine: (movements, files) =>
    `资金账单流水（fund_flow，留作交叉核对，不参与订单匹配）：${movements} 笔，来自 ${files}`,
};

export const settlementLabelsFor = (language: ReportLanguage): SettlementLabels => (language === 'zh-CN' ? ZH : EN);
