import { describe, expect, it } from 'vitest';
import { readIsoDate } from './iso-date.ts';

describe('readIsoDate', () => {
  it('keeps a calendar date as it is written, in any zone', () => {
    expect(readIsoDate('2024-03-15', 'America/New_York')).toEqual({
      iso: '2024-03-15T00:00:00-04:00',
      date: '2024-03-15',
    });
    expect(readIsoDate('2024-03-15', 'Asia/Shanghai')).toEqual({
      iso: '2024-03-15T00:00:00+08:00',
      date: '2024-03-15',
    });
  });

  it('reads a time without an offset as wall time in the profile zone', () => {
    expect(readIsoDate('2024-03-15T23:59:01', 'Asia/Shanghai')).toEqual({
      iso: '2024-03-15T23:59:01+08:00',
      date: '2024-03-15',
    });
  });

  it('keeps a stated offset as written, Z as +00:00', () => {
    expect(readIsoDate('2024-03-15T18:30:00Z', 'Asia/Shanghai')).toEqual({
      iso: '2024-03-15T18:30:00+00:00',
      date: '2024-03-15',
    });
    expect(readIsoDate('2024-03-15T10:00:00.123+01:00', 'UTC')).toEqual({
      iso: '2024-03-15T10:00:00+01:00',
      date: '2024-03-15',
    });
    expect(readIsoDate('2024-03-15 10:00:00-0530', 'UTC')).toMatchObject({ iso: '2024-03-15T10:00:00-05:30' });
  });

  it('says why a text is not a date', () => {
    expect(readIsoDate('2024-02-30', 'UTC')).toBe('"2024-02-30" is not a real date');
    expect(readIsoDate('15.03.2024', 'UTC')).toBe('"15.03.2024" is not an ISO 8601 date');
    expect(readIsoDate('2024-03-15T25:00:00Z', 'UTC')).toBe('"2024-03-15T25:00:00Z" is not a real date');
    expect(readIsoDate('2024-03-15T10:00:00+19:00', 'UTC')).toBe(
      '"2024-03-15T10:00:00+19:00" has an offset beyond ±18:00',
    );
  });
});
