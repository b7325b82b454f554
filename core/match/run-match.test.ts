import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { bytesSource } from '../import/types.ts';
import type { EngineHandlers, FindingsQuery, HandlerContext } from '../rpc/contract.ts';
import { createHandlers } from '../rpc/handlers.ts';
import type { CategoryCode } from './categories.ts';
import type { FeeFinding, Finding, RunParameters, RunSummary } from './types.ts';

// Tiny hand-made days: an order export and WeChat / Alipay bills, built as text with the
// header lines of the files in samples/. Amounts are given in cents.

const SAMPLES = path.resolve(import.meta.dirname, '../../samples');
const firstLine = (name: string): string => fs.readFileSync(path.join(SAMPLES, name), 'utf8').split(/\r?\n/)[0] ?? '';
const ORDERS_HEADER = firstLine('orders.csv');
const WECHAT_HEADER = firstLine('wechat.csv');
const ALIPAY_HEADER =
  '支付宝交易号,商户订单号,业务类型,商品名称,创建时间,完成时间,门店编号,门店名称,操作员,终端号,对方账户,订单金额（元）,商家实收（元）,支付宝红包（元）,集分宝（元）,支付宝优惠（元）,商家优惠（元）,券核销金额（元）,券名称,商家红包消费金额（元）,卡消费金额（元）,退款批次号/请求号,服务费（元）,分润（元）,备注';
const CONTEXT: HandlerContext = { progress: () => {}, cancelled: () => false };
const DAY = '2024-03-15';

/** Cents as statement text: 10050 → "100.50", -6 → "-0.06". */
const money = (cents: number, decimals = 2): string => {
  const abs = Math.abs(cents);
  const text = `${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}${'0'.repeat(decimals - 2)}`;
  return cents < 0 ? `-${text}` : text;
};
/** The channel's 0.6 % fee, half-up: what a correct statement states. */
const fee = (cents: number): number => Math.sign(cents) * Math.floor((Math.abs(cents) * 6 + 500) / 1000);

type Order = {
  no: string;
  cents: number;
  status?: 'PAID' | 'PENDING' | 'REFUNDED' | 'CLOSED' | 'FAILED';
  currency?: string;
  paidAt?: string;
  refundCents?: number;
  channel?: string;
};

