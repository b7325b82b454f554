import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import validateCanonicalRecord from '../generated/validate-canonical-record.js';
import { indexHeader } from '../normalize/header.ts';
import type { Profile } from '../profile/types.ts';
import { validateProfile } from '../profile/validate.ts';
import { CELL_NUMBER, CELL_TEXT, RECORD_COLUMNS, textLength, type EncodedBatch } from '../store/encoded-batch.ts';
import { epochSeconds } from '../time.ts';
import { RowSink } from './row-sink.ts';

/** A profile as a user would write one: every text field from a column, the currency and source too. */
const USER_PROFILE: Profile = {
  id: 'user-shop-export',
  version: 3,
  name: { en: 'Shop export', 'zh-CN': '店铺导出' },
  side: 'book',
  format: 'csv',
  source: { column: 'Channel', map: { 'Ali Pay': 'alipay' } },
  encoding: 'utf-8',
  detect: { headerIncludes: ['Order', 'Amount'] },
  csv: { delimiter: ',', quote: '"', header: { find: ['Order', 'Amount'] } },
  clean: { trim: true, stripPrefixes: ['`'] },
  timeZone: 'Asia/Shanghai',
  currency: { column: 'Currency' },
  rowKinds: { fixed: { kind: 'payment', status: 'succeeded' } },
  fields: {
    amount: { column: 'Amount' },
    fee: { column: 'Fee' },
    order_ref: { column: 'Order' },
    channel_ref: { column: 'Txn' },
    description: { column: 'Note' },
    counterparty: { column: 'Buyer' },
    occurred_at: { column: 'Paid', format: 'yyyy-MM-dd HH:mm:ss' },
    booked_on: { column: 'Booked', format: 'dd.MM.yyyy' },
  },
};
const HEADER = ['Order', 'Channel', 'Txn', 'Amount', 'Fee', 'Currency', 'Note', 'Buyer', 'Paid', 'Booked'];

/** The records of an encoded batch read back as canonical records (and each one's epoch column). */
function decode(batch: EncodedBatch, file: string, profile: Profile) {
  const width = RECORD_COLUMNS.length;
  const decoder = new TextDecoder();
  const records: { record: Record<string, unknown>; epoch: unknown }[] = [];
  for (let row = 0; row < batch.count; row++) {
    const values: Record<string, unknown> = {};
    RECORD_COLUMNS.forEach((name, column) => {
      const cell = row * width + column;
      const start = batch.cells[cell] ?? 0;
      const kind = batch.kinds[cell];
      values[name] =
        kind === CELL_NUMBER
          ? start
          : kind === CELL_TEXT
            ? decoder.decode(batch.text.subarray(start, start + textLength(batch.text, start)))
            : null;
    });
    const { import_id, line, occurred_epoch, ...fields } = values;
    const trace = { import_id, file, line, profile_id: profile.id, profile_version: profile.version };
    records.push({ record: { ...fields, trace }, epoch: occurred_epoch });
  }
  return records;
}

const pick = <T>(...values: T[]) => fc.constantFrom(...values);
// Mostly values a file has, now and then anything at all.
const cell = (...likely: string[]) =>
  fc.oneof(
    { weight: 12, arbitrary: pick(...likely) },
    { weight: 1, arbitrary: fc.string() },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme' }) },
  );
const rows = fc.array(
  fc.tuple(
    cell('SO1', '', '`SO2'),
    cell('alipay', 'Ali Pay', 'WeChat', '', 'x'.repeat(101), '支付宝'),
    cell('4200001', '', 'x'.repeat(32_768)),
    cell('12.80', '-3.5', '12.80', '1,234.00', '0.001', '99999999999999999.99', ''),
    cell('0.08', '', '-0.01', 'abc'),
    cell('CNY', 'CNY', 'cny', 'usd', 'EURO', '', 'XYZ'),
    cell('外卖订单', '', '字'.repeat(32_768), '=1+1'),
    cell('Buyer', ''),
    cell('2024-03-15 10:00:00', '2024-02-30 10:00:00', '2024-03-15T10:00:00', '', '2024-03-15 24:00:00'),
    cell('15.03.2024', '30.02.2024', '', '2024-03-15'),
  ),
  { minLength: 1, maxLength: 12 },
);

describe('a row sink', () => {
  it('is given a profile a user could save', () => {
    expect(validateProfile(USER_PROFILE).ok).toBe(true);
  });

  it('writes only canonical records of a user profile, and every row ends imported or rejected with a reason', () => {
    fc.assert(
      fc.property(rows, (table) => {
        const sink = new RowSink(USER_PROFILE, 'shop.csv', ',');
        sink.useHeader(indexHeader(HEADER), 1);
        table.forEach((cells, index) => sink.row([...cells], index + 2));
        const { batch, rejections } = sink.take();
        const written = decode(batch, 'shop.csv', USER_PROFILE);
        for (const { record, epoch } of written) {
          expect(validateCanonicalRecord(record), JSON.stringify(validateCanonicalRecord.errors)).toBe(true);
          expect(epoch).toBe(record.occurred_at === null ? null : epochSeconds(record.occurred_at as string));
        }
        expect(sink.tally.imported + sink.tally.rejected).toBe(table.length);
        expect(written).toHaveLength(sink.tally.imported);
        expect(rejections).toHaveLength(sink.tally.rejected);
        for (const rejection of rejections) expect(rejection.message).toMatch(/^Line \d+: \S/);
      }),
      { numRuns: 400 },
    );
  });

  it('rejects a row whose source is longer than the schema allows, naming the rule', () => {
    const sink = new RowSink(USER_PROFILE, 'shop.csv', ',');
    sink.useHeader(indexHeader(HEADER), 1);
    const cells = ['SO1', 'x'.repeat(101), '', '12.80', '', 'CNY', '', '', '', ''];
    sink.row(cells, 2);
    sink.row(['SO2', 'alipay', '', '5.00', '', 'CNY', '', '', '2024-03-15 10:00:00', ''], 3);
    const { batch, rejections } = sink.take();
    expect(batch.count).toBe(1);
    expect(rejections).toEqual([
      expect.objectContaining({
        line: 2,
        code: 'record_invalid',
        message:
          'Line 2: the record does not fit the canonical schema (/source must NOT have more than 100 characters)',
      }),
    ]);
    expect(decode(batch, 'shop.csv', USER_PROFILE)[0]?.record).toMatchObject({
      order_ref: 'SO2',
      source: 'alipay',
      amount_minor: 500,
      occurred_at: '2024-03-15T10:00:00+08:00',
    });
  });
});
