import type { Database, SqlJsStatic } from 'sql.js';
import { fail, issue, ok, type Issue, type Result } from '../result.ts';
import { copyDatabase, databaseHandle, sqliteExports, type SqliteExports } from './low-level.ts';
import { migrate, WorkspaceError } from './schema.ts';
import { checkSqliteHeader, checkWorkspaceDatabase } from './verify-workspace.ts';

/**
 * The workspace: one SQLite database (imports, canonical records, runs, findings). It lives in
 * memory (attached as `ws`) while the app works, and is exported as a plain SQLite file that any
 * SQLite tool opens.
 */
export type Workspace = { db: Database; sqlJs: SqlJsStatic; native: SqliteExports | null };

/** The schema name of the workspace inside the connection; unqualified table names resolve to it. */
export const WORKSPACE_SCHEMA = 'ws';

/** Sorting and temporary tables stay in memory. */
const SESSION_PRAGMAS = `PRAGMA temp_store = MEMORY; ATTACH ':memory:' AS ${WORKSPACE_SCHEMA};`;

/** Open an empty workspace, or a copy of the bytes of a saved one (checked before use). */
export function openWorkspace(sqlJs: SqlJsStatic, bytes?: Uint8Array): Result<Workspace> {
  const db = new sqlJs.Database();
  const native = sqliteExports(sqlJs);
  try {
    db.exec(SESSION_PRAGMAS);
    const refused = bytes ? loadInto(sqlJs, native, db, bytes) : null;
    if (refused !== null) {
      db.close();
      return fail(refused);
    }
    migrate(db, WORKSPACE_SCHEMA);
    return ok({ db, sqlJs, native });
  } catch (error) {
    db.close();
    const message = error instanceof WorkspaceError ? error.message : 'is not a SQLite database';
    return fail(issue('workspace_invalid', `The workspace ${message}.`));
  }
}

/** The workspace as the bytes of a standalone SQLite file. */
export function exportWorkspace(workspace: Workspace): Uint8Array {
  const file = new workspace.sqlJs.Database();
  try {
    const path = (file as unknown as { filename: string }).filename;
    workspace.db.exec(`VACUUM ${WORKSPACE_SCHEMA} INTO '${path.replaceAll("'", "''")}'`);
    return file.export();
  } finally {
    file.close();
  }
}

/** Copies a saved workspace into `db` once it passed every check; otherwise says why not. */
function loadInto(sqlJs: SqlJsStatic, native: SqliteExports | null, db: Database, bytes: Uint8Array): Issue | null {
  if (!native) throw new WorkspaceError('cannot be opened by this build');
  const header = checkSqliteHeader(bytes);
  if (header !== null) return header;
  const saved = new sqlJs.Database(bytes);
  try {
    const problem = checkWorkspaceDatabase(saved);
    if (problem !== null) return problem;
    copyDatabase(native, databaseHandle(saved), 'main', databaseHandle(db), WORKSPACE_SCHEMA);
    return null;
  } finally {
    saved.close();
  }
}

export { queryAll, queryValue } from './query.ts';
