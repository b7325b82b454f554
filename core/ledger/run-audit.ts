import type { Database } from 'sql.js';
import type { ImportSummary } from '../import/types.ts';
import type { RunSummary } from '../match/types.ts';
import { appendAudit, type AuditEntry } from './audit.ts';
import type { Actor } from './signoff.ts';

/** Record a run: the imports it read, the profile versions that read them, its parameters and counts per category. */
export function auditRun(db: Database, run: RunSummary, imports: readonly ImportSummary[], actor: Actor): AuditEntry {
  const used = imports.filter((summary) => run.import_ids.includes(summary.import_id));
  const profiles = [...new Set(used.map((summary) => `${summary.profile_id}@${summary.profile_version}`))].sort();
  const counts = Object.fromEntries(
    Object.entries(run.categories)
      .filter(([, totals]) => totals.count > 0)
      .map(([code, totals]) => [code, totals.count]),
  );
  return appendAudit(db, {
    action: 'run',
    ...actor,
    subject: `run #${run.run_id}`,
    detail: { run_id: run.run_id, imports: run.import_ids, profiles, parameters: run.parameters, counts },
  });
}
