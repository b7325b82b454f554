import type { Database } from 'sql.js';
import { auditEntries, undoneEntries } from './audit.ts';

/** A business day or period (`from` = `to` for one day), dates as YYYY-MM-DD, both included. */
export type Period = { from: string; to: string };

export type SignoffStatus = 'ready' | 'approved' | 'returned';

/** Where a period's sign-off stands, from the trail's sign-off entries that were not undone. */
export type PeriodSignoff = Period & {
  status: SignoffStatus;
  preparer: string;
  ready_at: string;
  reviewer?: string;
  reviewed_at?: string;
  note?: string;
  /** The trail entry that set this status. */
  seq: number;
};

export const periodSubject = ({ from, to }: Period): string => `${from}..${to}`;

/**
 * Every period marked ready, as the sign-off entries left it: a ready mark starts (or, after a
 * return, restarts) a period's review; an approval locks it; an undone entry counts as never made.
 */
export function signoffPeriods(db: Database): PeriodSignoff[] {
  const undone = undoneEntries(db);
  const periods = new Map<string, PeriodSignoff>();
  for (const entry of auditEntries(db, ['signoff.ready', 'signoff.approve', 'signoff.return'])) {
    if (undone.has(entry.seq)) continue;
    const period = { from: String(entry.detail.from), to: String(entry.detail.to) };
    const key = periodSubject(period);
    const note = typeof entry.detail.note === 'string' && entry.detail.note !== '' ? { note: entry.detail.note } : {};
    const earlier = periods.get(key);
    if (entry.action === 'signoff.ready') {
      periods.set(key, {
        ...period,
        status: 'ready',
        preparer: entry.user,
        ready_at: entry.at,
        ...note,
        seq: entry.seq,
      });
    } else if (earlier) {
      const status = entry.action === 'signoff.approve' ? 'approved' : 'returned';
      const { note: _readyNote, ...kept } = earlier;
      periods.set(key, { ...kept, status, reviewer: entry.user, reviewed_at: entry.at, ...note, seq: entry.seq });
    }
  }
  return [...periods.values()].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/** Whether two periods share a day (ISO dates compare as text). */
export const overlaps = (a: Period, b: Period): boolean => a.from <= b.to && b.from <= a.to;
