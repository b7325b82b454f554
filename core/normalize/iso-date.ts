import { formatWallDate, formatWallTime, isValidWallTime, wallToInstant, type WallTime } from '../time.ts';

/** Name of the ISO 8601 date format in the profile language. */
export const ISO_FORMAT = 'iso';

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/;

/**
 * Read an ISO 8601 date or date-time — `2024-03-15`, `2024-03-15T10:00:00`, with fractions,
 * `Z` or an offset. A stated offset is kept as written (the instant and the producer's own
 * wall clock both survive); a time without one is wall time in the profile's zone. Fractions
 * of a second are dropped: records keep whole seconds.
 *
 * @example readIsoDate('2024-03-15T02:00:00Z', 'Asia/Shanghai') // { iso: '2024-03-15T02:00:00+00:00', date: '2024-03-15' }
 */
export function readIsoDate(text: string, zone: string): { iso: string; date: string } | string {
  const match = ISO.exec(text);
  if (!match) return `"${text}" is not an ISO 8601 date`;
  const [, year, month, day, hour, minute, second, offset] = match;
  const wall: WallTime = {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour ?? 0),
    minute: Number(minute ?? 0),
    second: Number(second ?? 0),
  };
  if (!isValidWallTime(wall)) return `"${text}" is not a real date`;
  const minutes = offset === undefined ? wallToInstant(wall, zone).offsetMinutes : offsetMinutes(offset);
  if (Math.abs(minutes) > 18 * 60) return `"${text}" has an offset beyond ±18:00`;
  return { iso: formatWallTime(wall, minutes), date: formatWallDate(wall) };
}

function offsetMinutes(offset: string): number {
  if (offset === 'Z') return 0;
  const digits = offset.replace(':', '');
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5) || 0);
  return offset.startsWith('-') ? -minutes : minutes;
}
