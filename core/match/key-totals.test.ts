import fc from 'fast-check';
import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { KeyTable } from './key-table.ts';
import { KeyTotals, type KeyFact, type KeyTotal } from './key-totals.ts';

const sqlJs = await initSqlJs();

/**
 * The same totals as SQL computes them: the oracle the hash table must agree with. A statement
 * payment, refund or reversal without a reference is a key of its own.
 */
const ORACLE = `
SELECT source, order_ref,
  min(id) FILTER (WHERE side = 'book' AND kind = 'payment') AS book_id,
  coalesce(sum(amount_minor) FILTER (WHERE side = 'book' AND kind = 'payment'), 0) AS amount,
  coalesce(-sum(amount_minor) FILTER (WHERE side = 'book' AND kind = 'refund'), 0) AS refund,
  min(status) FILTER (WHERE side = 'book' AND kind = 'payment') AS status,
  max(occurred_epoch) FILTER (WHERE side = 'book' AND kind = 'payment') AS paid_epoch,
  min(currency) FILTER (WHERE side = 'book') AS book_currency,
  count(*) FILTER (WHERE side = 'statement' AND kind = 'payment' AND status = 'succeeded') AS payments,
  coalesce(sum(amount_minor) FILTER (WHERE side = 'statement' AND kind = 'payment' AND status = 'succeeded'), 0) AS paid,
  coalesce(-sum(amount_minor) FILTER (WHERE side = 'statement' AND kind = 'refund'), 0) AS refunded,
  coalesce(-sum(amount_minor) FILTER (WHERE side = 'statement' AND kind = 'reversal'), 0) AS reversed,
  min(currency) FILTER (WHERE side = 'statement') AS statement_currency,
  max(currency) FILTER (WHERE side = 'statement') AS statement_currency_max,
  count(*) FILTER (WHERE side = 'book' AND kind = 'payment') AS book_payments,
  count(*) FILTER (WHERE side = 'statement' AND kind = 'refund') AS refunds,
  coalesce(group_concat(id, ',' ORDER BY id) FILTER (WHERE side = 'statement'), '') AS statement_records
FROM fact
GROUP BY source, order_ref,
  CASE WHEN order_ref IS NULL AND side = 'statement' AND kind IN ('payment', 'refund', 'reversal') THEN id END`;

function oracle(facts: KeyFact[]): Row[] {
  const db = new sqlJs.Database();
  try {
    db.exec(`CREATE TABLE fact (id INTEGER, side TEXT, source TEXT, kind TEXT, order_ref TEXT, amount_minor INTEGER,
      currency TEXT, status TEXT, occurred_epoch INTEGER)`);
    const insert = db.prepare('INSERT INTO fact VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    for (const f of facts)
      insert.run([f.id, f.side, f.source, f.kind, f.order_ref, f.amount_minor, f.currency, f.status, f.occurred_epoch]);
    insert.free();
    const result = db.exec(ORACLE)[0];
    if (!result) return [];
    return result.values.map(
      (row) => Object.fromEntries(result.columns.map((column, i) => [column, row[i] ?? null])) as Row,
    );
  } finally {
    db.close();
  }
}

const byKey = (totals: Row[]) =>
  [...totals].sort((a, b) =>
    `${a.source}|${a.order_ref}|${a.statement_records}`.localeCompare(
      `${b.source}|${b.order_ref}|${b.statement_records}`,
    ),
  );

/** A key's totals with its reference and its statement records' ids. */
type Row = KeyTotal & { order_ref: string | null; statement_records: string };

function everyKey(totals: KeyTotals): Row[] {
  return Array.from({ length: totals.size }, (_, key) => ({
    ...totals.read(key, {} as KeyTotal),
    order_ref: totals.orderRef(key),
    statement_records: totals.statementRecords(key).join(','),
  }));
}

const fact = fc.record({
  side: fc.constantFrom('book', 'statement'),
  source: fc.constantFrom('alipay', 'wechat', '银行'),
  kind: fc.constantFrom('payment', 'refund', 'reversal', 'fee'),
  order_ref: fc.constantFrom(null, '', 'SO-1', 'SO-2', 'SO-10', '订单-3', 'so-1'),
  amount_minor: fc.integer({ min: -1_000_000, max: 1_000_000 }),
  currency: fc.constantFrom('CNY', 'USD', 'EUR'),
  status: fc.constantFrom('succeeded', 'pending', 'refunded', 'closed', 'failed'),
  occurred_epoch: fc.option(fc.integer({ min: 1_700_000_000, max: 1_800_000_000 })),
});
const facts = fc
  .array(fact, { maxLength: 60 })
  .map((list) => list.map((f, index): KeyFact => ({ ...f, id: index + 1 })));

describe('KeyTotals', () => {
  it('agrees with SQL grouping, key by key (statement records included), for references given as text', () => {
    fc.assert(
      fc.property(facts, (list) => {
        const totals = new KeyTotals();
        for (const f of list) totals.add(f);
        expect(byKey(everyKey(totals))).toEqual(byKey(oracle(list)));
      }),
    );
  });

  it('agrees with SQL grouping for references given as UTF-8 bytes inside a larger buffer', () => {
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(facts, (list) => {
        const totals = new KeyTotals();
        for (const f of list) {
          const bytes = encoder.encode(`~~${f.order_ref ?? ''}~~`);
          const start = f.order_ref === null ? -1 : 2;
          totals.addAt(f.source, bytes, start, bytes.length - 4, f);
        }
        expect(byKey(everyKey(totals))).toEqual(byKey(oracle(list)));
      }),
    );
  });

  it('counts the book payments of sources outside the run', () => {
    const totals = new KeyTotals();
    const base = { kind: 'payment', amount_minor: 100, currency: 'CNY', status: 'succeeded', occurred_epoch: null };
    totals.add({ ...base, id: 1, side: 'book', source: 'alipay', order_ref: 'A' });
    totals.add({ ...base, id: 2, side: 'book', source: 'unionpay', order_ref: 'B' });
    totals.add({ ...base, id: 3, side: 'book', source: 'unionpay', order_ref: 'C' });
    totals.add({ ...base, id: 4, side: 'statement', source: 'unionpay', order_ref: 'C' });
    expect(totals.bookPaymentsOutside(new Set(['alipay']))).toBe(2);
    expect(totals.bookPaymentsOutside(new Set(['alipay', 'unionpay']))).toBe(0);
  });

  it('refuses a sum beyond exact integers instead of rounding it', () => {
    const totals = new KeyTotals();
    const payment = {
      side: 'book',
      source: 'x',
      kind: 'payment',
      order_ref: 'A',
      currency: 'CNY',
      status: 'succeeded',
    };
    totals.add({ ...payment, id: 1, amount_minor: Number.MAX_SAFE_INTEGER, occurred_epoch: null });
    expect(() => totals.add({ ...payment, id: 2, amount_minor: 1, occurred_epoch: null })).toThrow(/exact integers/);
  });
});

