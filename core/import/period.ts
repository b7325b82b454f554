import { formatWallTime, wallToInstant } from '../time.ts';

/** The period the file states (its header), else whole days from its first to its last row. */
export function observedPeriod(
  metadata: Record<string, string>,
  firstDate: string | null,
  lastDate: string | null,
  zone: string,
): { period_start: string | null; period_end: string | null } {
  if (metadata.period_start && metadata.period_end) {
    return { period_start: metadata.period_start, period_end: metadata.period_end };
  }
  if (firstDate === null || lastDate === null) return { period_start: null, period_end: null };
  return { period_start: startOfDay(firstDate, zone, 0), period_end: startOfDay(lastDate, zone, 1) };
}

function startOfDay(date: string, zone: string, plusDays: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(year, month - 1, day + plusDays));
  const wall = {
    year: next.getUTCFullYear(),
    month: next.getUTCMonth() + 1,
    day: next.getUTCDate(),
    hour: 0,
    minute: 0,
    second: 0,
  };
  return formatWallTime(wall, wallToInstant(wall, zone).offsetMinutes);
}
