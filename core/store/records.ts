import type { Database, SqlValue, Statement } from 'sql.js';
import type { RowIssue } from '../import/types.ts';
import { CELL_NULL, CELL_NUMBER, CELL_TEXT, RECORD_COLUMNS, textLength, type EncodedBatch } from './encoded-batch.ts';
import { databaseHandle, statementHandle, type SqliteExports } from './low-level.ts';

const INSERT_RECORD = `INSERT INTO record (${RECORD_COLUMNS.join(', ')}) VALUES (${RECORD_COLUMNS.map(() => '?').join(', ')})`;
const SQLITE_DONE = 101;
const WIDTH = RECORD_COLUMNS.length;
/** A cell kind no cell has: the column is bound to nothing yet in this batch. */
const NOTHING_BOUND = 255;

/**
 * Writes encoded record batches and rejected rows inside the import's one transaction.
 * Records are bound through SQLite's C interface straight from the batch's UTF-8 buffer when
 * the sql.js build exposes it, else through sql.js's own binding.
 */
export function createRecordWriter(db: Database, api: SqliteExports | null) {
  const insertRecord = db.prepare(INSERT_RECORD);
  const insertRejection = db.prepare(
    'INSERT INTO rejection (import_id, line, code, message, raw) VALUES (?, ?, ?, ?, ?)',
  );
  const handle = api ? statementHandle(api, insertRecord, INSERT_RECORD) : null;
  const write = api && handle ? nativeWriter(api, handle, databaseHandle(db)) : boundWriter(insertRecord);
  return {
    /**
     * Store a batch under `importId` (its import id column is replaced); returns the id of its
     * first record. The others follow in order: a new rowid is the largest one + 1.
     */
    records(batch: EncodedBatch, importId: number): number {
      write(batch, importId);
      const last = Number(db.exec('SELECT last_insert_rowid()')[0]?.values[0]?.[0] ?? 0);
      return last - batch.count + 1;
    },
    rejection(importId: number, row: RowIssue): void {
      insertRejection.run([importId, row.line, row.code, row.message, row.raw]);
    },
    free(): void {
      insertRecord.free();
      insertRejection.free();
    },
  };
}

function boundWriter(statement: Statement): (batch: EncodedBatch, importId: number) => void {
  const decoder = new TextDecoder();
  const values: SqlValue[] = new Array<SqlValue>(WIDTH);
  return (batch, importId) => {
    for (let row = 0, cell = 0; row < batch.count; row++) {
      for (let column = 0; column < WIDTH; column++, cell++) {
        const kind = batch.kinds[cell];
        const value = batch.cells[cell] ?? 0;
        values[column] =
          kind === CELL_TEXT
            ? decoder.decode(batch.text.subarray(value, value + textLength(batch.text, value)))
            : kind === CELL_NUMBER
              ? value
              : null;
      }
      values[0] = importId;
      statement.run(values);
    }
  };
}

function nativeWriter(
  api: SqliteExports,
  statement: number,
  database: number,
): (batch: EncodedBatch, importId: number) => void {
  // Bindings outlive sqlite3_reset: a cell bound the same as the row before is not bound again
  // (most rows repeat their import, side, source, kind, status and nulls). Text is bound in
  // place, so each batch starts with nothing bound.
  const boundKind = new Uint8Array(WIDTH + 1);
  const boundValue = new Float64Array(WIDTH + 1);
  return (batch, importId) => {
    if (batch.count === 0) return;
    const { kinds, cells, text } = batch;
    const base = api._malloc(Math.max(1, text.byteLength));
    boundKind.fill(NOTHING_BOUND);
    try {
      api.writeArrayToMemory(text, base);
      for (let row = 0, cell = 0; row < batch.count; row++) {
        for (let column = 1; column <= WIDTH; column++, cell++) {
          const kind = kinds[cell] ?? CELL_NULL;
          const value = column === 1 ? importId : (cells[cell] ?? 0);
          if (kind === boundKind[column] && (kind === CELL_NULL || value === boundValue[column])) continue;
          boundKind[column] = kind;
          boundValue[column] = value;
          if (kind === CELL_TEXT) api._sqlite3_bind_text(statement, column, base + value, textLength(text, value), 0);
          else if (kind === CELL_NUMBER) {
            if (value === (value | 0)) api._sqlite3_bind_int(statement, column, value);
            else api._sqlite3_bind_double(statement, column, value);
          } else api._sqlite3_bind_blob(statement, column, 0, 0, 0);
        }
        const code = api._sqlite3_step(statement);
        api._sqlite3_reset(statement);
        if (code !== SQLITE_DONE)
          throw new Error(`storing a record failed: ${api.UTF8ToString(api._sqlite3_errmsg(database))}`);
      }
    } finally {
      api._free(base);
    }
  };
}
