/** A business day as `YYYY-MM-DD`: the day a statement covers, in the statement's own time zone. */
export type BusinessDate = string;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD` (2024-02-30 is not one). */
export function isBusinessDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The business day of a run from the periods of its statements: the latest day a period starts
 * on, read from the wall-clock date of the period's start (a bill of 2024-03-15 00:00 +08:00 to
 * 03-16 00:00 is the 15th, wherever the machine is). Null when no statement states a period.
 */
export function businessDateOfPeriods(periodStarts: readonly (string | null)[]): BusinessDate | null {
  let latest: BusinessDate | null = null;
  for (const start of periodStarts) {
    const date = start?.slice(0, 10) ?? '';
    if (isBusinessDate(date) && (latest === null || date > latest)) latest = date;
  }
  return latest;
}

/** Whole days from `from` to `to` (both business dates): 2024-03-15 → 2024-03-17 is 2. */
export function daysBetween(from: BusinessDate, to: BusinessDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
