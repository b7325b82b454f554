import fc from 'fast-check';
import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import type { CanonicalRecord } from '../canonical/record.ts';
import { startImport } from '../import/import-row.ts';
import { builtinProfiles } from '../profile/builtin.ts';
import { encodeRecords } from './record-writer.ts';
import { readRecords } from './read-records.ts';
import { createRecordWriter } from './records.ts';
import { openWorkspace } from './workspace.ts';
import { contentHash } from '../profile/versions.ts';

const sqlJs = await initSqlJs();
const profile = builtinProfiles()[0];

const text = fc.option(fc.constantFrom('a', 'b', '订单', ''), { nil: null });
const money = fc.option(fc.constantFrom(0, 5, -7, 2 ** 40, -(2 ** 31)), { nil: null });
const record = fc.record({
  order_ref: text,
  channel_ref: text,
  refund_ref: text,
  description: text,
  fee_minor: money,
  fee_rate_ppm: fc.option(fc.constantFrom(0, 6000), { nil: null }),
  amount_minor: fc.constantFrom(1, 2 ** 40, -3),
  status: fc.constantFrom('succeeded' as const, 'refunded' as const),
});

describe('the record writer', () => {
  // Batches of up to 40 records are stored 16 rows per statement step, then the rest one by one.
  it('stores every cell as given, however values and nulls follow each other, across batches', () => {
    if (!profile) throw new Error('no built-in profile');
    fc.assert(
      fc.property(
        fc.array(fc.array(record, { maxLength: 40, size: 'max' }), { minLength: 1, maxLength: 4 }),
        (batches) => {
          const opened = openWorkspace(sqlJs);
          if (!opened.ok) throw new Error('cannot open a workspace');
          const { db, native } = opened.value;
          try {
            db.exec('BEGIN');
            const importId = startImport(db, {
              file: 'f.csv',
              profile,
              hash: contentHash(profile),
              now: '2024-03-15T00:00:00Z',
            });
            const writer = createRecordWriter(db, native);
            let line = 1;
            const expected: CanonicalRecord[] = [];
            for (const batch of batches) {
              const records = batch.map((fields) => canonical({ ...fields, line: ++line, importId }));
              // As read on another thread: records not yet under an import; the writer fills the id in.
              const read = records.map((record) => ({ ...record, trace: { ...record.trace, import_id: 0 } }));
              writer.records(encodeRecords(read), importId);
              expected.push(...records);
            }
            writer.free();
            db.exec('COMMIT');
            expect([...readRecords(db, importId)]).toEqual(expected);
          } finally {
            db.close();
          }
        },
      ),
    );
  });
});

function canonical(
  fields: Pick<
    CanonicalRecord,
    | 'order_ref'
    | 'channel_ref'
    | 'refund_ref'
    | 'description'
    | 'fee_minor'
    | 'fee_rate_ppm'
    | 'amount_minor'
    | 'status'
  > & { line: number; importId: number },
): CanonicalRecord {
  const { line, importId, ...rest } = fields;
  return {
    side: 'statement',
    source: profile?.id.startsWith('alipay') ? 'alipay' : 'x',
    kind: 'payment',
    batch_ref: null,
    currency: 'CNY',
    net_minor: null,
    raw_status: null,
    occurred_at: null,
    booked_on: null,
    value_on: null,
    counterparty: null,
    ...rest,
    trace: {
      import_id: importId,
      file: 'f.csv',
      line,
      profile_id: profile?.id ?? '',
      profile_version: profile?.version ?? 0,
    },
  };
}
