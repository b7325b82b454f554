import { epochSeconds, formatWallTime, isoOffsetMinutes, wallToInstant, zoneOffsetMinutes } from '../time.ts';

/**
 * The period the file states (its header), else whole days from the date of its first row to
 * that of its last. `firstAt` and `lastAt` are the timestamps of a row on each of those dates.
 */
export function observedPeriod(
  metadata: Record<string, string>,
  firstAt: string | null,
  lastAt: string | null,
  zone: string,
): { period_start: string | null; period_end: string | null } {
  if (metadata.period_start && metadata.period_end) {
    return { period_start: metadata.period_start, period_end: metadata.period_end };
  }
  if (firstAt === null || lastAt === null) return { period_start: null, period_end: null };
  return { period_start: startOfDay(firstAt, zone, 0), period_end: startOfDay(lastAt, zone, 1) };
}

/**
 * Midnight `plusDays` after the row's date, in the profile's zone; in the row's own offset when
 * it is not the zone's (a file of canonical records keeps each record's original offset, so its
 * days are the statement's days, not the UTC ones its profile names).
 */
function startOfDay(at: string, zone: string, plusDays: number): string {
  const [year, month, day] = at.slice(0, 10).split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(year, month - 1, day + plusDays));
  const wall = {
    year: next.getUTCFullYear(),
    month: next.getUTCMonth() + 1,
    day: next.getUTCDate(),
    hour: 0,
    minute: 0,
    second: 0,
  };
  const own = isoOffsetMinutes(at);
  if (own === null || zoneOffsetMinutes(zone, epochSeconds(at) * 1000) === own) {
    return formatWallTime(wall, wallToInstant(wall, zone).offsetMinutes);
  }
  return formatWallTime(wall, own);
}
