import { describe, expect, it } from 'vitest';
import type { Profile } from '../../profile/types.ts';
import type { JsonLayout } from '../../profile/layouts.ts';
import { validateProfile } from '../../profile/validate.ts';
import { DocumentError } from '../document.ts';
import { readJsonDocument } from './document.ts';
import { MAX_JSON_DEPTH } from './parse-json.ts';

const BASE = {
  id: 'test-json',
  version: 1,
  name: { en: 'JSON test', 'zh-CN': 'JSON 测试' },
  side: 'statement',
  format: 'json',
  source: { value: 'test' },
  encoding: 'utf-8',
  detect: { patterns: ['"amount"'] },
  clean: { trim: true, stripPrefixes: [] },
  timeZone: 'UTC',
  currency: { column: 'currency' },
  rowKinds: { fixed: { kind: 'payment', status: 'succeeded' } },
  fields: { amount: { column: 'amount' } },
};

/** A profile with this JSON layout, checked by the bundled schema like any profile. */
function profileWith(json: JsonLayout, extra: Record<string, unknown> = {}): Profile {
  const result = validateProfile({ ...BASE, json, ...extra });
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join('; '));
  return result.value;
}

const STRIPE_COLUMNS: JsonLayout['columns'] = {
  id: 'id',
  currency: { path: 'currency', type: 'currency' },
  amount: { path: 'amount', type: 'minor' },
  fee: { path: 'fee', type: 'minor' },
  net: { path: 'net', type: 'minor' },
  fee_details: { path: 'fee_details[*].amount', type: 'minor' },
  created: { path: 'created', type: 'unix-seconds' },
};

const LIST = `{
  "object": "list",
  "url": "/v1/balance_transactions",
  "has_more": true,
  "data": [
    {
      "id": "txn_1", "amount": 2000, "currency": "usd", "fee": 88, "net": 1912, "created": 1557995177,
      "fee_details": [{ "amount": 50, "type": "stripe_fee" }, { "amount": 38, "type": "tax_fee" }]
    },
    { "id": "txn_2", "amount": -400, "currency": "jpy", "fee": 0, "net": -400, "created": 1678043844, "fee_details": [] },
    { "id": "txn_3", "amount": 1000, "currency": "usd", "fee": 30, "net": 975, "created": 1678043844, "fee_details": [] }
  ]
}`;

describe('readJsonDocument: a list envelope', () => {
  const profile = profileWith({
    entries: { path: 'data' },
    columns: STRIPE_COLUMNS,
    net: { column: 'net' },
    checks: [
      { label: 'amount − fee = net', add: ['amount'], subtract: ['fee'], equals: 'net' },
      { label: 'fee = Σ fee_details', add: ['fee_details'], equals: 'fee' },
    ],
    metadata: { has_more: 'has_more', list_url: 'url' },
  });
  const document = readJsonDocument(LIST, profile);

  it('reads each element of the array at the path, on the line where it starts', () => {
    expect(document.columns).toEqual(['id', 'currency', 'amount', 'fee', 'net', 'fee_details', 'created']);
    expect(document.rows).toEqual([
      { line: 6, cells: ['txn_1', 'USD', '20.00', '0.88', '19.12', '0.88', '2019-05-16T08:26:17Z'] },
      { line: 10, cells: ['txn_2', 'JPY', '-400', '0', '-400', '0', '2023-03-05T19:17:24Z'] },
      { line: 11, cells: ['txn_3', 'USD', '10.00', '0.30', '9.75', '0.00', '2023-03-05T19:17:24Z'] },
    ]);
    expect(document.entries).toBe(3);
    expect(document.net_minor).toEqual({ USD: 2887, JPY: -400 });
    expect(document.metadata).toEqual({ has_more: 'true', list_url: '/v1/balance_transactions' });
  });

  it('checks each entry per currency and names the lines where a check fails', () => {
    expect(document.controls).toEqual([
      {
        label: 'amount − fee = net, on each of 2 USD entries (not on line 11)',
        stated: '28.87 USD',
        computed: '28.82 USD',
        holds: false,
      },
      { label: 'amount − fee = net, on each of 1 JPY entries', stated: '-400 JPY', computed: '-400 JPY', holds: true },
      {
        label: 'fee = Σ fee_details, on each of 2 USD entries (not on line 11)',
        stated: '1.18 USD',
        computed: '0.88 USD',
        holds: false,
      },
      { label: 'fee = Σ fee_details, on each of 1 JPY entries', stated: '0 JPY', computed: '0 JPY', holds: true },
    ]);
  });

  it('refuses a document without the path holding the entries', () => {
    expect(() => readJsonDocument('{"object": "list", "items": []}', profile)).toThrow(
      new DocumentError('has no data holding the entries'),
    );
  });
});

