import { describe, expect, it } from 'vitest';
import type { CategoryCode } from './categories.ts';
import { counts, findingOf, reconcile, type Day } from './test-days.ts';

/** The finding's pair or group as `side:amount` items, book first. */
const groupOf = (finding: { group?: { side: string; amount_minor: number }[] }) =>
  (finding.group ?? []).map((r) => `${r.side}:${r.amount_minor}`);

async function oneOrder(day: Day, category: CategoryCode, order: string) {
  const { handlers, run } = await reconcile(day);
  return { run, finding: await findingOf(handlers, run, category, order) };
}

describe('matching rules on one key', () => {
  it('matches two trades that together make up the order as a split payment', async () => {
    const { run } = await reconcile({
      orders: [{ no: 'S1', cents: 10000 }],
      wechat: [
        { order: 'S1', cents: 6000, txn: '4201' },
        { order: 'S1', cents: 4000, txn: '4202' },
      ],
    });
    expect(counts(run)).toEqual({ matched: 1 });
    expect(run.categories.matched.amount_minor).toBe(10000);
    expect(run.categories.duplicate_charge.count).toBe(0);
  });

  it('counts a trade repeating the matched amount as a duplicate charge of the extra amount', async () => {
    const { run, finding } = await oneOrder(
      {
        orders: [{ no: 'D1', cents: 5000 }],
        wechat: [
          { order: 'D1', cents: 5000, txn: '4201' },
          { order: 'D1', cents: 5000, txn: '4202' },
        ],
      },
      'duplicate_charge',
      'D1',
    );
    expect(counts(run)).toEqual({ duplicate_charge: 1 });
    expect(finding.amount_minor).toBe(5000);
    expect(finding.match_rule).toBe('duplicate');
    expect(groupOf(finding)).toEqual(['book:5000', 'statement:5000', 'statement:5000']);
  });

  it('counts two trades of the same amount as a duplicate charge even when neither is the order amount', async () => {
    const { run } = await reconcile({
      orders: [{ no: 'D2', cents: 5000 }],
      wechat: [
        { order: 'D2', cents: 4900, txn: '4201' },
        { order: 'D2', cents: 4900, txn: '4202' },
      ],
    });
    expect(counts(run)).toEqual({ duplicate_charge: 1 });
    expect(run.categories.duplicate_charge.amount_minor).toBe(4800);
  });

  it('leaves trades open as ambiguous when several subsets make up the order amount', async () => {
    const { run, finding } = await oneOrder(
      {
        orders: [{ no: 'A1', cents: 2000 }],
        wechat: [
          { order: 'A1', cents: 1000, txn: '4201' },
          { order: 'A1', cents: 1000, txn: '4202' },
          { order: 'A1', cents: 1000, txn: '4203' },
        ],
      },
      'ambiguous',
      'A1',
    );
    expect(counts(run)).toEqual({ ambiguous: 1 });
    expect(finding.match_rule).toBe('ambiguous');
    expect(finding.rule).toContain('none is taken');
  });

  it('flags an order exported twice with the same content as a book duplicate, not an amount mismatch', async () => {
    const { run, finding } = await oneOrder(
      {
        orders: [
          { no: 'B1', cents: 3000 },
          { no: 'B1', cents: 3000 },
        ],
        wechat: [{ order: 'B1', cents: 3000 }],
      },
      'book_duplicate',
      'B1',
    );
    expect(counts(run)).toEqual({ book_duplicate: 1 });
    expect(run.categories.book_duplicate.amount_minor).toBe(3000);
    expect(groupOf(finding)).toEqual(['book:3000', 'book:3000', 'statement:3000']);
    expect(run.completeness?.holds).toBe(true);
  });

  it('reports a refund with no original trade as its own finding', async () => {
    const { run, finding } = await oneOrder(
      {
        orders: [{ no: 'K1', cents: 100 }],
        wechat: [
          { order: 'K1', cents: 100 },
          { order: 'R9', cents: 700, status: 'REFUND' },
        ],
      },
      'statement_only',
      'R9',
    );
    expect(counts(run)).toEqual({ matched: 1, statement_only: 1 });
    expect(finding.match_rule).toBe('refund_without_original');
    expect(finding.rule).toBe('statement refund; no original payment on either side');
    expect(run.categories).not.toHaveProperty('refund_without_original');
    expect(finding.amount_minor).toBe(-700);
    expect(finding.statement?.refund_minor).toBe(700);
  });

  it('sums partial refunds against the order refund', async () => {
    const { run } = await reconcile({
      orders: [{ no: 'P1', cents: 10000, status: 'REFUNDED', refundCents: 3000 }],
      wechat: [
        { order: 'P1', cents: 10000, txn: '4201' },
        { order: 'P1', cents: 1000, status: 'REFUND', txn: '4201' },
        { order: 'P1', cents: 2000, status: 'REFUND', txn: '4201' },
      ],
    });
    expect(counts(run)).toEqual({ refund_matched: 1 });
    expect(run.categories.refund_matched.amount_minor).toBe(3000);
  });
});

