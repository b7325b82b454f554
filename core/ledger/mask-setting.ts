import type { Database } from 'sql.js';
import { appendAudit, auditEntries } from './audit.ts';
import type { Actor } from './signoff.ts';

/** Whether the workspace's exports mask personal data: the last choice recorded, off until one is. */
export function maskSetting(db: Database): boolean {
  const last = auditEntries(db, ['setting.mask']).pop();
  return last?.detail.mask === true;
}

/** Remember the choice for the workspace (recorded only when it changes). */
export function rememberMask(db: Database, mask: boolean, actor: Actor): void {
  if (maskSetting(db) === mask) return;
  appendAudit(db, { action: 'setting.mask', ...actor, subject: 'workspace', detail: { mask } });
}
