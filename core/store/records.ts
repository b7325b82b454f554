import type { Database, SqlValue, Statement } from 'sql.js';
import type { RowIssue } from '../import/types.ts';
import { CELL_NULL, CELL_NUMBER, CELL_TEXT, RECORD_COLUMNS, textLength, type EncodedBatch } from './encoded-batch.ts';
import { createRowInserter } from './insert-rows.ts';
import { databaseHandle, statementHandle, type SqliteExports } from './low-level.ts';

/** An insert of `rows` records at once. */
const insertRecords = (rows: number): string =>
  `INSERT INTO record (${RECORD_COLUMNS.join(', ')}) VALUES ${Array.from({ length: rows }, () => `(${RECORD_COLUMNS.map(() => '?').join(', ')})`).join(', ')}`;
const INSERT_RECORD = insertRecords(1);
/** Records stored by one statement step: SQLite's per-statement work is shared by them. */
const ROWS_PER_STEP = 16;
const INSERT_MANY = insertRecords(ROWS_PER_STEP);
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
  const insertMany = db.prepare(INSERT_MANY);
  const insertRejection = db.prepare(
    'INSERT INTO rejection (import_id, line, code, message, raw) VALUES (?, ?, ?, ?, ?)',
  );
  const insertSources = createRowInserter(db, 'record_source (record_id, member, raw)', 3);
  const handle = api ? statementHandle(api, insertRecord, INSERT_RECORD) : null;
  const many = api ? statementHandle(api, insertMany, INSERT_MANY) : null;
  const write =
    api && handle && many ? nativeWriter(api, [handle, many], databaseHandle(db)) : boundWriter(insertRecord);
  return {
    /**
     * Store a batch under `importId` (its import id column is replaced); returns the id of its
     * first record. The others follow in order: a new rowid is the largest one + 1.
     */
    records(batch: EncodedBatch, importId: number): number {
      write(batch, importId);
      const last = Number(db.exec('SELECT last_insert_rowid()')[0]?.values[0]?.[0] ?? 0);
      const first = last - batch.count + 1;
      if (batch.sources !== undefined) insertSources.rows(sourceRows(batch.sources, first));
      return first;
    },
    rejection(importId: number, row: RowIssue): void {
      insertRejection.run([importId, row.line, row.code, row.message, row.raw]);
    },
    free(): void {
      insertRecord.free();
      insertMany.free();
      insertRejection.free();
      insertSources.free();
    },
  };
}

/** A batch's flat sources as the record_source table's values, record ids from `first` on. */
function sourceRows(sources: readonly (string | null)[], first: number): SqlValue[] {
  const values: SqlValue[] = new Array<SqlValue>((sources.length / 2) * 3);
  for (let at = 0, row = 0; at < sources.length; at += 2, row++) {
    values[row * 3] = first + row;
    values[row * 3 + 1] = sources[at] ?? null;
    values[row * 3 + 2] = sources[at + 1] ?? '';
  }
  return values;
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

/** A statement with, per parameter, the kind and value bound to it last. */
type Binder = { statement: number; kind: Uint8Array; value: Float64Array };

const binder = (statement: number, rows: number): Binder => ({
  statement,
  kind: new Uint8Array(WIDTH * rows + 1),
  value: new Float64Array(WIDTH * rows + 1),
});

function nativeWriter(
  api: SqliteExports,
  [one, many]: [number, number],
  database: number,
): (batch: EncodedBatch, importId: number) => void {
  // Bindings outlive sqlite3_reset: a cell bound the same as the last time its parameter was
  // bound is not bound again (most rows repeat their import, side, source, kind, status and
  // nulls). Text is bound in place, so each batch starts with nothing bound.
  const single = binder(one, 1);
  const multiple = binder(many, ROWS_PER_STEP);
  return (batch, importId) => {
    if (batch.count === 0) return;
    const { kinds, cells, text } = batch;
    const base = api._malloc(Math.max(1, text.byteLength));
    single.kind.fill(NOTHING_BOUND);
    multiple.kind.fill(NOTHING_BOUND);
    try {
      api.writeArrayToMemory(text, base);
      const step = ({ statement, kind: boundKind, value: boundValue }: Binder, firstRow: number, rows: number) => {
        let cell = firstRow * WIDTH;
        for (let parameter = 1; parameter <= rows * WIDTH; parameter++, cell++) {
          const kind = kinds[cell] ?? CELL_NULL;
          const value = parameter % WIDTH === 1 ? importId : (cells[cell] ?? 0);
          if (kind === boundKind[parameter] && (kind === CELL_NULL || value === boundValue[parameter])) continue;
          boundKind[parameter] = kind;
          boundValue[parameter] = value;
          if (kind === CELL_TEXT)
            api._sqlite3_bind_text(statement, parameter, base + value, textLength(text, value), 0);
          else if (kind === CELL_NUMBER) {
            if (value === (value | 0)) api._sqlite3_bind_int(statement, parameter, value);
            else api._sqlite3_bind_double(statement, parameter, value);
          } else api._sqlite3_bind_blob(statement, parameter, 0, 0, 0);
        }
        const code = api._sqlite3_step(statement);
        api._sqlite3_reset(statement);
        if (code !== SQLITE_DONE)
          throw new Error(`storing a record failed: ${api.UTF8ToString(api._sqlite3_errmsg(database))}`);
      };
      let row = 0;
      for (; row + ROWS_PER_STEP <= batch.count; row += ROWS_PER_STEP) step(multiple, row, ROWS_PER_STEP);
      for (; row < batch.count; row++) step(single, row, 1);
    } finally {
      api._free(base);
    }
  };
}
