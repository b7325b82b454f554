import type { Database } from 'sql.js';
import { fail, issue, ok, type Issue, type Result } from '../result.ts';
import { appendAudit, chainHead, type AuditEntry } from './audit.ts';
import { lockedPeriods } from './period-lock.ts';
import { overlaps, periodSubject, signoffPeriods, type Period } from './signoff-state.ts';

/** Who acts and when (plain local user names; the host's clock). */
export type Actor = { user: string; at: string };

export type ReviewDecision = 'approve' | 'return';

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * The preparer marks a business day or period ready for review. Refused when a day of it is
 * already approved, or when the same period waits for its review.
 * Every sign-off entry records the chain's head and count as they were, for the auditor to compare.
 */
export function markReady(db: Database, period: Period, actor: Actor, note = ''): Result<AuditEntry> {
  const invalid = periodProblem(period);
  if (invalid) return fail(invalid);
  const locked = lockedPeriods(db).find((signed) => overlaps(signed, period));
  if (locked) {
    return fail(
      issue(
        'period_locked',
        `${describe(period)} overlaps ${named(locked)}, already approved by ${locked.reviewer ?? '?'}.`,
      ),
    );
  }
  const pending = signoffPeriods(db).find((signed) => signed.status === 'ready' && overlaps(signed, period));
  if (pending) {
    return fail(
      issue(
        'signoff_pending',
        `${describe(pending)} was marked ready by ${pending.preparer} and waits for a reviewer.`,
      ),
    );
  }
  return ok(record(db, 'signoff.ready', period, actor, note));
}

/**
 * The reviewer approves the period (locking it) or returns it to the preparer with a note.
 * The reviewer must be another user than the preparer; the period must be waiting for review.
 */
export function reviewPeriod(
  db: Database,
  period: Period,
  actor: Actor,
  decision: ReviewDecision,
  note = '',
): Result<AuditEntry> {
  const invalid = periodProblem(period);
  if (invalid) return fail(invalid);
  const waiting = signoffPeriods(db).find((signed) => signed.from === period.from && signed.to === period.to);
  if (!waiting || waiting.status !== 'ready') {
    const state = waiting ? ` (it is ${waiting.status})` : '';
    return fail(issue('signoff_not_ready', `${describe(period)} is not marked ready for review${state}.`));
  }
  if (waiting.preparer === actor.user) {
    return fail(issue('signoff_same_user', `${actor.user} prepared ${named(period)}; another user must review it.`));
  }
  if (decision === 'return' && note.trim() === '') {
    return fail(issue('signoff_note_needed', 'Returning a period needs a note saying what to fix (--note).'));
  }
  return ok(record(db, decision === 'approve' ? 'signoff.approve' : 'signoff.return', period, actor, note));
}

function record(db: Database, action: AuditEntry['action'], period: Period, actor: Actor, note: string): AuditEntry {
  const chain = chainHead(db);
  const detail = { ...period, note, chain_entries: chain.entries, chain_head: chain.head };
  return appendAudit(db, { action, ...actor, subject: periodSubject(period), detail });
}

function periodProblem({ from, to }: Period): Issue | null {
  for (const date of [from, to]) {
    if (!ISO_DATE.test(date) || new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date)
      return issue('signoff_date', `"${date}" is not a date (YYYY-MM-DD).`);
  }
  return from <= to ? null : issue('signoff_date', `The period ends (${to}) before it starts (${from}).`);
}

/** The period in words, as a sentence starts it. */
const describe = ({ from, to }: Period): string =>
  from === to ? `The business day ${from}` : `The period ${from} to ${to}`;

const named = (period: Period): string => describe(period).replace(/^The /, 'the ');
