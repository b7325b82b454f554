import fc from 'fast-check';
import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import type { CanonicalRecord } from '../canonical/record.ts';
import { builtinProfiles } from '../profile/builtin.ts';
import { encodeRecords } from '../store/record-writer.ts';
import { createRecordWriter } from '../store/records.ts';
import { openWorkspace } from '../store/workspace.ts';
import { commonEntries, EntryPrints, storedEntryPrints } from './entry-prints.ts';
import { startImport } from './import-row.ts';
import { contentHash } from '../profile/versions.ts';

const sqlJs = await initSqlJs();
const profile = builtinProfiles()[0];

const entry = (fields: Partial<CanonicalRecord>): CanonicalRecord => ({
  side: 'statement',
  source: 'wechat',
  kind: 'payment',
  order_ref: 'SO1',
  channel_ref: '4200',
  refund_ref: null,
  batch_ref: null,
  amount_minor: 100,
  currency: 'CNY',
  fee_minor: null,
  fee_rate_ppm: null,
  net_minor: null,
  status: 'succeeded',
  raw_status: null,
  occurred_at: '2024-03-15T10:00:00+08:00',
  booked_on: null,
  value_on: null,
  counterparty: null,
  description: null,
  trace: { import_id: 0, file: 'f.csv', line: 1, profile_id: 'p', profile_version: 1 },
  ...fields,
});

const printsOf = (records: CanonicalRecord[]): Float64Array => {
  const prints = new EntryPrints();
  prints.add(encodeRecords(records));
  return prints.sorted();
};

describe('entry prints', () => {
  it('are the same whether taken from the stored batches or read back from the records', () => {
    if (!profile) throw new Error('no built-in profile');
    const text = fc.option(fc.constantFrom('a', 'ab', '订单', '', '🧾x'), { nil: null });
    const record = fc.record({
      order_ref: text,
      channel_ref: text,
      booked_on: fc.option(fc.constantFrom('2024-03-15'), { nil: null }),
      amount_minor: fc.constantFrom(0, 1, -3, 2 ** 40, -(2 ** 45)),
      occurred_at: fc.option(fc.constantFrom('2024-03-15T10:00:00+08:00', '2024-03-16T00:00:00+08:00'), {
        nil: null,
      }),
    });
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 30 }), (fields) => {
        const records = fields.map((field) => entry(field));
        const opened = openWorkspace(sqlJs);
        if (!opened.ok) throw new Error('cannot open a workspace');
        const { db, native } = opened.value;
        try {
          const importId = startImport(db, {
            file: 'f.csv',
            profile,
            hash: contentHash(profile),
            now: '2024-03-15T00:00:00Z',
          });
          const writer = createRecordWriter(db, native);
          writer.records(encodeRecords(records), importId);
          writer.free();
          expect([...storedEntryPrints(db, importId)]).toEqual([...printsOf(records)]);
        } finally {
          db.close();
        }
      }),
      { numRuns: 40 },
    );
  });

  it('tell entries apart by every field of their identity, and where one text ends', () => {
    const base = printsOf([entry({})])[0];
    const variants = [
      { amount_minor: 101 },
      { amount_minor: 100 + 2 ** 32 },
      { channel_ref: '4201' },
      { channel_ref: null },
      { channel_ref: '' },
      { order_ref: 'SO2' },
      { occurred_at: '2024-03-15T10:00:01+08:00' },
      { currency: 'USD' },
      { kind: 'refund' as const },
      { source: 'alipay' },
      { booked_on: '2024-03-15' },
      // The same characters, split differently between two fields.
      { order_ref: 'SO14', channel_ref: '200' },
    ];
    for (const variant of variants) expect(printsOf([entry(variant)])[0], JSON.stringify(variant)).not.toBe(base);
    // Fields outside the identity do not matter: a changed description is the same entry.
    expect(printsOf([entry({ description: 'changed', fee_minor: 6 })])[0]).toBe(base);
  });

  it('count an entry repeated in both lists as often as both have it', () => {
    const twice = printsOf([entry({}), entry({}), entry({ order_ref: 'SO2' })]);
    const once = printsOf([entry({}), entry({ order_ref: 'SO3' })]);
    expect(commonEntries(twice, once)).toBe(1);
    expect(commonEntries(twice, twice)).toBe(3);
  });
});
