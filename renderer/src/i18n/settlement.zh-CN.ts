import type { settlementEn } from './settlement.en.ts';

type Leaves<T> = T extends string ? string : { [K in keyof T]: Leaves<T[K]> };

/** 结算核对功能区的中文文案；键与 settlement.en.ts 相同。 */
export const settlementZhCN: Leaves<typeof settlementEn> = {
  title: '结算核对：渠道结算款对银行到账',
  empty: '添加银行对账单（camt.053、MT940、银行 CSV 等）和渠道账单后运行对账：逐个账单日核对结算款是否足额到账。',
  payouts: '按渠道和账单日的结算款',
  channel: '渠道',
  billDate: '账单日',
  expected: '应结算',
  credited: '实际到账',
  difference: '差额',
  status: '状态',
  breakdown: '应结算金额',
  gross: '交易总额',
  refunds: '退款及撤销',
  fees: '净手续费',
  adjustments: '调整',
  statedPayout: '渠道自身的结算记录',
  account: '商户账号',
  bankLine: '银行流水',
  noBankLine: '没有银行入账对应这笔结算款。',
  booked: '记账日',
  amount: '金额',
  counterparty: '对方户名',
  text: '摘要',
  reference: '银行流水号',
  code: '交易代码',
  where: '文件和行号',
  bankEntries: '无结算对应的银行流水',
  outcome: '结果',
  noBankEntries: '每笔银行流水都是渠道结算款。',
  totals: '未知入账 {{bankOnly}} 笔，银行手续费 {{charges}} 笔，其他支出 {{debits}} 笔',
  statuses: { matched: '已到账', short: '少到账', over: '多到账', missing: '未到账' },
  outcomes: { bank_only: '未知入账', bank_charge: '银行手续费', bank_debit_unexplained: '未说明支出' },
};
