import type { SqlJsStatic } from 'sql.js';
import { exportWorkspace, openWorkspace } from '../core/store/workspace.ts';
import { verifyWorkspace } from '../core/store/verify-workspace.ts';

/**
 * A real workspace file that says which save it is: version v holds v runs. `padding` bytes of
 * run parameters make it as large as a test needs (a larger file takes longer to write and check).
 */
export function workspaceVersion(sqlJs: SqlJsStatic, version: number, padding = 0): Uint8Array {
  const opened = openWorkspace(sqlJs);
  if (!opened.ok) throw new Error(opened.issues[0]?.message);
  const { db } = opened.value;
  try {
    const insert = db.prepare('INSERT INTO run (started_at, parameters_json, summary_json) VALUES (?, ?, ?)');
    for (let run = 1; run <= version; run++) {
      const parameters = run === 1 && padding > 0 ? JSON.stringify({ note: 'x'.repeat(padding) }) : '{}';
      insert.run([`2026-12-06T00:00:${String(run % 60).padStart(2, '0')}Z`, parameters, '{}']);
    }
    insert.free();
    return exportWorkspace(opened.value);
  } finally {
    db.close();
  }
}

/** Which save a workspace file is (its number of runs), or null when it does not pass the checks. */
export function versionOf(sqlJs: SqlJsStatic, bytes: Uint8Array): number | null {
  const verdict = verifyWorkspace(sqlJs, bytes);
  return verdict.ok ? verdict.value.runs : null;
}
