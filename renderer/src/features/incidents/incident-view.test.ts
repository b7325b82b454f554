import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../core/match/types.ts';
import { hourlySeries, incidentOrders, incidentTotals, incidentWindow, wallClock } from './incident-view.ts';

const finding = (source: string, order_ref: string, category: Finding['category'], at: string | null): Finding => ({
  category,
  source,
  order_ref,
  amount_minor: 100,
  currency: 'CNY',
  rule: '',
  differing: [],
  book: null,
  statement:
    at === null
      ? null
      : {
          payments: 1,
          amount_minor: 100,
          refund_minor: 0,
          reversal_minor: 0,
          fee_minor: 0,
          currency: 'CNY',
          channel_refs: '',
          occurred_at: at,
          file: 'wechat.csv',
          lines: '2',
        },
});

describe('an incident as the panel shows it', () => {
  it('keeps the statement clock and names its zone', () => {
    expect(wallClock('2024-03-15T14:00:12+08:00')).toEqual({ date: '2024-03-15', time: '14:00:12', zone: 'UTC+08:00' });
    expect(wallClock('2024-03-15T06:00:12Z')?.zone).toBe('UTC');
    expect(wallClock('yesterday')).toBeNull();
    expect(incidentWindow({ from: '2024-03-15T14:00:12+08:00', to: '2024-03-15T14:59:58+08:00' })).toBe(
      '2024-03-15 14:00:12 – 14:59:58 (UTC+08:00)',
    );
    expect(incidentWindow({ from: '2024-03-15T23:50:00+08:00', to: '2024-03-16T00:10:00+08:00' })).toBe(
      '2024-03-15 23:50:00 – 2024-03-16 00:10:00 (UTC+08:00)',
    );
  });

  it('adds up its categories', () => {
    const categories = {
      channel_switched: { count: 3, amount_minor: 900 },
      paid_not_notified: { count: 1, amount_minor: 5 },
    };
    expect(incidentTotals({ categories })).toEqual({ count: 4, amount_minor: 905 });
  });

  it('counts findings per channel and hour of the statement clock', () => {
    const series = hourlySeries([
      finding('wechat', 'A', 'channel_switched', '2024-03-15T14:05:00+08:00'),
      finding('wechat', 'B', 'channel_switched', '2024-03-15T14:59:59+08:00'),
      finding('wechat', 'C', 'paid_not_notified', '2024-03-15T23:00:00+08:00'),
      finding('alipay', 'D', 'duplicate_charge', '2024-03-15T00:00:00+08:00'),
      finding('alipay', 'E', 'duplicate_charge', null),
    ]);
    expect(series.map((s) => s.channel)).toEqual(['alipay', 'wechat']);
    expect(series[0]?.hours[0]).toBe(1);
    expect(series[1]?.hours[14]).toBe(2);
    expect(series[1]?.hours[23]).toBe(1);
    expect(series[1]?.hours.reduce((a, b) => a + b, 0)).toBe(3);
    expect(series[1]?.zone).toBe('UTC+08:00');
  });

  it("lists the incident's orders with their finding on its channel only", () => {
    const orders = incidentOrders(
      { channel: 'wechat', orders: ['A', 'B', 'Z'], categories: { channel_switched: { count: 3, amount_minor: 300 } } },
      [
        finding('wechat', 'A', 'channel_switched', '2024-03-15T14:05:00+08:00'),
        finding('alipay', 'B', 'channel_switched', '2024-03-15T14:05:00+08:00'),
        finding('wechat', 'B', 'channel_switched', '2024-03-15T14:06:00+08:00'),
      ],
    );
    expect(orders.map((o) => `${o.order_ref}:${o.finding?.source ?? '-'}`)).toEqual(['A:wechat', 'B:wechat', 'Z:-']);
  });
});
