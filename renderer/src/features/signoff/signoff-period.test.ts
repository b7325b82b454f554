import { describe, expect, it } from 'vitest';
import type { PeriodSignoff } from '../../../../core/ledger/signoff-state.ts';
import { nextPeriod, periodStatus } from './signoff-period.ts';

const DATES = ['2024-03-15', '2024-03-16', '2024-03-17'];
const signoff = (from: string, to: string, status: PeriodSignoff['status']): PeriodSignoff => ({
  from,
  to,
  status,
  preparer: 'li.wei',
  ready_at: '2024-03-18T09:00:00Z',
  seq: 1,
});

describe('the period the header signs off', () => {
  it('runs from the first day after the last approved period to the latest day', () => {
    expect(nextPeriod(DATES, [])).toEqual({ from: '2024-03-15', to: '2024-03-17' });
    expect(nextPeriod(DATES, [signoff('2024-03-15', '2024-03-15', 'approved')])).toEqual({
      from: '2024-03-16',
      to: '2024-03-17',
    });
    expect(nextPeriod([], [])).toBeNull();
  });

  it('stays on the last approved period once every day is approved, and shows it locked', () => {
    const all = [signoff('2024-03-15', '2024-03-17', 'approved')];
    const period = nextPeriod(DATES, all);
    expect(period).toEqual({ from: '2024-03-15', to: '2024-03-17' });
    expect(periodStatus({ from: '2024-03-16', to: '2024-03-16' }, all).status).toBe('approved');
  });

  it('is not prepared until marked ready, then ready or returned as its own entry says', () => {
    const period = { from: '2024-03-15', to: '2024-03-17' };
    expect(periodStatus(period, []).status).toBe('open');
    expect(periodStatus(period, [signoff('2024-03-15', '2024-03-17', 'returned')]).status).toBe('returned');
    expect(periodStatus(period, [signoff('2024-03-15', '2024-03-16', 'ready')]).status).toBe('open');
  });
});
