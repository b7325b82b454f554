// The exception grid's questions to the engine on the sample day: sorted by a column, filtered by
// source, status and amount, searched by a channel ref, and the totals of what is selected.
import fs from 'node:fs';
import path from 'node:path';
import initSqlJs from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { bytesSource } from '../import/types.ts';
import type { EngineHandlers, FindingsQuery } from '../rpc/contract.ts';
import { createHandlers } from '../rpc/handlers.ts';
import type { Finding, RunSummary } from './types.ts';

const SAMPLES = path.resolve(import.meta.dirname, '../../samples');
const CONTEXT = { progress: () => {}, cancelled: () => false };

let engine: EngineHandlers;
let run: RunSummary;

beforeAll(async () => {
  engine = createHandlers({ sqlJs: await initSqlJs() });
  for (const name of ['orders.csv', 'alipay.csv', 'wechat.csv']) {
    const bytes = new Uint8Array(fs.readFileSync(path.join(SAMPLES, name)));
    const imported = await engine['import/file']({ file: bytesSource(name, bytes) }, CONTEXT);
    if (!imported.ok) throw new Error(imported.issues[0]?.message);
  }
  const result = await engine['match/run']({}, CONTEXT);
  if (!result.ok) throw new Error(result.issues[0]?.message);
  run = result.value;
});

async function page(query: Partial<FindingsQuery> & Pick<FindingsQuery, 'category'>) {
  const result = await engine['findings/list']({ run_id: run.run_id, offset: 0, limit: 500, ...query }, CONTEXT);
  if (result.category === 'fee_mismatch') throw new Error('not a category page');
  return result;
}

const amounts = (rows: Finding[]) => rows.map((row) => row.amount_minor);

describe('findings for the grid', () => {
  it('sort by any column, both ways, every row once', async () => {
    const all = await page({ category: 'book_only' });
    expect(all.total).toBe(run.categories.book_only.count);
    const descending = await page({ category: 'book_only', sort: { column: 'book_amount', descending: true } });
    const values = descending.rows.map((row) => row.book?.amount_minor ?? 0);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(new Set(descending.rows.map((row) => row.order_ref))).toEqual(new Set(all.rows.map((row) => row.order_ref)));
    const byRef = await page({ category: 'book_only', sort: { column: 'order_ref' } });
    const refs = byRef.rows.map((row) => row.order_ref);
    expect(refs).toEqual([...refs].sort());
  });

  it('filter by source, book status and amount range', async () => {
    const [source] = Object.keys(run.categories.book_only.by_source).sort();
    const bySource = await page({ category: 'book_only', sources: [source!] });
    expect(bySource.total).toBe(run.categories.book_only.by_source[source!]?.count);
    expect(new Set(bySource.rows.map((row) => row.source))).toEqual(new Set([source]));
    const all = await page({ category: 'book_only' });
    const [low, high] = [Math.min(...amounts(all.rows)), Math.max(...amounts(all.rows))];
    const middle = await page({ category: 'book_only', amount_min: low + 1, amount_max: high - 1 });
    expect(middle.total).toBe(all.rows.filter((row) => row.amount_minor > low && row.amount_minor < high).length);
    const paidNotNotified = await page({ category: 'paid_not_notified' });
    const status = paidNotNotified.rows[0]?.book?.status ?? 'pending';
    const byStatus = await page({ category: 'paid_not_notified', statuses: [status] });
    expect(byStatus.total).toBe(paidNotNotified.rows.filter((row) => row.book?.status === status).length);
    expect(byStatus.total).toBeGreaterThan(0);
  });

  it('filter by a time range, compared as instants whatever the offset', async () => {
    const all = await page({ category: 'book_only' });
    const times = all.rows.map((row) => Date.parse(row.book?.occurred_at ?? ''));
    const middle = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;
    // The same instant written in UTC: the book times carry +08:00.
    const from = new Date(middle).toISOString();
    const later = await page({ category: 'book_only', occurred_from: from });
    const earlier = await page({ category: 'book_only', occurred_to: from });
    expect(later.total).toBe(times.filter((time) => time >= middle).length);
    expect(later.total + earlier.total).toBe(all.total);
    expect(earlier.total).toBeGreaterThan(0);
  });

  it('search a statement channel ref as well as the order ref', async () => {
    const mismatch = await page({ category: 'amount_mismatch' });
    const channelRef = mismatch.rows[0]?.statement?.channel_refs.split(',')[0] ?? '';
    expect(channelRef).not.toBe('');
    const found = await page({ category: 'amount_mismatch', search: channelRef.slice(-10) });
    expect(found.rows.map((row) => row.order_ref)).toContain(mismatch.rows[0]?.order_ref);
  });

  it('search the counterparty and description either side has', async () => {
    const books = await page({ category: 'book_only' });
    const counterparty = books.rows.find((row) => row.book?.counterparty)?.book?.counterparty ?? '';
    expect(counterparty).not.toBe('');
    const found = await page({ category: 'book_only', search: counterparty });
    expect(found.total).toBeGreaterThan(0);
    expect(found.rows.every((row) => row.book?.counterparty?.includes(counterparty))).toBe(true);
  });

  it('total what the query selects: count, book, statement, net and absolute differences', async () => {
    const mismatch = await page({ category: 'amount_mismatch' });
    const [totals] = mismatch.totals ?? [];
    const book = mismatch.rows.reduce((sum, row) => sum + (row.book?.amount_minor ?? 0), 0);
    const statement = mismatch.rows.reduce((sum, row) => sum + (row.statement?.amount_minor ?? 0), 0);
    const gross = mismatch.rows.reduce(
      (sum, row) => sum + Math.abs((row.statement?.amount_minor ?? 0) - (row.book?.amount_minor ?? 0)),
      0,
    );
    expect(totals).toEqual({
      currency: 'CNY',
      count: run.categories.amount_mismatch.count,
      book_minor: book,
      statement_minor: statement,
      difference_minor: run.categories.amount_mismatch.amount_minor,
      absolute_difference_minor: gross,
    });
    expect(gross).toBeGreaterThan(Math.abs(totals?.difference_minor ?? 0));
    const later = await engine['findings/list'](
      { run_id: run.run_id, category: 'amount_mismatch', offset: 1, limit: 1 },
      CONTEXT,
    );
    expect('totals' in later).toBe(false);
  });
});
