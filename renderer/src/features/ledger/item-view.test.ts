import { describe, expect, it } from 'vitest';
import type { LedgerItem } from '../../../../core/ledger/item.ts';
import type { PeriodSignoff } from '../../../../core/ledger/signoff-state.ts';
import { DEFAULT_FILTER, filterItems, itemAge, lockOf, openAging } from './item-view.ts';

const item = (id: string, fields: Partial<LedgerItem>): LedgerItem =>
  ({
    id,
    currency: 'CNY',
    amount_minor: 1000,
    source: 'alipay',
    order_ref: `ORD-${id}`,
    category: 'book_only',
    origin_date: '2024-03-15',
    state: 'open',
    closed_date: null,
    ...fields,
  }) as LedgerItem;

const items = [
  item('a', {}),
  item('b', { origin_date: '2024-03-17', category: 'amount_mismatch', source: 'wechat', amount_minor: -4 }),
  item('c', { state: 'resolved', closed_date: '2024-03-16' }),
  item('d', { origin_date: '2024-03-01' }),
];

describe('open items as the desk lists them', () => {
  it('ages an open item to the latest business day and a closed one to its closing day', () => {
    expect(items.map((each) => itemAge(each, '2024-03-17'))).toEqual([2, 0, 1, 16]);
  });

  it('counts the open items per age bucket, every bucket named', () => {
    expect(openAging(items, '2024-03-17')).toEqual({ '0': 1, '1': 0, '2-3': 1, '4-7': 0, '8-30': 1, '>30': 0 });
  });

  it('narrows by state, category, age and a search over reference and source', () => {
    const ids = (filter: Partial<typeof DEFAULT_FILTER>) =>
      filterItems(items, { ...DEFAULT_FILTER, ...filter }, '2024-03-17').map((each) => each.id);
    expect(ids({})).toEqual(['a', 'b', 'd']);
    expect(ids({ state: 'resolved' })).toEqual(['c']);
    expect(ids({ state: 'all', categories: ['book_only'] })).toEqual(['a', 'c', 'd']);
    expect(ids({ ages: ['2-3', '8-30'] })).toEqual(['a', 'd']);
    expect(ids({ search: 'WECH' })).toEqual(['b']);
    expect(ids({ search: 'ord-d' })).toEqual(['d']);
    expect(ids({ maxAmount: '0.05' })).toEqual(['b']);
    expect(ids({ maxAmount: '10' })).toEqual(['a', 'b', 'd']);
    expect(ids({ maxAmount: 'abc' })).toEqual(['a', 'b', 'd']);
  });

  it('names the approved period an item falls in, and none for a period only marked ready', () => {
    const period = (status: PeriodSignoff['status']): PeriodSignoff =>
      ({ from: '2024-03-15', to: '2024-03-16', status, preparer: 'li', ready_at: '', seq: 1 }) as PeriodSignoff;
    expect(lockOf(items[0] as LedgerItem, [period('approved')])?.to).toBe('2024-03-16');
    expect(lockOf(items[1] as LedgerItem, [period('approved')])).toBeUndefined();
    expect(lockOf(items[0] as LedgerItem, [period('ready')])).toBeUndefined();
  });
});
