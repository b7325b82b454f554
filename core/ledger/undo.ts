import type { Database } from 'sql.js';
import { fail, issue, ok, type Result } from '../result.ts';
import { appendAudit, auditEntries, undoneEntries, type AuditAction, type AuditEntry } from './audit.ts';
import { deleteImport } from './import-audit.ts';
import { itemsInOpenPeriods, type PreviousResolution } from './resolution-audit.ts';
import { namedItems, reopenItems, resolveItems } from './resolutions.ts';
import type { Actor } from './signoff.ts';

/**
 * How one kind of entry is reversed: the reversal's name (recorded on the undo entry and said to the
 * user) and the change it makes, inside the undo's transaction; its result is added to the undo's detail.
 */
export type InverseOperation = {
  inverse: string;
  apply: (db: Database, entry: AuditEntry, actor: Actor) => Result<Record<string, unknown>>;
};

/** A sign-off entry is withdrawn by the user who made it; the period's state then is as if it never was. */
const withdrawSignoff: InverseOperation = {
  inverse: 'withdrawn',
  apply: (db, entry, actor) => {
    if (entry.user !== actor.user) {
      return fail(
        issue('undo_other_user', `Only ${entry.user}, who made it, can withdraw sign-off entry #${entry.seq}.`),
      );
    }
    return ok({ from: entry.detail.from, to: entry.detail.to });
  },
};

/** An import is reversed by removing it, which a locked period refuses. */
const removeUndoneImport: InverseOperation = {
  inverse: 'removal',
  apply: (db, entry) => {
    const replaced = entry.detail.replaced;
    if (Array.isArray(replaced) && replaced.length > 0) {
      return fail(
        issue(
          'undo_impossible',
          `Import #${String(entry.detail.import_id)} replaced import #${replaced.join(', #')}, which undo cannot bring back; remove it instead.`,
        ),
      );
    }
    const removed = deleteImport(db, Number(entry.detail.import_id));
    return removed.ok ? ok({ removed_import: removed.value.import_id }) : removed;
  },
};

const idsOf = (entry: AuditEntry): string[] =>
  Array.isArray(entry.detail.ids) ? entry.detail.ids.filter((id): id is string => typeof id === 'string') : [];

/** A resolution is reversed by reopening its items (refused when one has been closed another way since). */
const reopenResolved: InverseOperation = {
  inverse: 'reopen',
  apply: (db, entry, actor) => {
    const ids = idsOf(entry);
    const found = namedItems(db, ids);
    if (!found.ok) return found;
    const open = itemsInOpenPeriods(db, found.value, 'undo');
    if (!open.ok) return open;
    const reopened = reopenItems(db, { ids, note: `undo of audit entry #${entry.seq}`, ...actor });
    return reopened.ok ? ok({ reopened: ids }) : reopened;
  },
};

/** A reopening is reversed by resolving each item again with the reason and note it had. */
const resolveReopened: InverseOperation = {
  inverse: 'resolve again',
  apply: (db, entry, actor) => {
    const previous = (Array.isArray(entry.detail.previous) ? entry.detail.previous : []) as PreviousResolution[];
    const found = namedItems(db, idsOf(entry));
    if (!found.ok) return found;
    const open = itemsInOpenPeriods(db, found.value, 'undo');
    if (!open.ok) return open;
    for (const { id, reason, note } of previous) {
      if (reason === null) continue;
      const resolved = resolveItems(db, { ids: [id], reason, ...(note === null ? {} : { note }), ...actor });
      if (!resolved.ok) return resolved;
    }
    return ok({ resolved: previous.map((item) => item.id) });
  },
};

/** The reversal of each action a user can undo; a rule added here is all a new undoable action needs. */
export const INVERSE_OPERATIONS: Partial<Record<AuditAction, InverseOperation>> = {
  import: removeUndoneImport,
  resolve: reopenResolved,
  reopen: resolveReopened,
  'signoff.ready': withdrawSignoff,
  'signoff.approve': withdrawSignoff,
  'signoff.return': withdrawSignoff,
};

/** Entries that record what happened rather than a decision: undo passes over them to the decision before. */
const FACTS: ReadonlySet<AuditAction> = new Set(['run', 'setting.mask', 'undo']);

/**
 * Reverse the last action not yet undone with a new entry that names it (`undoes`); nothing is
 * deleted from the trail. An action that cannot be reversed (a removal: the file must be imported
 * again) is refused, and so is a reversal a locked period or another rule refuses.
 */
export function undoLast(db: Database, actor: Actor): Result<AuditEntry> {
  const undone = undoneEntries(db);
  const last = auditEntries(db)
    .reverse()
    .find((entry) => !FACTS.has(entry.action) && !undone.has(entry.seq));
  if (!last) return fail(issue('undo_nothing', 'There is nothing to undo.'));
  const operation = INVERSE_OPERATIONS[last.action];
  if (!operation) {
    return fail(
      issue('undo_impossible', `The last action (#${last.seq}, ${last.action} of ${last.subject}) cannot be undone.`),
    );
  }
  const applied = operation.apply(db, last, actor);
  if (!applied.ok) return applied;
  return ok(
    appendAudit(db, {
      action: 'undo',
      ...actor,
      subject: last.subject,
      detail: { undoes: last.seq, action: last.action, inverse: operation.inverse, ...applied.value },
    }),
  );
}