describe('readJsonDocument: where the entries are', () => {
  const columns: JsonLayout['columns'] = { currency: 'currency', amount: { path: 'amount', type: 'amount' } };

  it('reads a root array with $', () => {
    const profile = profileWith({ entries: { path: '$' }, columns, net: { column: 'amount' } });
    const document = readJsonDocument(
      '[\n{"amount": 1.5, "currency": "EUR"},\n{"amount": "-2.25", "currency": "EUR"}\n]',
      profile,
    );
    expect(document.rows.map((row) => [row.line, ...row.cells])).toEqual([
      [2, 'EUR', '1.50'],
      [3, 'EUR', '-2.25'],
    ]);
    expect(document.net_minor).toEqual({ EUR: -75 });
  });

  it('reads a single object as one entry', () => {
    const profile = profileWith({ entries: { path: '$' }, columns, net: { column: 'amount' } });
    const document = readJsonDocument('{"amount": 12, "currency": "CHF"}', profile);
    expect(document.rows).toEqual([{ line: 1, cells: ['CHF', '12.00'] }]);
    expect(document.entries).toBe(1);
    expect(document.controls).toEqual([]);
  });

  it('finds every object with a field value anywhere, in document order, not inside a found one', () => {
    const profile = profileWith({
      entries: { find: { path: 'object', equals: 'balance_transaction' } },
      columns: { id: 'id', ...columns },
      net: { column: 'amount' },
    });
    const text = JSON.stringify({
      object: 'dispute',
      amount: 1,
      currency: 'USD',
      balance_transactions: [
        {
          id: 'a',
          object: 'balance_transaction',
          amount: -10,
          currency: 'USD',
          source: { object: 'balance_transaction' },
        },
        { id: 'b', object: 'charge', amount: 99, currency: 'USD' },
      ],
      catalog: { nested: { id: 'c', object: 'balance_transaction', amount: 2, currency: 'USD' } },
    });
    expect(readJsonDocument(text, profile).rows.map((row) => row.cells)).toEqual([
      ['a', 'USD', '-10.00'],
      ['c', 'USD', '2.00'],
    ]);
  });

  it('refuses nesting past the bound with its line, and text that is not JSON with line and column', () => {
    const profile = profileWith({ entries: { path: '$' }, columns, net: { column: 'amount' } });
    const deep = `{"a":\n${'['.repeat(MAX_JSON_DEPTH + 10)}`;
    expect(() => readJsonDocument(deep, profile)).toThrow(
      new DocumentError(`is not valid JSON: nesting deeper than ${MAX_JSON_DEPTH} levels (line 2, column 256)`, 2),
    );
    expect(() => readJsonDocument('{"amount": 1,\n "currency": EUR}', profile)).toThrow(
      new DocumentError('is not valid JSON: a value expected (line 2, column 14)', 2),
    );
  });
});

describe('readJsonDocument: NDJSON', () => {
  const profile = profileWith({
    lines: true,
    entries: { path: '$' },
    columns: { id: 'id', currency: 'currency', amount: { path: 'amount', type: 'minor' } },
    net: { column: 'amount' },
  });

  it('reads one entry per line; a line that is not JSON is a rejected row with its line', () => {
    const text = [
      '{"id": "a", "amount": 100, "currency": "EUR"}',
      '{"id": "b", "amount": 2',
      '',
      '{"id": "c", "amount": -25, "currency": "EUR"}\r',
      '{"id": "d", "amount": 1.5, "currency": "EUR"}',
    ].join('\n');
    const document = readJsonDocument(text, profile);
    expect(document.rows).toEqual([
      { line: 1, cells: ['a', 'EUR', '1.00'] },
      { line: 4, cells: ['c', 'EUR', '-0.25'] },
    ]);
    expect(document.problems).toEqual([
      {
        line: 2,
        message: 'is not valid JSON: the text ends before the closing "}" (column 24)',
        raw: '{"id": "b", "amount": 2',
      },
      {
        line: 5,
        message: 'entry amount 1.5 is not a whole number of minor units',
        raw: '{"id": "d", "amount": 1.5, "currency": "EUR"}',
      },
    ]);
    expect(document.entries).toBe(4);
    expect(document.net_minor).toEqual({ EUR: 75 });
  });
});

