import { describe, expect, it } from 'vitest';
import type { CanonicalRecord } from '../canonical/record.ts';
import { BatchColumns } from './batch-columns.ts';
import { encodeRecords } from './record-writer.ts';

const record = (line: number, overrides: Partial<CanonicalRecord>): CanonicalRecord => ({
  side: 'statement',
  source: 'wechat',
  kind: 'payment',
  order_ref: `SO-${line}`,
  channel_ref: null,
  refund_ref: null,
  batch_ref: null,
  amount_minor: 100 * line,
  currency: 'CNY',
  fee_minor: null,
  fee_rate_ppm: null,
  net_minor: null,
  status: 'succeeded',
  raw_status: 'SUCCESS',
  occurred_at: '2024-03-15T10:00:00+08:00',
  booked_on: null,
  value_on: null,
  counterparty: null,
  description: '咖啡',
  trace: { import_id: 0, file: 'f.csv', profile_id: 'p', profile_version: 1, line },
  ...overrides,
});

describe('BatchColumns', () => {
  const records = [
    record(1, {}),
    record(2, { kind: 'refund', amount_minor: -5, status: 'refunded', raw_status: '退款' }),
    record(3, { order_ref: null, source: '银联', description: '咖啡' }),
    record(4, { raw_status: 'SUCCESS', currency: 'USD', fee_minor: 7 }),
  ];
  const batch = encodeRecords(records);
  const columns = new BatchColumns();
  columns.use(batch);
  const column = BatchColumns.column;

  it('reads back every record’s words, numbers and references, repeated or not', () => {
    const read = records.map((_, row) => ({
      kind: columns.word(row, column('kind')),
      source: columns.word(row, column('source')),
      status: columns.word(row, column('status')),
      raw_status: columns.word(row, column('raw_status')),
      currency: columns.word(row, column('currency')),
      description: columns.word(row, column('description')),
      amount_minor: columns.number(row, column('amount_minor')),
      fee_minor: columns.number(row, column('fee_minor')),
    }));
    expect(read).toEqual(
      records.map((r) => ({
        kind: r.kind,
        source: r.source,
        status: r.status,
        raw_status: r.raw_status,
        currency: r.currency,
        description: r.description,
        amount_minor: r.amount_minor,
        fee_minor: r.fee_minor,
      })),
    );
  });

  it('stores a word equal to the previous row’s once, and gives a null reference no bytes', () => {
    const start = (row: number, name: string) => columns.textStart(row, column(name));
    expect(start(1, 'side')).toBe(start(0, 'side'));
    expect(start(3, 'raw_status')).toBe(start(2, 'raw_status'));
    expect(start(1, 'kind')).not.toBe(start(0, 'kind'));
    expect(start(2, 'order_ref')).toBe(-1);
    const ref = start(1, 'order_ref');
    expect(new TextDecoder().decode(batch.text.subarray(ref, ref + columns.textLength(ref)))).toBe('SO-2');
  });
});
