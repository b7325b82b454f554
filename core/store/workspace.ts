import type { Database, SqlJsStatic, SqlValue } from 'sql.js';
import { fail, issue, ok, type Result } from '../result.ts';
import { sqliteExports, type SqliteExports } from './low-level.ts';
import { APPLICATION_ID, migrate, WorkspaceError } from './schema.ts';

/**
 * The workspace: one SQLite database (imports, canonical records, runs, findings) that any
 * SQLite tool can open once exported.
 */
export type Workspace = { db: Database; native: SqliteExports | null };

/** Sorting and temporary tables stay in memory; the page cache may hold the whole workspace. */
const SESSION_PRAGMAS = 'PRAGMA temp_store = MEMORY; PRAGMA cache_size = -1048576;';

/** Open an empty workspace, or the bytes of a saved one (checked before use). */
export function openWorkspace(sqlJs: SqlJsStatic, bytes?: Uint8Array): Result<Workspace> {
  const db = bytes ? new sqlJs.Database(bytes) : new sqlJs.Database();
  try {
    if (bytes) checkWorkspace(db);
    db.exec(SESSION_PRAGMAS);
    migrate(db);
    return ok({ db, native: sqliteExports(sqlJs) });
  } catch (error) {
    db.close();
    const message = error instanceof WorkspaceError ? error.message : 'is not a SQLite database';
    return fail(issue('workspace_invalid', `The workspace ${message}.`));
  }
}

function checkWorkspace(db: Database): void {
  const integrity = db.exec('PRAGMA integrity_check')[0]?.values[0]?.[0];
  if (integrity !== 'ok') throw new WorkspaceError(`is damaged (${String(integrity)})`);
  const applicationId = Number(db.exec('PRAGMA application_id')[0]?.values[0]?.[0] ?? 0);
  const userVersion = Number(db.exec('PRAGMA user_version')[0]?.values[0]?.[0] ?? 0);
  if (userVersion !== 0 && applicationId !== APPLICATION_ID) throw new WorkspaceError('belongs to another application');
}

/** Run `work` in one transaction: all of it lands, or none. */
export function inTransaction<T>(db: Database, work: () => T): T {
  db.exec('BEGIN');
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
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
