import { describe, expect, it } from 'vitest';
import { CONTEXT, findingOf, findings, reconcile } from '../match/test-days.ts';

describe('a matched finding names the rule of its group', () => {
  it('gives a split payment its rule and two trades, and a plain match none', async () => {
    const { handlers, run } = await reconcile({
      orders: [
        { no: 'S1', cents: 10000 },
        { no: 'P1', cents: 500 },
      ],
      wechat: [
        { order: 'S1', cents: 6000, txn: '4201' },
        { order: 'S1', cents: 4000, txn: '4202' },
        { order: 'P1', cents: 500, txn: '4203' },
      ],
    });
    const page = await handlers['findings/list'](
      { run_id: run.run_id, category: 'matched', offset: 0, limit: 10 },
      CONTEXT,
    );
    if (page.category === 'fee_mismatch') throw new Error('not a category page');
    const split = page.rows.find((row) => row.order_ref === 'S1');
    expect(split?.match_rule).toBe('split');
    expect(split?.group?.map((r) => `${r.side}:${r.amount_minor}:${r.file}:${r.line}`)).toEqual([
      'book:10000:orders.csv:2',
      'statement:6000:wechat.csv:2',
      'statement:4000:wechat.csv:3',
    ]);
    expect(page.rows.find((row) => row.order_ref === 'P1')?.match_rule).toBeUndefined();
  });
});

describe('a switched channel is listed under the channel that carried the payment', () => {
  it('names the fallback channel, the rule across channels and both records', async () => {
    const { handlers, run } = await reconcile({
      orders: [
        { no: 'X1', cents: 10000, channel: 'alipay' },
        { no: 'A2', cents: 700, channel: 'alipay' },
      ],
      wechat: [{ order: 'X1', cents: 10000, txn: '4201' }],
      alipay: [{ order: 'A2', cents: 700 }],
    });
    expect(run.categories.channel_switched.by_source['wechat']?.count).toBe(1);
    const page = await handlers['findings/list'](
      { run_id: run.run_id, category: 'channel_switched', offset: 0, limit: 10 },
      CONTEXT,
    );
    if (page.category === 'fee_mismatch') throw new Error('not a category page');
    expect(page.rows.map((row) => `${row.source}:${row.order_ref}:${row.match_rule}`)).toEqual([
      'wechat:X1:cross_channel',
    ]);
    expect(page.rows[0]?.group?.map((r) => `${r.side}:${r.source}:${r.file}:${r.line}`)).toEqual([
      'book:alipay:orders.csv:2',
      'statement:wechat:wechat.csv:2',
    ]);
  });
});

describe("a switched channel's finding is filtered and sorted by the channel that carried the payment", () => {
  it('is found under WeChat, not under Alipay, and sorts among the WeChat rows', async () => {
    const { handlers, run } = await reconcile({
      orders: [
        { no: 'X1', cents: 10000, channel: 'alipay' },
        { no: 'X2', cents: 300, channel: 'wechat' },
        { no: 'A2', cents: 700, channel: 'alipay' },
      ],
      wechat: [{ order: 'X1', cents: 10000, txn: '4201' }],
      alipay: [
        { order: 'A2', cents: 700 },
        { order: 'X2', cents: 300 },
      ],
    });
    expect(run.categories.channel_switched.count).toBe(2);
    const onWechat = await findings(handlers, run, 'channel_switched', { sources: ['wechat'] });
    expect(onWechat.rows.map((row) => `${row.source}:${row.order_ref}:${row.match_rule}`)).toEqual([
      'wechat:X1:cross_channel',
    ]);
    expect(onWechat.rows[0]?.group?.map((r) => `${r.side}:${r.source}`)).toEqual(['book:alipay', 'statement:wechat']);
    const onAlipay = await findings(handlers, run, 'channel_switched', { sources: ['alipay'] });
    expect(onAlipay.rows.map((row) => `${row.source}:${row.order_ref}`)).toEqual(['alipay:X2']);
    const sorted = await findings(handlers, run, 'channel_switched', { sort: { column: 'source', descending: true } });
    expect(sorted.rows.map((row) => row.source)).toEqual(['wechat', 'alipay']);
  });
});

describe("a payment on both channels names each side's file", () => {
  it("shows each channel's row in its own file", async () => {
    const { handlers, run } = await reconcile({
      orders: [{ no: 'C2', cents: 4053, channel: 'alipay' }],
      alipay: [{ order: 'C2', cents: 4053 }],
      wechat: [{ order: 'C2', cents: 4053 }],
    });
    const finding = await findingOf(handlers, run, 'duplicate_charge', 'C2');
    expect(finding.statement?.file).toBe('alipay.csv, wechat.csv');
    expect(finding.statement?.sources?.map((row) => `${row.file}:${row.line}`)).toEqual([
      'wechat.csv:2',
      'alipay.csv:6',
    ]);
  });
});
