import { describe, expect, it } from 'vitest';
import { counts, findingOf, findings, reconcile, type Day } from './test-days.ts';

/** Orders whose WeChat payments lost or garbled their order number; each order export row carries T + its number as channel_txn_no. */
const day = (wechatMatchKeys?: Day['wechatMatchKeys']): Day => ({
  orders: [
    { no: 'S1', cents: 5000 },
    { no: 'S2', cents: 6000 },
    { no: 'S3', cents: 7000 },
    { no: 'M1', cents: 100 },
  ],
  wechat: [
    { order: '', cents: 5000, txn: 'TS1' },
    { order: 'S2-WRONG', cents: 6000, txn: 'TS2' },
    { order: '', cents: 6900, txn: 'TS3' },
    { order: 'M1', cents: 100 },
  ],
  ...(wechatMatchKeys ? { wechatMatchKeys } : {}),
});

describe('secondary keys (a profile lists matchKeys)', () => {
  it('leaves the payments one-sided when the profile lists none', async () => {
    const { run } = await reconcile(day());
    expect(counts(run)).toEqual({ matched: 1, book_only: 3, statement_only: 3 });
  });

  it("matches a payment without its order number, or with a wrong one, by the channel's transaction id", async () => {
    const { handlers, run } = await reconcile(day(['channel_ref']));
    expect(counts(run)).toEqual({ matched: 3, amount_mismatch: 1 });
    expect(run.categories.amount_mismatch.amount_minor).toBe(-100);
    for (const order of ['S1', 'S2']) {
      const finding = await findingOf(handlers, run, 'matched', order);
      expect(finding.match_rule).toBe('secondary_key');
      expect(finding.group?.map((r) => `${r.side}:${r.channel_ref}`)).toEqual([
        `book:T${order}`,
        `statement:T${order}`,
      ]);
    }
    const mismatch = await findingOf(handlers, run, 'amount_mismatch', 'S3');
    expect(mismatch.match_rule).toBe('secondary_key');
    expect(mismatch.statement?.amount_minor).toBe(6900);
    expect(run.completeness?.holds).toBe(true);
  });

  it('pairs nothing when two statement payments carry the one transaction id', async () => {
    const { run } = await reconcile({
      orders: [{ no: 'S1', cents: 5000 }],
      wechat: [
        { order: '', cents: 5000, txn: 'TS1' },
        { order: 'X9', cents: 5000, txn: 'TS1' },
      ],
      wechatMatchKeys: ['channel_ref'],
    });
    expect(counts(run)).toEqual({ book_only: 1, statement_only: 2 });
  });

  it('matches a refund without its order number by its refund reference on the book', async () => {
    const paidAndRefunded: Day = {
      orders: [],
      canonicalBook: [
        { kind: 'payment', order: 'R1', cents: 10000, status: 'refunded', channelRef: '4201' },
        { kind: 'refund', order: 'R1', cents: -3000, status: 'succeeded', refundRef: 'RF-77' },
      ],
      wechat: [
        { order: 'R1', cents: 10000, txn: '4201' },
        { order: '', cents: 3000, status: 'REFUND', txn: '4201', refundRef: 'RF-77' },
      ],
    };
    const without = await reconcile(paidAndRefunded);
    expect(counts(without.run)).toEqual({ refund_mismatch: 1, statement_only: 1 });
    const { handlers, run } = await reconcile({ ...paidAndRefunded, wechatMatchKeys: ['refund_ref'] });
    expect(counts(run)).toEqual({ refund_matched: 1 });
    expect(run.categories.refund_matched.amount_minor).toBe(3000);
    const { rows } = await findings(handlers, run, 'refund_matched');
    expect(rows.map((row) => `${row.order_ref}:${row.match_rule}`)).toEqual(['R1:secondary_key']);
    expect(run.completeness?.holds).toBe(true);
  });
});