const ordersFile = (orders: Order[]): string =>
  [
    ORDERS_HEADER,
    ...orders.map((o) => {
      const status = o.status ?? 'PAID';
      const paid = status === 'PENDING' || status === 'CLOSED' ? '' : `${DAY} ${o.paidAt ?? '10:00:00'}`;
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

type WechatRow = {
  order: string;
  cents: number;
  status?: 'SUCCESS' | 'REFUND' | 'REVOKED';
  currency?: string;
  time?: string;
  feeCents?: number;
  txn?: string;
};

/** A WeChat bill with its summary block, whose figures agree with the rows. */
function wechatFile(rows: WechatRow[]): string {
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
      payment ? '0' : `RF${r.order}`,
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
function alipayFile(rows: { order: string; cents: number }[]): string {
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

let sqlJs: SqlJsStatic;
beforeAll(async () => {
  sqlJs = await initSqlJs();
});

type Day = { orders: Order[]; wechat?: WechatRow[]; alipay?: { order: string; cents: number }[] };

/** Import the day's files into a fresh workspace and reconcile them. */
async function reconcile(
  day: Day,
  parameters: Partial<RunParameters> = {},
): Promise<{ handlers: EngineHandlers; run: RunSummary }> {
  const handlers = createHandlers({ sqlJs, now: () => '2024-03-16T09:00:00+08:00' });
  const files: [string, string][] = [['orders.csv', ordersFile(day.orders)]];
  if (day.wechat) files.push(['wechat.csv', wechatFile(day.wechat)]);
  if (day.alipay) files.push(['alipay.csv', alipayFile(day.alipay)]);
  for (const [name, text] of files) {
    const result = await handlers['import/file']({ file: bytesSource(name, new TextEncoder().encode(text)) }, CONTEXT);
    if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.issues)}`);
    expect(result.value.rejected, `${name} rejected rows: ${JSON.stringify(result.value.rejections)}`).toBe(0);
    // The hand-made bills state control totals that agree with their rows, like real ones.
    expect(result.value.control_status).toBe(name === 'orders.csv' ? 'none' : 'holds');
  }
  const run = await handlers['match/run']({ parameters }, CONTEXT);
  if (!run.ok) throw new Error(JSON.stringify(run.issues));
  return { handlers, run: run.value };
}

/** Non-zero category counts of a run. */
const counts = (run: RunSummary): Partial<Record<CategoryCode, number>> =>
  Object.fromEntries(
    Object.entries(run.categories)
      .filter(([, totals]) => totals.count > 0)
      .map(([code, totals]) => [code, totals.count]),
  );

async function findings(
  handlers: EngineHandlers,
  run: RunSummary,
  category: CategoryCode,
  extra: Partial<FindingsQuery> = {},
) {
  const page = await handlers['findings/list'](
    { run_id: run.run_id, category, offset: 0, limit: 100, ...extra },
    CONTEXT,
  );
  return { total: page.total, rows: page.rows as Finding[] };
}

/** The single finding of an order, with its category. */
async function findingOf(
  handlers: EngineHandlers,
  run: RunSummary,
  category: CategoryCode,
  order: string,
): Promise<Finding> {
  const { rows } = await findings(handlers, run, category, { search: order });
  expect(rows.map((f) => f.order_ref)).toEqual([order]);
  return rows[0] as Finding;
}

describe('runMatch: one category per order', () => {
  const day: Day = {
    orders: [
      { no: 'SO-MATCHED', cents: 10000 },
      { no: 'SO-AMOUNT', cents: 10000 },
      { no: 'SO-DUPLICATE', cents: 10000 },
      { no: 'SO-NOTIFY', cents: 8800, status: 'PENDING' },
      { no: 'SO-REFUND-OK', cents: 3000, status: 'REFUNDED', refundCents: 3000 },
      { no: 'SO-REFUND-BAD', cents: 4000, status: 'REFUNDED', refundCents: 4000 },
      { no: 'SO-REVOKED', cents: 2000, status: 'CLOSED' },
      { no: 'SO-STATUS', cents: 2500 },
      { no: 'SO-CURRENCY', cents: 1000, currency: 'USD' },
      { no: 'SO-UNPAID', cents: 1200, status: 'PENDING' },
      { no: 'SO-CLOSED', cents: 1300, status: 'CLOSED' },
      { no: 'SO-BOOK-ONLY', cents: 5500, paidAt: '12:00:00' },
    ],
    wechat: [
      { order: 'SO-MATCHED', cents: 10000 },
      { order: 'SO-AMOUNT', cents: 9950 },
      { order: 'SO-DUPLICATE', cents: 10000, txn: '4200001' },
      { order: 'SO-DUPLICATE', cents: 10000, txn: '4200002', time: '10:00:09' },
      { order: 'SO-NOTIFY', cents: 8800 },
      { order: 'SO-STATEMENT-ONLY', cents: 6600 },
      { order: 'SO-REFUND-OK', cents: 3000 },
      { order: 'SO-REFUND-OK', cents: 3000, status: 'REFUND', time: '11:00:00' },
      { order: 'SO-REFUND-BAD', cents: 4000 },
      { order: 'SO-REFUND-BAD', cents: 3500, status: 'REFUND', time: '11:00:00' },
      { order: 'SO-REVOKED', cents: 2000 },
      { order: 'SO-REVOKED', cents: 2000, status: 'REVOKED', time: '10:01:00' },
      { order: 'SO-STATUS', cents: 2500 },
      { order: 'SO-STATUS', cents: 2500, status: 'REVOKED', time: '10:01:00' },
      { order: 'SO-CURRENCY', cents: 1000 },
    ],
  };
  let handlers: EngineHandlers;
  let run: RunSummary;
  beforeAll(async () => {
    ({ handlers, run } = await reconcile(day));
  });

  it('puts each order in exactly one category', () => {
    expect(counts(run)).toEqual({
      matched: 1,
      amount_mismatch: 1,
      duplicate_charge: 1,
      paid_not_notified: 1,
      statement_only: 1,
      book_only: 1,
      refund_matched: 1,
      refund_mismatch: 1,
      revoked: 1,
      status_mismatch: 1,
      currency_mismatch: 1,
      unpaid: 1,
      closed: 1,
    });
    expect(run.currency).toBe('CNY');
  });

  it('names the imports it reconciled', async () => {
    const imported = await handlers['import/list']({}, { progress: () => {}, cancelled: () => false });
    expect(run.import_ids).toEqual(imported.map((summary) => summary.import_id));
    expect(run.import_ids.length).toBeGreaterThanOrEqual(2);
  });

  it('gives each category the amount its rule states', () => {
    const amount = (code: CategoryCode) => run.categories[code].amount_minor;
    expect(amount('matched')).toBe(10000); // book amount
    expect(amount('amount_mismatch')).toBe(-50); // statement − book
    expect(amount('duplicate_charge')).toBe(10000); // the extra charge
    expect(amount('paid_not_notified')).toBe(8800); // statement amount
    expect(amount('statement_only')).toBe(6600);
    expect(amount('book_only')).toBe(5500);
    expect(amount('refund_matched')).toBe(3000);
    expect(amount('refund_mismatch')).toBe(-500); // statement refunds − book refund
    expect(amount('revoked')).toBe(2000);
    expect(amount('status_mismatch')).toBe(2500); // book amount
    expect(amount('unpaid')).toBe(1200);
    expect(amount('closed')).toBe(1300);
    expect(run.categories.matched.by_source.wechat).toEqual({ count: 1, amount_minor: 10000 });
  });

  it('never adds a USD amount into the CNY totals, but lists it with its currency', async () => {
    expect(run.categories.currency_mismatch).toMatchObject({ count: 1, amount_minor: 0 });
    const finding = await findingOf(handlers, run, 'currency_mismatch', 'SO-CURRENCY');
    expect(finding).toMatchObject({
      amount_minor: 1000,
      currency: 'USD',
      rule: 'book in USD; statement in CNY',
      differing: ['currency'],
    });
  });

  it('explains an amount mismatch with both sides and where they came from', async () => {
    const finding = await findingOf(handlers, run, 'amount_mismatch', 'SO-AMOUNT');
    expect(finding).toMatchObject({
      amount_minor: -50,
      differing: ['amount'],
      book: { amount_minor: 10000, status: 'succeeded', raw_status: 'PAID', file: 'orders.csv', line: 3 },
      statement: { amount_minor: 9950, payments: 1, file: 'wechat.csv', lines: '3' },
    });
  });

  it('shows a duplicate charge with both statement payments', async () => {
    const finding = await findingOf(handlers, run, 'duplicate_charge', 'SO-DUPLICATE');
    expect(finding).toMatchObject({
      amount_minor: 10000,
      rule: 'book paid once; 2 statement payments',
      statement: { payments: 2, amount_minor: 20000, fee_minor: 120, lines: '4,5', file: 'wechat.csv' },
    });
    expect(finding.statement?.channel_refs.split(',').sort()).toEqual(['4200001', '4200002']);
    expect(finding.statement?.occurred_at).toBe('2024-03-15T10:00:05+08:00');
  });

  it('flags a PENDING book order paid on the statement as paid, not notified', async () => {
    const finding = await findingOf(handlers, run, 'paid_not_notified', 'SO-NOTIFY');
    expect(finding).toMatchObject({
      amount_minor: 8800,
      rule: 'statement payment succeeded; book pending',
      differing: ['status'],
    });
  });

  it('lists statement-only and book-only orders with the side that is missing left empty', async () => {
    expect(await findingOf(handlers, run, 'statement_only', 'SO-STATEMENT-ONLY')).toMatchObject({
      book: null,
      differing: ['presence'],
    });
    expect(await findingOf(handlers, run, 'book_only', 'SO-BOOK-ONLY')).toMatchObject({
      statement: null,
      amount_minor: 5500,
    });
  });

  it('lists the informational outcomes too, each key with both sides and where they came from', async () => {
    for (const code of ['matched', 'refund_matched', 'revoked', 'unpaid', 'closed'] as const) {
      const page = await findings(handlers, run, code);
      expect(page.total, code).toBe(1);
      expect(page.rows[0]?.amount_minor, code).toBe(run.categories[code].amount_minor);
    }
    expect(await findingOf(handlers, run, 'matched', 'SO-MATCHED')).toMatchObject({
      amount_minor: 10000,
      differing: [],
      book: { amount_minor: 10000, status: 'succeeded', file: 'orders.csv', line: 2 },
      statement: { amount_minor: 10000, payments: 1, file: 'wechat.csv', lines: '2' },
    });
    expect((await findings(handlers, run, 'unpaid')).rows[0]).toMatchObject({
      order_ref: 'SO-UNPAID',
      statement: null,
    });
  });

  it('shows each side of an exception as its file has the row, and keeps no source text of matched records', async () => {
    const finding = await findingOf(handlers, run, 'amount_mismatch', 'SO-AMOUNT');
    expect(finding.book?.raw).toBe(ordersFile(day.orders).split('\n')[2]);
    expect(finding.book?.member).toBeNull();
    expect(finding.statement?.sources).toEqual([{ line: 3, member: null, raw: expect.stringContaining('SO-AMOUNT') }]);
    expect(finding.statement?.sources?.[0]?.raw).toContain('99.50');
    const saved = new sqlJs.Database(await handlers['workspace/export']({}, CONTEXT));
    const kept = (sql: string) => Number(saved.exec(sql)[0]?.values[0]?.[0]);
    // Matched, refund matched, unpaid, closed and revoked records were reconciled: their text is gone.
    const sourcesOf = (order: string) =>
      kept(`SELECT count(*) FROM record_source s JOIN record r ON r.id = s.record_id WHERE r.order_ref = '${order}'`);
    expect(sourcesOf('SO-MATCHED')).toBe(0);
    expect(sourcesOf('SO-UNPAID')).toBe(0);
    expect(sourcesOf('SO-AMOUNT')).toBe(2);
    expect(sourcesOf('SO-DUPLICATE')).toBe(3);
    saved.close();
  });
});

describe('runMatch: the cross-day window', () => {
  const lateOrders = (times: string[]): Day => ({
    orders: [
      { no: 'SO-ON-STATEMENT', cents: 100 },
      ...times.map((paidAt) => ({ no: `SO-${paidAt}`, cents: 700, paidAt })),
    ],
    wechat: [{ order: 'SO-ON-STATEMENT', cents: 100 }],
  });

  it('keeps a payment from the last 60 s of the day pending, and one a second earlier book-only', async () => {
    const { handlers, run } = await reconcile(lateOrders(['23:58:59', '23:59:00', '23:59:59']));
    expect(counts(run)).toEqual({ matched: 1, book_only: 1, pending_cross_day: 2 });
    expect((await findings(handlers, run, 'book_only')).rows.map((f) => f.order_ref)).toEqual(['SO-23:58:59']);
    expect(run.statement_days.wechat).toEqual({
      start: '2024-03-15T00:00:00+08:00',
      end: '2024-03-16T00:00:00+08:00',
      cross_day_from: '2024-03-15T23:59:00+08:00',
    });
  });

  it('widens the window with crossDayWindowSeconds 120', async () => {
    const { handlers, run } = await reconcile(lateOrders(['23:57:59', '23:58:00']), { crossDayWindowSeconds: 120 });
    expect(counts(run)).toEqual({ matched: 1, book_only: 1, pending_cross_day: 1 });
    expect((await findings(handlers, run, 'pending_cross_day')).rows.map((f) => f.order_ref)).toEqual(['SO-23:58:00']);
  });
});

describe('runMatch: amount tolerance', () => {
  const day: Day = {
    orders: [
      { no: 'SO-AT-LIMIT', cents: 10000 },
      { no: 'SO-OVER', cents: 10000 },
      { no: 'SO-UNDER-LIMIT', cents: 10000 },
    ],
    wechat: [
      { order: 'SO-AT-LIMIT', cents: 10005 },
      { order: 'SO-OVER', cents: 10006 },
      { order: 'SO-UNDER-LIMIT', cents: 9995 },
    ],
  };

  it('matches differences up to the tolerance and flags one minor unit over', async () => {
    const { handlers, run } = await reconcile(day, { amountToleranceMinor: 5 });
    expect(counts(run)).toEqual({ matched: 2, amount_mismatch: 1 });
    expect(await findingOf(handlers, run, 'amount_mismatch', 'SO-OVER')).toMatchObject({ amount_minor: 6 });
  });

  it('matches only exact amounts without a tolerance', async () => {
    const { run } = await reconcile(day);
    expect(counts(run)).toEqual({ amount_mismatch: 3 });
    expect(run.categories.amount_mismatch.amount_minor).toBe(5 + 6 - 5);
  });
});

describe('runMatch: fees', () => {
  it('counts a WeChat row whose fee is off by 0.01 and lists it with the expected fee', async () => {
    const { handlers, run } = await reconcile({
      orders: [
        { no: 'SO-FEE-OK', cents: 10000 },
        { no: 'SO-FEE-OFF', cents: 10000 },
      ],
      wechat: [
        { order: 'SO-FEE-OK', cents: 10000 },
        { order: 'SO-FEE-OFF', cents: 10000, feeCents: 61 },
      ],
    });
    expect(counts(run)).toEqual({ matched: 2 });
    expect(run.fees.wechat).toEqual({
      rows: 2,
      trade_fee_minor: 121,
      refund_fee_minor: 0,
      net_fee_minor: 121,
      fee_mismatch: 1,
    });
    const page = await handlers['findings/list'](
      { run_id: run.run_id, category: 'fee_mismatch', offset: 0, limit: 10 },
      CONTEXT,
    );
    expect(page.total).toBe(1);
    expect(page.rows as FeeFinding[]).toEqual([
      expect.objectContaining({
        order_ref: 'SO-FEE-OFF',
        fee_minor: 61,
        expected_fee_minor: 60,
        rate_ppm: 6000,
        amount_minor: 10000,
        file: 'wechat.csv',
        line: 3,
      }),
    ]);
  });

  it('checks Alipay service fees against the default 0.6 % rate, half-up', async () => {
    const { run } = await reconcile({
      orders: [
        { no: 'SO-ALI-1', cents: 128800, channel: 'alipay' },
        { no: 'SO-ALI-2', cents: 250, channel: 'alipay' },
      ],
      alipay: [
        { order: 'SO-ALI-1', cents: 128800 },
        { order: 'SO-ALI-2', cents: 250 },
      ],
    });
    expect(counts(run)).toEqual({ matched: 2 });
    expect(run.fees.alipay).toMatchObject({ rows: 2, net_fee_minor: 773 + 2, fee_mismatch: 0 });
  });
});

describe('runMatch: order of rows', () => {
  const day: Day = {
    orders: Array.from({ length: 12 }, (_, i) => ({
      no: `SO-${i}`,
      cents: 1000 + i,
      status: i % 5 === 4 ? ('PENDING' as const) : ('PAID' as const),
      paidAt: i === 7 ? '23:59:30' : '10:00:00',
    })),
    wechat: [
      ...Array.from({ length: 10 }, (_, i) => ({ order: `SO-${i}`, cents: i === 3 ? 999 : 1000 + i })),
      { order: 'SO-2', cents: 1002, txn: 'DUP' },
      { order: 'SO-X', cents: 5000 },
    ].filter((row) => row.order !== 'SO-7'),
  };

  const shuffled = <T>(items: T[], seed: number): T[] => {
    const copy = [...items];
    let state = seed >>> 0 || 1;
    for (let i = copy.length - 1; i > 0; i--) {
      state = (state * 1103515245 + 12345) >>> 0;
      const j = state % (i + 1);
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  };

  it('gives identical categories and fees whatever the order of rows in the files', async () => {
    const { run: reference } = await reconcile(day);
    expect(counts(reference)).toMatchObject({
      duplicate_charge: 1,
      amount_mismatch: 1,
      paid_not_notified: 2,
      statement_only: 1,
    });
    await fc.assert(
      fc.asyncProperty(fc.integer(), fc.integer(), async (bookSeed, statementSeed) => {
        const { run } = await reconcile({
          orders: shuffled(day.orders, bookSeed),
          wechat: shuffled(day.wechat ?? [], statementSeed),
        });
        expect(run.categories).toEqual(reference.categories);
        expect(run.fees).toEqual(reference.fees);
      }),
      { numRuns: 8 },
    );
  });
});

describe('findings/list', () => {
  let handlers: EngineHandlers;
  let run: RunSummary;
  beforeAll(async () => {
    ({ handlers, run } = await reconcile({
      orders: [{ no: 'SO-BOOKED', cents: 100 }],
      wechat: [
        { order: 'SO-BOOKED', cents: 100 },
        ...[5, 3, 1, 4, 2].map((n) => ({ order: `SO-PAGE-${n}`, cents: n * 100, txn: `4200PAGE${n}` })),
        { order: 'SO-OTHER_%', cents: 700, txn: '4200OTHER' },
      ],
    }));
  });

  it('pages through a category in order-reference order, with the total', async () => {
    const first = await findings(handlers, run, 'statement_only', { offset: 0, limit: 2 });
    const last = await findings(handlers, run, 'statement_only', { offset: 4, limit: 2 });
    const beyond = await findings(handlers, run, 'statement_only', { offset: 6, limit: 2 });
    expect(first.total).toBe(6);
    expect(first.rows.map((f) => f.order_ref)).toEqual(['SO-OTHER_%', 'SO-PAGE-1']);
    expect(last.rows.map((f) => f.order_ref)).toEqual(['SO-PAGE-4', 'SO-PAGE-5']);
    expect(beyond).toEqual({ total: 6, rows: [] });
  });

  it('searches order references and channel references, counting only the hits', async () => {
    expect(await findings(handlers, run, 'statement_only', { search: 'page-3' })).toMatchObject({
      total: 1,
      rows: [{ order_ref: 'SO-PAGE-3' }],
    });
    expect(await findings(handlers, run, 'statement_only', { search: '4200PAGE2' })).toMatchObject({
      total: 1,
      rows: [{ order_ref: 'SO-PAGE-2' }],
    });
    expect((await findings(handlers, run, 'statement_only', { search: 'SO-PAGE' })).total).toBe(5);
    expect((await findings(handlers, run, 'statement_only', { search: 'nothing like it' })).total).toBe(0);
  });

  it('treats % and _ in a search as plain characters', async () => {
    expect(await findings(handlers, run, 'statement_only', { search: '_%' })).toMatchObject({
      total: 1,
      rows: [{ order_ref: 'SO-OTHER_%' }],
    });
  });
});
