import type { Database } from 'sql.js';
import type { ImportSummary } from '../import/types.ts';
import { fail, issue, ok, type Issue, type Result } from '../result.ts';
import { queryAll } from '../store/query.ts';
import { appendAudit, auditEntries, type AuditEntry } from './audit.ts';
import { assertPeriodOpen, importDates } from './period-lock.ts';
import type { Actor } from './signoff.ts';

export const importSubject = (importId: number): string => `import #${importId}`;

/**
 * Admit a stored import before its transaction commits: refused when its period is locked (or when
 * an import it replaces is), otherwise recorded with the profile version that read it, and each
 * import it replaced recorded as removed.
 */
export function admitImport(db: Database, summary: ImportSummary, actor: Actor): Issue | null {
  const dates = importDates(summary);
  const open = assertPeriodOpen(db, dates, 'import');
  if (!open.ok) return open.issues[0] ?? null;
  for (const replaced of summary.replaced ?? []) {
    const removable = assertPeriodOpen(db, recordedDates(db, replaced), 'import.remove');
    if (!removable.ok) return removable.issues[0] ?? null;
  }
  appendAudit(db, {
    action: 'import',
    ...actor,
    subject: importSubject(summary.import_id),
    detail: {
      import_id: summary.import_id,
      file: summary.file,
      sha256: summary.sha256,
      side: summary.side,
      source: summary.source,
      profile: `${summary.profile_id}@${summary.profile_version}`,
      profile_hash: summary.profile_hash ?? null,
      rows: summary.rows,
      imported: summary.imported,
      rejected: summary.rejected,
      records: summary.records,
      dates,
      replaced: summary.replaced ?? [],
      // The user's choice to round amounts finer than the currency, with what it changed.
      ...(summary.metadata['amounts_rounded'] ? { amounts_rounded: summary.metadata['amounts_rounded'] } : {}),
    },
  });
  for (const replaced of summary.replaced ?? []) {
    appendAudit(db, {
      action: 'import.remove',
      ...actor,
      subject: importSubject(replaced),
      detail: { import_id: replaced, replaced_by: summary.import_id },
    });
  }
  return null;
}

type StoredImport = { id: number; file: string; period_start: string | null; period_end: string | null };

/**
 * Remove an import with its records and rejections, refused when its period is locked. The caller
 * records why (a removal entry, or the undo that reverses the import) in the same transaction.
 */
export function deleteImport(db: Database, importId: number): Result<{ import_id: number; file: string }> {
  const [stored] = queryAll<StoredImport>(db, 'SELECT id, file, period_start, period_end FROM import WHERE id = ?', [
    importId,
  ]);
  if (!stored) return fail(issue('import_missing', `There is no import #${importId} in the workspace.`));
  const open = assertPeriodOpen(db, importDates(stored), 'import.remove');
  if (!open.ok) return open;
  db.run('DELETE FROM import WHERE id = ?', [importId]);
  return ok({ import_id: importId, file: stored.file });
}

/** Remove an import and record the removal. */
export function removeImport(db: Database, importId: number, actor: Actor): Result<AuditEntry> {
  const removed = deleteImport(db, importId);
  if (!removed.ok) return removed;
  return ok(
    appendAudit(db, { action: 'import.remove', ...actor, subject: importSubject(importId), detail: removed.value }),
  );
}

/** The dates the trail recorded for an import (its own row may be gone already). */
function recordedDates(db: Database, importId: number): string[] {
  const entry = auditEntries(db, ['import']).find((recorded) => recorded.detail.import_id === importId);
  const dates = entry?.detail.dates;
  return Array.isArray(dates) ? dates.map(String) : [];
}
