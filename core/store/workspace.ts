import type { Database, SqlJsStatic, SqlValue } from 'sql.js';
import { fail, issue, ok, type Result } from '../result.ts';
import { copyDatabase, databaseHandle, sqliteExports, type SqliteExports } from './low-level.ts';
import { APPLICATION_ID, migrate, WorkspaceError } from './schema.ts';

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
    if (bytes) loadInto(sqlJs, native, db, bytes);
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

function loadInto(sqlJs: SqlJsStatic, native: SqliteExports | null, db: Database, bytes: Uint8Array): void {
  if (!native) throw new WorkspaceError('cannot be opened by this build');
  const saved = new sqlJs.Database(bytes);
  try {
    checkWorkspace(saved);
    copyDatabase(native, databaseHandle(saved), 'main', databaseHandle(db), WORKSPACE_SCHEMA);
  } finally {
    saved.close();
  }
}

function checkWorkspace(db: Database): void {
  const integrity = db.exec('PRAGMA integrity_check')[0]?.values[0]?.[0];
  if (integrity !== 'ok') throw new WorkspaceError(`is damaged (${String(integrity)})`);
  const applicationId = Number(db.exec('PRAGMA application_id')[0]?.values[0]?.[0] ?? 0);
  const tables = Number(db.exec('SELECT count(*) FROM sqlite_schema')[0]?.values[0]?.[0] ?? 0);
  if (applicationId !== APPLICATION_ID && tables > 0) throw new WorkspaceError('belongs to another application');
}

/** All rows of a query as objects. */
export function queryAll<T>(db: Database, sql: string, params: SqlValue[] = []): T[] {
  const statement = db.prepare(sql);
  try {
    statement.bind(params);
    const rows: T[] = [];
    while (statement.step()) rows.push(statement.getAsObject() as T);
    return rows;
  } finally {
    statement.free();
  }
}

/** The first column of the first row, or undefined. */
export function queryValue(db: Database, sql: string, params: SqlValue[] = []): SqlValue | undefined {
  return db.exec(sql, params)[0]?.values[0]?.[0];
}
