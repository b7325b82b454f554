import type { Database } from 'sql.js';
import { ok, type Result } from '../result.ts';
import { appendAudit, type AuditAction } from './audit.ts';
import type { LedgerItem } from './item.ts';
import { assertPeriodOpen } from './period-lock.ts';

/**
 * A resolution or reopening may touch an item only while the business day it was found on is not
 * in an approved (locked) period; each day is checked on its own, so items of two open days around
 * a locked one pass.
 */
export function itemsInOpenPeriods(db: Database, items: readonly LedgerItem[], action: AuditAction): Result<void> {
  for (const date of new Set(items.map((item) => item.origin_date))) {
    const open = assertPeriodOpen(db, [date], action);
    if (!open.ok) return open;
  }
  return ok(undefined);
}

/** What a reopening takes away, so that undoing it can resolve each item again as it was. */
export type PreviousResolution = { id: string; reason: string | null; note: string | null };

/** Record a resolution or reopening on the audit trail: the items, the reason and note, who and when. */
export function auditResolution(
  db: Database,
  action: 'resolve' | 'reopen',
  request: { user: string; at: string; reason?: string; note?: string | undefined },
  items: readonly LedgerItem[],
  previous?: readonly PreviousResolution[],
): void {
  const ids = items.map((item) => item.id);
  appendAudit(db, {
    action,
    user: request.user,
    at: request.at,
    subject: ids.length === 1 ? `finding ${ids[0] ?? ''}` : `${ids.length} findings`,
    detail: {
      ids,
      ...(request.reason !== undefined ? { reason: request.reason } : {}),
      ...(request.note !== undefined ? { note: request.note } : {}),
      amounts_minor: items.map((item) => item.amount_minor),
      ...(previous ? { previous } : {}),
    },
  });
}
