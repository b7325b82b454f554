import { describe, expect, it } from 'vitest';
import { amountBound, EMPTY_VIEW, nextSort, viewQuery } from './grid-view.ts';

describe('grid view', () => {
  it('cycles a column: ascending, descending, default order', () => {
    const ascending = nextSort(null, 'book_amount');
    expect(ascending).toEqual({ column: 'book_amount', descending: false });
    const descending = nextSort(ascending, 'book_amount');
    expect(descending).toEqual({ column: 'book_amount', descending: true });
    expect(nextSort(descending, 'book_amount')).toBeNull();
    expect(nextSort(descending, 'order_ref')).toEqual({ column: 'order_ref', descending: false });
  });

  it('reads amount bounds in the currency’s decimals, exactly', () => {
    expect(amountBound('100.5', 'CNY')).toBe(10050);
    expect(amountBound('-0.01', 'CNY')).toBe(-1);
    expect(amountBound('1500', 'JPY')).toBe(1500);
    expect(amountBound('', 'CNY')).toBeNull();
    expect(amountBound('abc', 'CNY')).toBe('invalid');
    expect(amountBound('1.234', 'CNY')).toBe('invalid');
  });

  it('asks the engine only for what is chosen', () => {
    expect(viewQuery(EMPTY_VIEW, 'CNY')).toEqual({});
    const view = { ...EMPTY_VIEW, search: ' SO1 ', sources: ['alipay'], amountMin: '10', amountMax: 'x' };
    expect(viewQuery(view, 'CNY')).toEqual({ search: 'SO1', sources: ['alipay'], amount_min: 1000 });
    const range = viewQuery({ ...EMPTY_VIEW, from: '2024-03-15 10:00', to: 'soon' }, 'CNY');
    expect(range).toEqual({ occurred_from: new Date(2024, 2, 15, 10, 0).toISOString() });
  });
});
