import { describe, expect, it } from 'vitest';
import { observedPeriod } from './period.ts';

describe('the period observed from the rows of a file that states none', () => {
  it('is whole days in the profile zone for rows written in it, across a DST change', () => {
    expect(observedPeriod({}, '2024-03-10T01:30:00-05:00', '2024-03-10T23:10:00-04:00', 'America/New_York')).toEqual({
      period_start: '2024-03-10T00:00:00-05:00',
      period_end: '2024-03-11T00:00:00-04:00',
    });
  });

  it("is the records' own days for canonical records, whose profile zone is UTC", () => {
    expect(observedPeriod({}, '2024-03-15T00:01:25+08:00', '2024-03-15T23:59:58+08:00', 'UTC')).toEqual({
      period_start: '2024-03-15T00:00:00+08:00',
      period_end: '2024-03-16T00:00:00+08:00',
    });
  });

  it('is what the file states when it states one', () => {
    const stated = { period_start: '2024-03-01T00:00:00Z', period_end: '2024-04-01T00:00:00Z' };
    expect(observedPeriod(stated, '2024-03-15T00:01:25+08:00', '2024-03-15T23:59:58+08:00', 'UTC')).toEqual(stated);
  });
});