describe('KeyTable', () => {
  const encoder = new TextEncoder();
  const find = (table: KeyTable, source: number, ref: string) => {
    const bytes = encoder.encode(ref);
    return table.find(source, bytes, 0, bytes.length);
  };

  it('numbers keys in the order first seen and finds them again after growing', () => {
    const table = new KeyTable();
    const refs = Array.from({ length: 200_000 }, (_, i) => `SO2024031500${String(i).padStart(6, '0')}`);
    refs.forEach((ref, i) => expect(find(table, 1, ref)).toBe(i));
    expect(table.size).toBe(refs.length);
    refs.forEach((ref, i) => {
      if (i % 997 === 0) expect(find(table, 1, ref)).toBe(i);
    });
    expect(table.size).toBe(refs.length);
    expect(table.orderRef(123_456)).toBe(refs[123_456]);
  });

  it('gives a record a key of its own that no reference finds, before and after growing', () => {
    const table = new KeyTable();
    const own = Array.from({ length: 50_000 }, (_, i) => [table.own(1), find(table, 1, `SO${i}`)] as const);
    expect(table.size).toBe(100_000);
    expect(new Set(own.map(([key]) => key)).size).toBe(50_000);
    expect(own.every(([key, found], i) => key === 2 * i && found === 2 * i + 1 && table.orderRef(key) === null)).toBe(
      true,
    );
    expect(find(table, 1, 'SO49999')).toBe(99_999);
    expect(table.findText(1, null)).toBe(100_000);
  });

  it('keeps apart a null reference, an empty one, other sources and different bytes', () => {
    const table = new KeyTable();
    const keys = [
      table.findText(1, null),
      table.findText(1, ''),
      table.findText(2, null),
      table.findText(2, ''),
      table.findText(1, '订单'),
      table.findText(1, 'SO-1'),
      table.findText(1, 'SO-10'),
    ];
    expect(new Set(keys).size).toBe(7);
    expect(table.findText(1, '订单')).toBe(keys[4]);
    expect(table.orderRef(keys[0] ?? -1)).toBeNull();
    expect(table.orderRef(keys[1] ?? -1)).toBe('');
    expect(table.orderRef(keys[4] ?? -1)).toBe('订单');
    expect(table.source(keys[2] ?? -1)).toBe(2);
  });
});