describe('matching across channels (gateway failover)', () => {
  const other = { order: 'X0', cents: 100 };
  it('matches an order booked on Alipay and paid on WeChat as channel_switched, counted on WeChat', async () => {
    const { run } = await reconcile({
      orders: [
        { no: 'X0', cents: 100, channel: 'alipay' },
        { no: 'C1', cents: 4200, channel: 'alipay' },
      ],
      alipay: [other],
      wechat: [{ order: 'C1', cents: 4200 }],
    });
    expect(counts(run)).toEqual({ matched: 1, channel_switched: 1 });
    expect(run.categories.channel_switched.by_source.wechat).toEqual({ count: 1, amount_minor: 4200 });
    expect(run.categories.book_only.count + run.categories.statement_only.count).toBe(0);
    expect(run.completeness?.holds).toBe(true);
  });

  it('counts an order paid on both channels as a duplicate charge on the second channel', async () => {
    const { run, finding } = await oneOrder(
      {
        orders: [{ no: 'C2', cents: 4053, channel: 'alipay' }],
        alipay: [{ order: 'C2', cents: 4053 }],
        wechat: [{ order: 'C2', cents: 4053 }],
      },
      'duplicate_charge',
      'C2',
    );
    expect(counts(run)).toEqual({ duplicate_charge: 1 });
    expect(finding.source).toBe('wechat');
    expect(finding.amount_minor).toBe(4053);
    expect(finding.match_rule).toBe('cross_channel');
    expect(finding.rule).toBe('book paid once on alipay; paid again on wechat');
    expect(groupOf(finding)).toEqual(['book:4053', 'statement:4053', 'statement:4053']);
  });

  it('flags a fallback payment whose callback was lost as paid, not notified, on the channel that carried it', async () => {
    const { run, finding } = await oneOrder(
      {
        orders: [
          { no: 'X0', cents: 100, channel: 'alipay' },
          { no: 'C3', cents: 2250, channel: 'alipay', status: 'PENDING' },
        ],
        alipay: [other],
        wechat: [{ order: 'C3', cents: 2250 }],
      },
      'paid_not_notified',
      'C3',
    );
    expect(counts(run)).toEqual({ matched: 1, paid_not_notified: 1 });
    expect(finding.source).toBe('wechat');
    expect(run.categories.unpaid.count).toBe(0);
  });
});

describe('tolerances per source', () => {
  const day = (cents: number[]): Day => ({
    orders: cents.map((_, i) => ({ no: `T${i}`, cents: 10100 })),
    wechat: cents.map((c, i) => ({ order: `T${i}`, cents: c })),
  });

  it('matches a relative tolerance exactly at its half-up limit and flags one minor unit beyond', async () => {
    // 0.5 % of 101.00 is 0.505, rounded half-up to 0.51.
    const { run } = await reconcile(day([10151, 10049, 10152, 10048]), { tolerances: { '*': { ppm: 5000 } } });
    expect(counts(run)).toEqual({ matched: 2, amount_mismatch: 2 });
    expect(run.categories.amount_mismatch.amount_minor).toBe(52 - 52); // +0.52 and −0.52
  });

  it("takes a source's own tolerance before the plain one", async () => {
    const parameters = { amountToleranceMinor: 0, tolerances: { wechat: { minor: 5 } } };
    const { run } = await reconcile(day([10105, 10095, 10106]), parameters);
    expect(counts(run)).toEqual({ matched: 2, amount_mismatch: 1 });
    const other = await reconcile(day([10105]), { tolerances: { alipay: { minor: 5 } } });
    expect(counts(other.run)).toEqual({ amount_mismatch: 1 });
  });
});
