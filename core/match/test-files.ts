import { CANONICAL_COLUMN_NAMES } from '../convert/columns.ts';

// Test helpers. Tiny hand-made files: an order export and WeChat / Alipay bills, built as text with
// the header lines of the files in samples/, and canonical book files. Amounts are given in cents.

/** The header lines of the files in samples/. */
const ORDERS_HEADER =
  'order_no,channel,channel_txn_no,amount,currency,status,created_at,paid_at,customer_id,refund_amount';
const WECHAT_HEADER =
  '交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态,付款银行,货币种类,应结订单金额,代金券金额,微信退款单号,商户退款单号,退款金额,充值券退款金额,退款类型,退款状态,商品名称,商户数据包,手续费,费率,订单金额,申请退款金额,费率备注';
const ALIPAY_HEADER =
  '支付宝交易号,商户订单号,业务类型,商品名称,创建时间,完成时间,门店编号,门店名称,操作员,终端号,对方账户,订单金额（元）,商家实收（元）,支付宝红包（元）,集分宝（元）,支付宝优惠（元）,商家优惠（元）,券核销金额（元）,券名称,商家红包消费金额（元）,卡消费金额（元）,退款批次号/请求号,服务费（元）,分润（元）,备注';
export const DAY = '2024-03-15';

/** Cents as statement text: 10050 → "100.50", -6 → "-0.06". */
export const money = (cents: number, decimals = 2): string => {
  const abs = Math.abs(cents);
  const text = `${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}${'0'.repeat(decimals - 2)}`;
  return cents < 0 ? `-${text}` : text;
};
/** The channel's 0.6 % fee, half-up: what a correct statement states. */
export const fee = (cents: number): number => Math.sign(cents) * Math.floor((Math.abs(cents) * 6 + 500) / 1000);

export type Order = {
  no: string;
  cents: number;
  status?: 'PAID' | 'PENDING' | 'REFUNDED' | 'CLOSED' | 'FAILED';
  currency?: string;
  paidAt?: string;
  /** The day it was paid (default the bill's day, DAY). */
  paidOn?: string;
  refundCents?: number;
  channel?: string;
};

export const ordersFile = (orders: Order[]): string =>
  [
    ORDERS_HEADER,
    ...orders.map((o) => {
      const status = o.status ?? 'PAID';
      const paid = status === 'PENDING' || status === 'CLOSED' ? '' : `${o.paidOn ?? DAY} ${o.paidAt ?? '10:00:00'}`;
      const txn = paid ? `T${o.no}` : '';
      return [
        o.no,
        o.channel ?? 'wechat',
        txn,
        money(o.cents),
        o.currency ?? 'CNY',
        status,
        `${DAY} 09:00:00`,
        paid,
        'C001',
        money(o.refundCents ?? 0),
      ].join(',');
    }),
  ].join('\n') + '\n';

export type WechatRow = {
  order: string;
  cents: number;
  status?: 'SUCCESS' | 'REFUND' | 'REVOKED';
  currency?: string;
  time?: string;
  feeCents?: number;
  txn?: string;
  /** A refund row's 商户退款单号 (default RF + the order number). */
  refundRef?: string;
};

