import fc from 'fast-check';
import initSqlJs from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { reconcile, counts, findings, findingOf, CONTEXT, type Day } from './test-days.ts';
import { ordersFile } from './test-files.ts';
import type { FeeFinding, RunSummary } from './types.ts';
import type { CategoryCode } from './categories.ts';
import type { EngineHandlers } from '../rpc/contract.ts';

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
    expect(finding.statement?.sources).toEqual([
      { file: 'wechat.csv', line: 3, member: null, raw: expect.stringContaining('SO-AMOUNT') },
    ]);
    expect(finding.statement?.sources?.[0]?.raw).toContain('99.50');
    const saved = new (await initSqlJs()).Database(await handlers['workspace/export']({}, CONTEXT));
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
