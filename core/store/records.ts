import type { Database, SqlValue, Statement } from 'sql.js';
import type { CanonicalRecord } from '../canonical/record.ts';
import type { RowIssue } from '../import/types.ts';
import { databaseHandle, statementHandle, type SqliteExports } from './low-level.ts';
import { Utf8Batch } from './utf8-batch.ts';

/** A canonical record as stored: with its instant as epoch seconds, for time-window rules in SQL. */
export type StoredRecord = CanonicalRecord & { occurred_epoch: number | null };

type Value = string | number | null;

const COLUMNS: readonly [string, (r: StoredRecord) => Value][] = [
  ['import_id', (r) => r.trace.import_id],
  ['line', (r) => r.trace.line],
  ['side', (r) => r.side],
  ['source', (r) => r.source],
  ['kind', (r) => r.kind],
  ['order_ref', (r) => r.order_ref],
  ['channel_ref', (r) => r.channel_ref],
  ['refund_ref', (r) => r.refund_ref],
  ['batch_ref', (r) => r.batch_ref],
  ['amount_minor', (r) => r.amount_minor],
  ['currency', (r) => r.currency],
  ['fee_minor', (r) => r.fee_minor],
  ['fee_rate_ppm', (r) => r.fee_rate_ppm],
  ['net_minor', (r) => r.net_minor],
  ['status', (r) => r.status],
  ['raw_status', (r) => r.raw_status],
  ['occurred_at', (r) => r.occurred_at],
  ['occurred_epoch', (r) => r.occurred_epoch],
  ['booked_on', (r) => r.booked_on],
  ['value_on', (r) => r.value_on],
  ['counterparty', (r) => r.counterparty],
  ['description', (r) => r.description],
];

const INSERT_RECORD = `INSERT INTO record (${COLUMNS.map(([name]) => name).join(', ')}) VALUES (${COLUMNS.map(() => '?').join(', ')})`;
const SQLITE_DONE = 101;

/**
 * Writes canonical records and rejected rows with prepared statements, inside the import's
 * one transaction. Records go through SQLite's C interface from one UTF-8 buffer per batch
 * when the sql.js build exposes it, else through sql.js's own binding.
 */
export function createRecordWriter(db: Database, api: SqliteExports | null) {
  const insertRecord = db.prepare(INSERT_RECORD);
  const insertRejection = db.prepare(
    'INSERT INTO rejection (import_id, line, code, message, raw) VALUES (?, ?, ?, ?, ?)',
  );
  const handle = api ? statementHandle(api, insertRecord, INSERT_RECORD) : null;
  const write = api && handle ? nativeWriter(api, handle, databaseHandle(db)) : boundWriter(insertRecord);
  return {
    records: write,
    rejection(importId: number, row: RowIssue): void {
      insertRejection.run([importId, row.line, row.code, row.message, row.raw]);
    },
    free(): void {
      insertRecord.free();
      insertRejection.free();
    },
  };
}

function boundWriter(statement: Statement): (records: readonly StoredRecord[]) => void {
  const values: SqlValue[] = new Array<SqlValue>(COLUMNS.length);
  return (records) => {
    for (const record of records) {
      COLUMNS.forEach(([, get], index) => (values[index] = get(record)));
      statement.run(values);
    }
  };
}

function nativeWriter(
  api: SqliteExports,
  statement: number,
  database: number,
): (records: readonly StoredRecord[]) => void {
  const text = new Utf8Batch();
  const width = COLUMNS.length;
  let values: Value[] = [];
  let starts = new Int32Array(0);
  return (records) => {
    if (records.length === 0) return;
    const cells = records.length * width;
    if (starts.length < cells) {
      starts = new Int32Array(cells);
      values = new Array<Value>(cells);
    }
    text.reset();
    let cell = 0;
    for (const record of records) {
      for (const [, get] of COLUMNS) {
        const value = get(record);
        values[cell] = value;
        if (typeof value === 'string') starts[cell] = text.append(value);
        cell++;
      }
    }
    const base = api._malloc(Math.max(1, text.length));
    try {
      api.writeArrayToMemory(text.bytes(), base);
      cell = 0;
      for (let row = 0; row < records.length; row++) {
        for (let column = 1; column <= width; column++, cell++) {
          const value = values[cell] ?? null;
          if (value === null) api._sqlite3_bind_blob(statement, column, 0, 0, 0);
          else if (typeof value === 'string') {
            const start = starts[cell] ?? 0;
            api._sqlite3_bind_text(statement, column, base + start, text.lengthAt(start), 0);
          } else if (value === (value | 0)) api._sqlite3_bind_int(statement, column, value);
          else api._sqlite3_bind_double(statement, column, value);
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
