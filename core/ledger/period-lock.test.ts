import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { migrate } from '../store/schema.ts';
import { assertPeriodOpen, importDates } from './period-lock.ts';
import { markReady, reviewPeriod } from './signoff.ts';

const sqlJs = await initSqlJs();

function workspaceWithApproved(from: string, to: string) {
  const db = new sqlJs.Database();
  migrate(db, 'main');
  markReady(db, { from, to }, { user: 'li.wei', at: '2024-04-01T09:00:00+08:00' });
  reviewPeriod(db, { from, to }, { user: 'chen.jing', at: '2024-04-02T10:00:00+08:00' }, 'approve');
  return db;
}

describe('assertPeriodOpen', () => {
  it('refuses a resolution dated in an approved period and takes one the day after', () => {
    const db = workspaceWithApproved('2024-03-01', '2024-03-31');
    expect(assertPeriodOpen(db, ['2024-03-31'], 'resolve')).toEqual({
      ok: false,
      issues: [
        {
          code: 'period_locked',
          message:
            'Resolving an exception in a locked period is refused: 2024-03-31 falls in 2024-03-01 to 2024-03-31, ' +
            'approved by chen.jing on 2024-04-02 (undo the approval to change it).',
        },
      ],
    });
    expect(assertPeriodOpen(db, ['2024-04-01'], 'resolve')).toEqual({ ok: true, value: undefined });
    expect(assertPeriodOpen(db, [], 'resolve').ok).toBe(true);
  });

  it('checks the whole span the dates touch, so a locked day inside it refuses', () => {
    const db = workspaceWithApproved('2024-03-10', '2024-03-10');
    expect(assertPeriodOpen(db, ['2024-03-01T00:00:00+08:00', '2024-03-31'], 'import').ok).toBe(false);
    expect(assertPeriodOpen(db, ['2024-03-11', '2024-03-31'], 'import').ok).toBe(true);
  });

  it('leaves a period only marked ready open', () => {
    const db = new sqlJs.Database();
    migrate(db, 'main');
    markReady(db, { from: '2024-03-01', to: '2024-03-31' }, { user: 'li.wei', at: '2024-04-01T09:00:00+08:00' });
    expect(assertPeriodOpen(db, ['2024-03-15'], 'resolve').ok).toBe(true);
  });
});

describe('importDates', () => {
  it('ends a period that ends at midnight on the day before', () => {
    expect(importDates({ period_start: '2024-03-15T00:00:00+08:00', period_end: '2024-03-16T00:00:00+08:00' })).toEqual(
      ['2024-03-15', '2024-03-15'],
    );
    expect(importDates({ period_start: '2024-03-01', period_end: '2024-03-31' })).toEqual(['2024-03-01', '2024-03-31']);
    expect(importDates({ period_start: null, period_end: null })).toEqual([]);
  });
});
