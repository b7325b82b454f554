import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import validateCanonicalRecord from '../generated/validate-canonical-record.js';
import { KINDS, SIDES, STATUSES, type CanonicalRecord } from './record.ts';
import { recordViolation } from './record-rules.ts';

/** What the schema's own validator says of a record: null when valid, else its first error. */
function schemaVerdict(record: unknown): string | null {
  if (validateCanonicalRecord(record)) return null;
  const error = validateCanonicalRecord.errors?.[0];
  return `${error?.instancePath ?? ''} ${error?.message ?? ''}`;
}

const MAX = Number.MAX_SAFE_INTEGER;
const integerish = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.constantFrom(0, 1, -1, MAX, -MAX, MAX + 1, -MAX - 1, 1_000_000, 1_000_001, 0.5, -0.25, NaN, Infinity, -Infinity),
  fc.maxSafeInteger(),
  fc.double(),
);
const longText = (length: number) => fc.constantFrom('a', '字', '😀').map((unit) => unit.repeat(length));
const texts = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 5 }),
  longText(32767),
  longText(32768),
  longText(100),
  longText(101),
  fc.constant(''),
);
const instants = fc.oneof(
  fc.constantFrom(
    '2024-03-15T10:00:00+08:00',
    '2024-03-15T10:00:00Z',
    '2024-03-15T10:00:00.123-05:30',
    '2024-03-15 10:00:00+08:00',
    '2024-03-15T10:00:00+0800',
    '2024-3-15T10:00:00Z',
    '２０２４-03-15T10:00:00Z',
  ),
  fc.string(),
);
const dates = fc.oneof(fc.constantFrom('2024-03-15', '2024-3-15', '2024-03-15T00:00:00Z', '9999-99-99'), fc.string());
const nullable = <T>(value: fc.Arbitrary<T>) => fc.oneof(fc.constant(null), value);
const word = <T extends string>(words: readonly T[]) => fc.oneof(fc.constantFrom(...words), fc.string(), fc.integer());
const currencies = fc.oneof(fc.constantFrom('CNY', 'USD', 'cny', 'US', 'USDT', 'ÜSD'), fc.string({ maxLength: 4 }));

/** Records of the canonical shape whose every field is, by turns, valid or not. */
const records = fc.record({
  side: word(SIDES),
  source: fc.oneof(fc.constantFrom('alipay', 'wechat'), texts, fc.integer()),
  kind: word(KINDS),
  order_ref: nullable(texts),
  channel_ref: nullable(texts),
  refund_ref: nullable(texts),
  batch_ref: nullable(texts),
  amount_minor: integerish,
  currency: currencies,
  fee_minor: nullable(integerish),
  fee_rate_ppm: nullable(integerish),
  net_minor: nullable(integerish),
  status: word(STATUSES),
  raw_status: nullable(fc.oneof(texts, fc.integer())),
  occurred_at: nullable(instants),
  booked_on: nullable(dates),
  value_on: nullable(dates),
  counterparty: nullable(texts),
  description: nullable(texts),
  trace: fc.record({
    import_id: integerish,
    file: fc.oneof(fc.constant('orders.csv'), texts),
    line: integerish,
    profile_id: fc.oneof(fc.constant('order-export'), texts),
    profile_version: integerish,
  }),
}) as fc.Arbitrary<CanonicalRecord>;

/** A record every field of which fits the schema. */
const VALID: CanonicalRecord = {
  side: 'statement',
  source: 'alipay',
  kind: 'payment',
  order_ref: 'SO1',
  channel_ref: null,
  refund_ref: null,
  batch_ref: null,
  amount_minor: 12_800,
  currency: 'CNY',
  fee_minor: 77,
  fee_rate_ppm: 6000,
  net_minor: 12_723,
  status: 'succeeded',
  raw_status: null,
  occurred_at: '2024-03-15T00:00:05+08:00',
  booked_on: '2024-03-15',
  value_on: null,
  counterparty: null,
  description: '外卖订单',
  trace: { import_id: 0, file: 'alipay.csv', line: 6, profile_id: 'alipay-merchant-trade', profile_version: 1 },
};

describe('the canonical record rules', () => {
  it('give the schema validator’s verdict and first reason for any record of the canonical shape', () => {
    fc.assert(
      fc.property(records, (record) => {
        expect(recordViolation(record)).toBe(schemaVerdict(record));
      }),
      { numRuns: 3000 },
    );
  });

  it('give the schema validator’s verdict for a valid record with one field changed', () => {
    const fields = Object.keys(VALID) as (keyof CanonicalRecord)[];
    fc.assert(
      fc.property(records, fc.constantFrom(...fields), (random, field) => {
        const record = { ...VALID, [field]: random[field] } as CanonicalRecord;
        expect(recordViolation(record)).toBe(schemaVerdict(record));
      }),
      { numRuns: 3000 },
    );
  });

  it('name the field and the rule a record breaks', () => {
    expect(recordViolation(VALID)).toBeNull();
    expect(recordViolation({ ...VALID, description: 'x'.repeat(40_000) })).toBe(
      '/description must NOT have more than 32767 characters',
    );
    expect(recordViolation({ ...VALID, currency: 'cny' })).toBe('/currency must match pattern "^[A-Z]{3}$"');
    expect(recordViolation({ ...VALID, amount_minor: 2 ** 53 })).toBe('/amount_minor must be <= 9007199254740991');
    // Lengths count UTF-16 units, as the bundled validator does.
    expect(recordViolation({ ...VALID, description: '字'.repeat(32767) })).toBeNull();
    expect(recordViolation({ ...VALID, source: '😀'.repeat(51) })).toBe(
      '/source must NOT have more than 100 characters',
    );
  });
});