/** A WeChat bill with its summary block, whose figures agree with the rows. */
export function wechatFile(rows: WechatRow[]): string {
  const totals = { settled: 0, refunded: 0, fees: 0, ordered: 0 };
  const lines = rows.map((r, index) => {
    const status = r.status ?? 'SUCCESS';
    const payment = status === 'SUCCESS';
    const feeCents = r.feeCents ?? fee(payment ? r.cents : -r.cents);
    const settled = payment ? r.cents : 0;
    const refunded = payment ? 0 : r.cents;
    totals.settled += settled;
    totals.refunded += refunded;
    totals.fees += feeCents;
    totals.ordered += settled;
    const cells = [
      `${DAY} ${r.time ?? '10:00:05'}`,
      'wx1fd65362c53226ed',
      '1316365573',
      '0',
      '',
      r.txn ?? `42000${r.order}`,
      r.order,
      'oUser',
      'JSAPI',
      status,
      'CMB_DEBIT',
      r.currency ?? 'CNY',
      money(settled),
      '0.00',
      payment ? '0' : `5032${index}`,
      payment ? '0' : (r.refundRef ?? `RF${r.order}`),
      money(refunded),
      '0.00',
      payment ? '' : 'ORIGINAL',
      payment ? '' : 'SUCCESS',
      '咖啡拿铁大杯',
      '',
      money(feeCents, 5),
      '0.60%',
      money(settled),
      money(refunded),
      '',
    ];
    return cells.map((cell) => `\`${cell}`).join(',');
  });
  const summary = [
    rows.length,
    money(totals.settled),
    money(totals.refunded),
    '0.00',
    money(totals.fees, 5),
    money(totals.ordered),
    money(totals.refunded),
  ];
  return (
    [
      WECHAT_HEADER,
      ...lines,
      '总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额',
      summary.map((v) => `\`${v}`).join(','),
    ].join('\r\n') + '\r\n'
  );
}

/** An Alipay bill (payments only) with its preamble and footer. */
export function alipayFile(rows: { order: string; cents: number }[]): string {
  const total = rows.reduce((sum, r) => sum + r.cents, 0);
  return (
    [
      '#支付宝业务明细查询',
      '#账号：[20885073641058340156]',
      '#起始日期：[2024年03月15日 00:00:00]   终止日期：[2024年03月16日 00:00:00]',
      '#-----------------------------------------业务明细列表----------------------------------------',
      ALIPAY_HEADER,
      ...rows.map((r) =>
        [
          `2024031522${r.order}\t`,
          `${r.order}\t`,
          '交易\t',
          '洗衣服务',
          `${DAY} 10:00:00`,
          `${DAY} 10:00:01`,
          '\t',
          '\t',
          '\t',
          '\t',
          '**林\t',
          money(r.cents),
          money(r.cents),
          '0.00',
          '0.00',
          '0.00',
          '0.00',
          '0.00',
          '',
          '0.00\t',
          '0.00',
          '\t',
          money(-fee(r.cents)),
          '0.00',
          '',
        ].join(','),
      ),
      '#-----------------------------------------业务明细列表结束------------------------------------',
      `#交易合计：${rows.length}笔，商家实收共${money(total)}元，商家优惠共0.00元`,
      '#退款合计：0笔，商家实收退款共0.00元，商家优惠退款共0.00元',
      '#导出时间：[2024年03月16日 07:06:09]',
    ].join('\r\n') + '\r\n'
  );
}

/** One record of a canonical book file (the converter's CSV layout): a payment or a refund. */
export type CanonicalBookRow = {
  kind: 'payment' | 'refund';
  order: string;
  cents: number;
  status: 'succeeded' | 'refunded' | 'pending';
  channelRef?: string;
  refundRef?: string;
  source?: string;
};

/** A canonical book file, as ReconDesk's converter writes it. */
export const canonicalBookFile = (rows: CanonicalBookRow[]): string =>
  [
    CANONICAL_COLUMN_NAMES.join(','),
    ...rows.map((r, index) => {
      const cells: Record<string, string> = {
        side: 'book',
        source: r.source ?? 'wechat',
        kind: r.kind,
        order_ref: r.order,
        channel_ref: r.channelRef ?? '',
        refund_ref: r.refundRef ?? '',
        amount: money(r.cents),
        amount_minor: String(r.cents),
        currency: 'CNY',
        status: r.status,
        occurred_at: `${DAY}T10:00:00+08:00`,
        trace_file: 'shop.csv',
        trace_line: String(index + 2),
        trace_profile_id: 'shop',
        trace_profile_version: '1',
      };
      return CANONICAL_COLUMN_NAMES.map((name) => cells[name] ?? '').join(',');
    }),
  ].join('\n') + '\n';
