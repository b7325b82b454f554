import type { Database } from 'sql.js';
import { fail, issue, ok, type Result } from '../result.ts';
import type { AuditAction } from './audit.ts';
import { overlaps, signoffPeriods, type Period, type PeriodSignoff } from './signoff-state.ts';

const ACTION_WORDS: Partial<Record<AuditAction, string>> = {
  import: 'Importing a statement',
  'import.remove': 'Removing an import',
  resolve: 'Resolving an exception',
  reopen: 'Reopening an exception',
  undo: 'Undoing',
};

/** The approved periods: nothing in them may change until the approval is withdrawn. */
export const lockedPeriods = (db: Database): PeriodSignoff[] =>
  signoffPeriods(db).filter((period) => period.status === 'approved');

/**
 * Refuse an action that touches a locked period. `dates` are the business dates it touches (YYYY-MM-DD,
 * or timestamps whose date part is taken); the span from the earliest to the latest is checked, so an
 * import of a month is refused when any day of it is locked. No dates: nothing to check.
 *
 * @example
 * const open = assertPeriodOpen(db, ['2024-03-05'], 'resolve');
 * if (!open.ok) return open; // "Resolving an exception in a locked period is refused: …"
 */
export function assertPeriodOpen(db: Database, dates: readonly string[], action: AuditAction): Result<void> {
  const days = dates.map((date) => date.slice(0, 10)).sort();
  const first = days[0];
  const last = days[days.length - 1];
  if (first === undefined || last === undefined) return ok(undefined);
  const touched: Period = { from: first, to: last };
  const locked = lockedPeriods(db).find((period) => overlaps(period, touched));
  if (!locked) return ok(undefined);
  const span = first === last ? first : `${first} to ${last}`;
  return fail(
    issue(
      'period_locked',
      `${ACTION_WORDS[action] ?? `The action ${action}`} in a locked period is refused: ${span} falls in ` +
        `${locked.from} to ${locked.to}, approved by ${locked.reviewer ?? '?'} on ${locked.reviewed_at?.slice(0, 10) ?? '?'}` +
        ' (undo the approval to change it).',
    ),
  );
}

/**
 * The business dates an import covers, from its period: a period ending at midnight ends the day
 * before (the period of a day's bill runs to the next midnight); a date ends on that date.
 */
export function importDates(period: { period_start: string | null; period_end: string | null }): string[] {
  const { period_start: start, period_end: end } = period;
  if (start === null || end === null) return [];
  const first = start.slice(0, 10);
  let last = end.slice(0, 10);
  if (/T00:00(:00(\.0+)?)?/.test(end) && last > first) last = previousDay(last);
  return [first, last];
}

function previousDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day - 1)).toISOString().slice(0, 10);
}
