import { describe, expect, it } from 'vitest';
import { counts, findingOf, findings, reconcile, type Day } from './test-days.ts';

/** The finding's pair or group as `side:order:amount` items, book first. */
const groupOf = (finding: { group?: { side: string; amount_minor: number; line: number }[] }) =>
  (finding.group ?? []).map((r) => `${r.side}:${r.line}:${r.amount_minor}`);

/** WeChat payments of the bill day (15 March) without an order number, and orders paid days before. */
const keylessDay: Day = {
  orders: [
    { no: 'M1', cents: 100 },
    { no: 'K1', cents: 12345, paidOn: '2024-03-13' },
    { no: 'K2', cents: 5000, paidOn: '2024-03-12' },
  ],
  wechat: [
    { order: 'M1', cents: 100 },
    { order: '', cents: 12345, txn: '4201' },
    { order: '', cents: 5000, txn: '4202' },
  ],
};

describe('matching by amount and date (--date-window)', () => {
  it('leaves keyless payments open with the window off (0), as before', async () => {
    const { run } = await reconcile(keylessDay);
    expect(counts(run)).toEqual({ matched: 1, book_only: 2, statement_only: 2 });
  });

  it('pairs a payment with the open order two days before at a window of 2, and not one three days before', async () => {
    const { handlers, run } = await reconcile(keylessDay, { dateWindowDays: { wechat: 2 } });
    expect(counts(run)).toEqual({ matched: 2, book_only: 1, statement_only: 1 });
    expect(run.categories.matched.amount_minor).toBe(100 + 12345);
    expect(run.categories.book_only.amount_minor).toBe(5000);
    expect(run.categories.statement_only.amount_minor).toBe(5000);
    const matched = await findingOf(handlers, run, 'matched', 'K1');
    expect(matched.match_rule).toBe('amount_date');
    expect(groupOf(matched)).toEqual(['book:3:12345', 'statement:3:12345']);
    expect(run.completeness?.holds).toBe(true);
    const wider = await reconcile(keylessDay, { dateWindowDays: { '*': 3 } });
    expect(counts(wider.run)).toEqual({ matched: 3 });
  });

  it('pairs a payment whose order number the book does not know', async () => {
    const { handlers, run } = await reconcile(
      { orders: [{ no: 'W1', cents: 4200 }], wechat: [{ order: 'ZZ9', cents: 4200 }] },
      { dateWindowDays: { wechat: 1 } },
    );
    expect(counts(run)).toEqual({ matched: 1 });
    expect((await findingOf(handlers, run, 'matched', 'W1')).match_rule).toBe('amount_date');
  });

  it("takes the closest amount within the source's tolerance, and none beyond it", async () => {
    const day: Day = {
      orders: [
        { no: 'A1', cents: 10000 },
        { no: 'A2', cents: 10004 },
      ],
      wechat: [{ order: '', cents: 10003 }],
    };
    const { handlers, run } = await reconcile(day, {
      dateWindowDays: { wechat: 1 },
      tolerances: { wechat: { minor: 5 } },
    });
    expect(counts(run)).toEqual({ matched: 1, book_only: 1 });
    expect((await findingOf(handlers, run, 'matched', 'A2')).match_rule).toBe('amount_date');
    expect((await findings(handlers, run, 'book_only')).rows.map((f) => f.order_ref)).toEqual(['A1']);
    const tight = await reconcile(day, { dateWindowDays: { wechat: 1 }, tolerances: { wechat: { minor: 0 } } });
    expect(counts(tight.run)).toEqual({ book_only: 2, statement_only: 1 });
  });

  it('leaves a payment and two orders that fit it equally open as ambiguous', async () => {
    const { handlers, run } = await reconcile(
      {
        orders: [
          { no: 'T1', cents: 8000 },
          { no: 'T2', cents: 8000, paidOn: '2024-03-14' },
        ],
        wechat: [{ order: '', cents: 8000 }],
      },
      { dateWindowDays: { wechat: 1 } },
    );
    expect(counts(run)).toEqual({ ambiguous: 3 });
    expect(run.categories.ambiguous.amount_minor).toBe(3 * 8000);
    const { rows } = await findings(handlers, run, 'ambiguous');
    const payment = rows.find((row) => row.book === null);
    expect(payment?.match_rule).toBe('ambiguous');
    expect(payment?.rule).toContain('several open book payments fit by amount and date');
    expect(groupOf(payment ?? {})).toEqual(['book:2:8000', 'book:3:8000', 'statement:2:8000']);
    const t1 = await findingOf(handlers, run, 'ambiguous', 'T1');
    expect(groupOf(t1)).toEqual(['book:2:8000', 'statement:2:8000']);
    expect(run.completeness?.holds).toBe(true);
  });

  it('leaves two payments that fit one order equally open as ambiguous', async () => {
    const { run } = await reconcile(
      {
        orders: [{ no: 'T3', cents: 6100 }],
        wechat: [
          { order: '', cents: 6100, txn: '4201' },
          { order: '', cents: 6100, txn: '4202' },
        ],
      },
      { dateWindowDays: { wechat: 1 } },
    );
    expect(counts(run)).toEqual({ ambiguous: 3 });
  });
});
