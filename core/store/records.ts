import type { Database, SqlValue } from 'sql.js';
import type { CanonicalRecord } from '../canonical/record.ts';
import type { RowIssue } from '../import/types.ts';

const RECORD_COLUMNS = [
  'import_id', 'line', 'side', 'source', 'kind', 'order_ref', 'channel_ref', 'refund_ref', 'batch_ref',
  'amount_minor', 'currency', 'fee_minor', 'fee_rate_ppm', 'net_minor', 'status', 'raw_status',
  'occurred_at', 'occurred_epoch', 'booked_on', 'value_on', 'counterparty', 'description',
] as const;

/**
 * Writes canonical records and rejected rows with prepared statements (bulk inserts run
 * inside the import's one transaction).
 */
export function createRecordWriter(db: Database) {
  const insertRecord = db.prepare(
    `INSERT INTO record (${RECORD_COLUMNS.join(', ')}) VALUES (${RECORD_COLUMNS.map(() => '?').join(', ')})`,
  );
  const insertRejection = db.prepare('INSERT INTO rejection (import_id, line, code, message, raw) VALUES (?, ?, ?, ?, ?)');
  const values: SqlValue[] = new Array<SqlValue>(RECORD_COLUMNS.length);
  return {
    records(records: readonly CanonicalRecord[]): void {
      for (const r of records) {
        values[0] = r.trace.import_id;
        values[1] = r.trace.line;
        values[2] = r.side;
        values[3] = r.source;
        values[4] = r.kind;
        values[5] = r.order_ref;
        values[6] = r.channel_ref;
        values[7] = r.refund_ref;
        values[8] = r.batch_ref;
        values[9] = r.amount_minor;
        values[10] = r.currency;
        values[11] = r.fee_minor;
        values[12] = r.fee_rate_ppm;
        values[13] = r.net_minor;
        values[14] = r.status;
        values[15] = r.raw_status;
        values[16] = r.occurred_at;
        values[17] = r.occurred_at === null ? null : Math.floor(Date.parse(r.occurred_at) / 1000);
        values[18] = r.booked_on;
        values[19] = r.value_on;
        values[20] = r.counterparty;
        values[21] = r.description;
        insertRecord.run(values);
      }
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
