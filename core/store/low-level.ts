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
};

const REQUIRED: readonly (keyof SqliteExports)[] = [
  '_malloc', '_free', 'writeArrayToMemory', 'UTF8ToString', '_sqlite3_bind_text', '_sqlite3_bind_int',
  '_sqlite3_bind_double', '_sqlite3_bind_blob', '_sqlite3_step', '_sqlite3_reset', '_sqlite3_sql', '_sqlite3_errmsg',
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
