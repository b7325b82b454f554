import type { SqlJsStatic, Statement } from 'sql.js';

/**
 * The C-level exports of the sql.js module. Binding a batch through them (one UTF-8 buffer,
 * pointers into it) skips sql.js's per-value string conversion and allocation, which costs
 * more than SQLite's own insert.
 */
export type SqliteExports = {
  _malloc(size: number): number;
  _free(pointer: number): void;
  writeArrayToMemory(array: Uint8Array, pointer: number): void;
  UTF8ToString(pointer: number): string;
  _sqlite3_bind_text(statement: number, index: number, pointer: number, length: number, destructor: number): number;
  _sqlite3_bind_int(statement: number, index: number, value: number): number;
  _sqlite3_bind_double(statement: number, index: number, value: number): number;
  _sqlite3_bind_blob(statement: number, index: number, pointer: number, length: number, destructor: number): number;
  _sqlite3_step(statement: number): number;
  _sqlite3_reset(statement: number): number;
  _sqlite3_sql(statement: number): number;
  _sqlite3_errmsg(database: number): number;
  stringToNewUTF8(text: string): number;
  _sqlite3_backup_init(destination: number, destinationName: number, source: number, sourceName: number): number;
  _sqlite3_backup_step(backup: number, pages: number): number;
  _sqlite3_backup_finish(backup: number): number;
};

const REQUIRED: readonly (keyof SqliteExports)[] = [
  '_malloc',
  '_free',
  'writeArrayToMemory',
  'UTF8ToString',
  '_sqlite3_bind_text',
  '_sqlite3_bind_int',
  '_sqlite3_bind_double',
  '_sqlite3_bind_blob',
  '_sqlite3_step',
  '_sqlite3_reset',
  '_sqlite3_sql',
  '_sqlite3_errmsg',
  'stringToNewUTF8',
  '_sqlite3_backup_init',
  '_sqlite3_backup_step',
  '_sqlite3_backup_finish',
];

/** The exports, when this build of sql.js has all of them. */
export function sqliteExports(sqlJs: SqlJsStatic): SqliteExports | null {
  const module = sqlJs as unknown as Record<string, unknown>;
  return REQUIRED.every((name) => typeof module[name] === 'function') ? (sqlJs as unknown as SqliteExports) : null;
}

/**
 * The native handle of a prepared statement, recognised by asking SQLite for its SQL text;
 * null when it cannot be found (another sql.js build), and callers fall back to `run()`.
 */
export function statementHandle(api: SqliteExports, statement: Statement, sql: string): number | null {
  for (const value of Object.values(statement as unknown as Record<string, unknown>)) {
    if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) continue;
    if (api.UTF8ToString(api._sqlite3_sql(value)) === sql) return value;
  }
  return null;
}

/** The native handle of a database (sql.js keeps it as `db`). */
export function databaseHandle(database: unknown): number {
  const handle = (database as { db?: unknown }).db;
  return typeof handle === 'number' ? handle : 0;
}

const SQLITE_OK = 0;
const SQLITE_DONE = 101;

/** Copy a whole database between two connections with SQLite's online backup. */
export function copyDatabase(
  api: SqliteExports,
  source: number,
  sourceName: string,
  destination: number,
  destinationName: string,
): void {
  const sourceText = api.stringToNewUTF8(sourceName);
  const destinationText = api.stringToNewUTF8(destinationName);
  try {
    const backup = api._sqlite3_backup_init(destination, destinationText, source, sourceText);
    if (backup === 0)
      throw new Error(`copying the workspace failed: ${api.UTF8ToString(api._sqlite3_errmsg(destination))}`);
    const stepped = api._sqlite3_backup_step(backup, -1);
    const finished = api._sqlite3_backup_finish(backup);
    if (stepped !== SQLITE_DONE || finished !== SQLITE_OK)
      throw new Error(`copying the workspace failed (${stepped}/${finished})`);
  } finally {
    api._free(sourceText);
    api._free(destinationText);
  }
}
