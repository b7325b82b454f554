import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatInstant,
  epochSeconds,
  formatOffset,
  formatWallTime,
  isKnownZone,
  isValidWallTime,
  wallToInstant,
  type WallTime,
} from './time.ts';

const wall = (text: string): WallTime => {
  const [date = '', time = '00:00:00'] = text.split(' ');
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute, second] = time.split(':').map(Number) as [number, number, number];
  return { year, month, day, hour, minute, second };
};

/** What a statement's local time becomes: ISO 8601 with the zone's offset at that moment. */
const iso = (text: string, zone: string): string => {
  const t = wall(text);
  return formatWallTime(t, wallToInstant(t, zone).offsetMinutes);
};

const utc = (text: string, zone: string): string => new Date(wallToInstant(wall(text), zone).utcMillis).toISOString();

describe('wallToInstant', () => {
  it('gives Asia/Shanghai wall times the +08:00 offset, whatever the machine zone', () => {
    expect(iso('2024-03-15 23:59:00', 'Asia/Shanghai')).toBe('2024-03-15T23:59:00+08:00');
    expect(utc('2024-03-15 23:59:00', 'Asia/Shanghai')).toBe('2024-03-15T15:59:00.000Z');
    expect(iso('2024-07-01 00:00:00', 'Asia/Shanghai')).toBe('2024-07-01T00:00:00+08:00');
  });

  it('uses +02:00 in a Berlin summer and +01:00 in a Berlin winter', () => {
    expect(iso('2024-07-15 12:00:00', 'Europe/Berlin')).toBe('2024-07-15T12:00:00+02:00');
    expect(iso('2024-01-15 12:00:00', 'Europe/Berlin')).toBe('2024-01-15T12:00:00+01:00');
    expect(utc('2024-07-15 12:00:00', 'Europe/Berlin')).toBe('2024-07-15T10:00:00.000Z');
  });

  it('switches Berlin to summer time at 02:00 on 2024-03-31, not an hour earlier', () => {
    expect(iso('2024-03-31 00:59:59', 'Europe/Berlin')).toBe('2024-03-31T00:59:59+01:00');
    expect(iso('2024-03-31 01:30:00', 'Europe/Berlin')).toBe('2024-03-31T01:30:00+01:00');
    expect(iso('2024-03-31 01:59:59', 'Europe/Berlin')).toBe('2024-03-31T01:59:59+01:00');
    expect(iso('2024-03-31 03:00:00', 'Europe/Berlin')).toBe('2024-03-31T03:00:00+02:00');
    expect(iso('2024-03-31 12:00:00', 'Europe/Berlin')).toBe('2024-03-31T12:00:00+02:00');
  });

  it('switches Berlin back to winter time on 2024-10-27', () => {
    expect(iso('2024-10-27 01:30:00', 'Europe/Berlin')).toBe('2024-10-27T01:30:00+02:00');
    expect(iso('2024-10-27 03:00:00', 'Europe/Berlin')).toBe('2024-10-27T03:00:00+01:00');
    expect(iso('2024-10-28 09:00:00', 'Europe/Berlin')).toBe('2024-10-28T09:00:00+01:00');
  });

  it('gives UTC the +00:00 offset', () => {
    expect(iso('2024-02-29 08:00:00', 'UTC')).toBe('2024-02-29T08:00:00+00:00');
  });
});

describe('calendar checks', () => {
  it('accepts 2024-02-29 and rejects 2024-02-30, 2023-02-29 and 24:00', () => {
    expect(isValidWallTime(wall('2024-02-29 00:00:00'))).toBe(true);
    expect(isValidWallTime(wall('2000-02-29 00:00:00'))).toBe(true);
    expect(isValidWallTime(wall('2024-02-30 00:00:00'))).toBe(false);
    expect(isValidWallTime(wall('2023-02-29 00:00:00'))).toBe(false);
    expect(isValidWallTime(wall('1900-02-29 00:00:00'))).toBe(false);
    expect(isValidWallTime(wall('2024-04-31 00:00:00'))).toBe(false);
    expect(isValidWallTime(wall('2024-13-01 00:00:00'))).toBe(false);
    expect(isValidWallTime(wall('2024-03-15 24:00:00'))).toBe(false);
    expect(isValidWallTime(wall('2024-03-15 23:59:60'))).toBe(false);
  });

  it('knows real IANA zones and refuses made-up ones', () => {
    expect(isKnownZone('Asia/Shanghai')).toBe(true);
    expect(isKnownZone('Europe/Berlin')).toBe(true);
    expect(isKnownZone('Mars/Olympus_Mons')).toBe(false);
  });
});

describe('formatting', () => {
  it('writes offsets with sign, hours and minutes', () => {
    expect(formatOffset(480)).toBe('+08:00');
    expect(formatOffset(-210)).toBe('-03:30');
    expect(formatOffset(0)).toBe('+00:00');
  });

  it('writes an instant as the wall time at an offset', () => {
    expect(formatInstant(Date.UTC(2024, 2, 15, 15, 59, 0), 480)).toBe('2024-03-15T23:59:00+08:00');
    expect(formatInstant(Date.UTC(2024, 2, 15, 16, 0, 0), 480)).toBe('2024-03-16T00:00:00+08:00');
  });

  it('reads epoch seconds of ISO timestamps exactly as Date.parse does', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4_102_444_800 }),
        fc.integer({ min: -720, max: 840 }),
        (seconds, offset) => {
          const iso = formatInstant(seconds * 1000, offset);
          expect(epochSeconds(iso)).toBe(Date.parse(iso) / 1000);
        },
      ),
    );
    expect(epochSeconds('2024-03-15T23:59:00Z')).toBe(Date.UTC(2024, 2, 15, 23, 59) / 1000);
  });
});
