// A channel's fund bill written from its trade bill's records, in the documented layouts: Alipay's
// 账务明细 (GBK, '#' preamble and footer, income and expense columns, 账户余额) and WeChat Pay's
// 资金账单 (backtick-prefixed values, 收支类型, 账户结余, a summary block). Every settled trade and
// refund moves the balance, and so does its fee: the bill nets to what the trade bill expects paid out.
import iconv from 'iconv-lite';
import type { CanonicalRecord } from '../core/canonical/record.ts';

export type Movement = {
  kind: 'payment' | 'refund' | 'fee' | 'payout';
  /** Signed as the balance moves. */
  amount_minor: number;
  /** `yyyy-MM-dd HH:mm:ss`, China time. */
  at: string;
  order_ref: string | null;
  business_ref: string;
};

/** Statuses of trade-bill rows that move no money. */
const UNSETTLED = new Set(['failed', 'pending', 'closed']);

/** The balance movements of a trade bill's records: each settled trade or refund, then its fee. */
export function movementsOf(records: readonly CanonicalRecord[]): Movement[] {
  const movements: Movement[] = [];
  for (const record of records) {
    if (UNSETTLED.has(record.status) || record.occurred_at === null) continue;
    const at = record.occurred_at.slice(0, 19).replace('T', ' ');
    const head = { at, order_ref: record.order_ref, business_ref: record.channel_ref ?? record.order_ref ?? '' };
    if (record.kind === 'payment') movements.push({ ...head, kind: 'payment', amount_minor: record.amount_minor });
    else if (record.kind === 'refund' || record.kind === 'reversal')
      movements.push({ ...head, kind: 'refund', amount_minor: record.amount_minor });
    else if (record.kind === 'fee') movements.push({ ...head, kind: 'fee', amount_minor: record.amount_minor });
    else continue;
    if (record.fee_minor) movements.push({ ...head, kind: 'fee', amount_minor: -record.fee_minor });
  }
  return movements;
}

const yuan = (minor: number): string =>
  `${minor < 0 ? '-' : ''}${Math.floor(Math.abs(minor) / 100)}.${String(Math.abs(minor) % 100).padStart(2, '0')}`;

const ALIPAY_TYPES = { payment: '在线支付', refund: '交易退款', fee: '收费', payout: '提现' } as const;

/** Alipay 账务明细 of `date` (`YYYY-MM-DD`), GBK. */
export function alipayFundBill(date: string, movements: readonly Movement[], opening_minor = 1_000_000): Uint8Array {
  const [y, m, d] = date.split('-');
  const next = new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10).split('-');
  const lines = [
    '#支付宝账务明细查询',
    '#账号：[20885073641058340156]',
    `#起始日期：[${y}年${m}月${d}日 00:00:00]   终止日期：[${next[0]}年${next[1]}月${next[2]}日 00:00:00]`,
    '#-----------------------------------------账务明细列表----------------------------------------',
    '账务流水号,业务流水号,商户订单号,商品名称,发生时间,对方账号,收入金额（+元）,支出金额（-元）,账户余额（元）,交易渠道,业务类型,备注',
  ];
  let balance = opening_minor;
  const income = { count: 0, sum: 0 };
  const expense = { count: 0, sum: 0 };
  movements.forEach((movement, index) => {
    balance += movement.amount_minor;
    const totals = movement.amount_minor >= 0 ? income : expense;
    totals.count += 1;
    totals.sum += movement.amount_minor;
    const [incomeCell, expenseCell] =
      movement.amount_minor >= 0 ? [yuan(movement.amount_minor), '0.00'] : ['0.00', yuan(movement.amount_minor)];
    const flow = `${date.replaceAll('-', '')}0100${String(index + 1).padStart(8, '0')}`;
    const counterparty = movement.kind === 'payment' ? '顾客' : '支付宝（中国）网络技术有限公司';
    lines.push(
      [
        `${flow}\t`,
        `${movement.business_ref}\t`,
        `${movement.order_ref ?? ''}\t`,
        '\t',
        movement.at,
        `${counterparty}\t`,
        incomeCell,
        expenseCell,
        yuan(balance),
        '支付宝',
        ALIPAY_TYPES[movement.kind],
        '',
      ].join(','),
    );
  });
  lines.push(
    '#-----------------------------------------账务明细列表结束------------------------------------',
    `#支出合计：${expense.count}笔，共${yuan(expense.sum)}元`,
    `#收入合计：${income.count}笔，共${yuan(income.sum)}元`,
    `#导出时间：[${next[0]}年${next[1]}月${next[2]}日 09:00:00]`,
  );
  return new Uint8Array(iconv.encode(`${lines.join('\r\n')}\r\n`, 'gbk'));
}

const WECHAT_TYPES = { payment: '交易', refund: '退款', fee: '扣除交易手续费', payout: '提现' } as const;

/** WeChat Pay 资金账单 (UTF-8). A fee given back (positive) is 退回交易手续费. */
export function wechatFundBill(movements: readonly Movement[], opening_minor = 500_000): Uint8Array {
  const lines = [
    '记账时间,微信支付业务单号,资金流水单号,业务名称,业务类型,收支类型,收支金额(元),账户结余(元),资金变更提交申请人,备注,业务凭证号',
  ];
  let balance = opening_minor;
  const income = { count: 0, sum: 0 };
  const expense = { count: 0, sum: 0 };
  movements.forEach((movement, index) => {
    balance += movement.amount_minor;
    const incoming = movement.amount_minor >= 0;
    const totals = incoming ? income : expense;
    totals.count += 1;
    totals.sum += Math.abs(movement.amount_minor);
    const type = movement.kind === 'fee' && incoming ? '退回交易手续费' : WECHAT_TYPES[movement.kind];
    const cells = [
      movement.at,
      movement.business_ref,
      `1316365573${movement.at.slice(0, 10).replaceAll('-', '')}${String(index + 1).padStart(10, '0')}`,
      movement.kind === 'payout' ? '提现' : '微信支付',
      type,
      incoming ? '收入' : '支出',
      yuan(Math.abs(movement.amount_minor)),
      yuan(balance),
      'system',
      '',
      movement.order_ref ?? '',
    ];
    lines.push(cells.map((cell) => `\`${cell}`).join(','));
  });
  lines.push(
    '资金流水总笔数,收入笔数,收入金额,支出笔数,支出金额',
    [`${movements.length}.0`, `${income.count}.0`, yuan(income.sum), `${expense.count}.0`, yuan(expense.sum)]
      .map((cell) => `\`${cell}`)
      .join(','),
  );
  return new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);
}
