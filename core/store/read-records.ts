import type { Database } from 'sql.js';
import type { CanonicalRecord } from '../canonical/record.ts';

type RecordRow = Omit<CanonicalRecord, 'trace'> & {
  import_id: number;
  line: number;
  file: string;
  profile_id: string;
  profile_version: number;
};

/** The canonical records of one import, in source order, read back from the workspace. */
export function* readRecords(db: Database, importId: number): Generator<CanonicalRecord> {
  const statement = db.prepare(
    `SELECT r.*, i.file, i.profile_id, i.profile_version FROM record r JOIN import i ON i.id = r.import_id
     WHERE r.import_id = ? ORDER BY r.id`,
  );
  try {
    statement.bind([importId]);
    while (statement.step()) {
      const row = statement.getAsObject() as unknown as RecordRow;
      yield {
        side: row.side,
        source: row.source,
        kind: row.kind,
        order_ref: row.order_ref,
        channel_ref: row.channel_ref,
        refund_ref: row.refund_ref,
        batch_ref: row.batch_ref,
        amount_minor: row.amount_minor,
        currency: row.currency,
        fee_minor: row.fee_minor,
        fee_rate_ppm: row.fee_rate_ppm,
        net_minor: row.net_minor,
        status: row.status,
        raw_status: row.raw_status,
        occurred_at: row.occurred_at,
        booked_on: row.booked_on,
        value_on: row.value_on,
        counterparty: row.counterparty,
        description: row.description,
        trace: {
          import_id: row.import_id,
          file: row.file,
          line: row.line,
          profile_id: row.profile_id,
          profile_version: row.profile_version,
        },
      };
    }
  } finally {
    statement.free();
  }
}