describe('readJsonDocument: NDJSON with entries found by a field', () => {
  it('rejects a line holding no entry rather than dropping it', () => {
    const profile = profileWith({
      lines: true,
      entries: { find: { path: 'object', equals: 'payout' } },
      columns: { currency: 'currency', amount: { path: 'amount', type: 'minor' } },
      net: { column: 'amount', sign: 'negative' },
    });
    const text =
      '{"object": "payout", "amount": 1000, "currency": "usd"}\n{"object": "charge", "amount": 5, "currency": "usd"}';
    const document = readJsonDocument(text, profile);
    expect(document.net_minor).toEqual({ USD: -1000 });
    expect(document.problems).toEqual([
      {
        line: 2,
        message: 'holds no entry (no object "payout")',
        raw: '{"object": "charge", "amount": 5, "currency": "usd"}',
      },
    ]);
    expect(document.metadata).toEqual({ lines: '2' });
  });
});

describe('readJsonDocument: money is never a float', () => {
  const profile = profileWith({
    entries: { path: 'items' },
    columns: {
      currency: 'currency',
      amount: { path: 'amount', type: 'amount' },
      cents: { path: 'cents', type: 'minor' },
    },
    net: { column: 'amount' },
  });
  const read = (items: string) => readJsonDocument(`{"items": [\n${items}\n]}`, profile);

  it('reads decimal amounts from their digits, exactly', () => {
    const document = read(
      [
        '{"amount": 0.1, "currency": "USD"}',
        '{"amount": 0.2, "currency": "USD"}',
        '{"amount": 1234567890123.45, "currency": "USD"}',
        '{"amount": -0.30, "currency": "USD"}',
        '{"amount": 1.234, "currency": "KWD"}',
      ].join(',\n'),
    );
    expect(document.rows.map((row) => row.cells[1])).toEqual(['0.10', '0.20', '1234567890123.45', '-0.30', '1.234']);
    expect(document.net_minor).toEqual({ USD: 123456789012345, KWD: 1234 });
  });

  it('keeps 2^53 − 1 minor units and refuses 2^53 + 1, more decimals than the currency has, and exponents', () => {
    const document = read(
      [
        '{"amount": 1, "cents": 9007199254740991, "currency": "USD"}',
        '{"amount": 1, "cents": 9007199254740993, "currency": "USD"}',
        '{"amount": 1.2345, "currency": "KWD"}',
        '{"amount": 1e2, "currency": "USD"}',
        '{"amount": 5, "currency": "XYZ"}',
        '{"amount": 5}',
      ].join(',\n'),
    );
    expect(document.rows.map((row) => [row.line, row.cells[2]])).toEqual([[2, '90071992547409.91']]);
    expect(document.problems.map((problem) => [problem.line, problem.message])).toEqual([
      [3, 'entry cents 9007199254740993 minor units is more than the 2^53 − 1 an amount may hold'],
      [4, 'entry amount "1.2345" has 4 decimals; the currency allows 3'],
      [5, expect.stringMatching(/^entry amount "1e2" /)],
      [6, 'entry amount currency "XYZ" is not an ISO 4217 code'],
      [7, 'entry amount has an amount but no currency'],
    ]);
  });
});

describe('readJsonDocument: untrusted keys and shapes', () => {
  it('reads __proto__ as a plain key and never touches Object.prototype', () => {
    const profile = profileWith({
      entries: { path: '$' },
      columns: {
        currency: 'currency',
        amount: { path: 'amount', type: 'minor' },
        hidden: { path: '__proto__.amount', type: 'minor' },
        inherited: 'constructor.name',
      },
      net: { column: 'amount' },
    });
    const document = readJsonDocument(
      '{"__proto__": {"amount": 5, "polluted": 1}, "amount": 1, "currency": "usd"}',
      profile,
    );
    expect(document.rows).toEqual([{ line: 1, cells: ['usd', '0.01', '0.05', ''] }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('amount');
  });

  it('rejects an entry whose text column holds an object, or that is not an object', () => {
    const profile = profileWith({
      entries: { path: '$' },
      columns: { currency: 'currency', amount: { path: 'amount', type: 'minor' }, source: 'source' },
      net: { column: 'amount' },
    });
    const document = readJsonDocument('[{"amount": 1, "currency": "USD", "source": {"id": "ch_1"}}, 42]', profile);
    expect(document.problems.map((problem) => problem.message)).toEqual([
      'entry source is an object, not a value; name a field inside it',
      'entry is a number, not an object',
    ]);
    expect(document.rows).toEqual([]);
  });

  it('refuses a profile whose layout names a column it does not define', () => {
    const profile = profileWith({ entries: { path: '$' }, columns: { amount: 'amount' }, net: { column: 'amount' } });
    expect(() => readJsonDocument('{}', profile)).toThrow(
      new DocumentError('cannot be read with profile test-json: its json layout has no column "currency"'),
    );
  });
});
