import fs from 'node:fs';
import path from 'node:path';
import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import type { RunSummary } from '../match/types.ts';
import type { EngineApi, EngineHandlers, HandlerContext } from '../rpc/contract.ts';
import { createHandlers } from '../rpc/handlers.ts';
import { periodsMeet } from './overlap.ts';
import { bytesSource, type ImportSummary } from './types.ts';

// A statement downloaded again (a changed byte, another line end) must not be counted twice:
// it is refused, replaces the earlier import, or is kept beside it, as the user says.

const sqlJs = await initSqlJs();
const CONTEXT: HandlerContext = { progress: () => {}, cancelled: () => false };
const SAMPLES = path.resolve(import.meta.dirname, '../../samples');
const WECHAT_TEXT = fs.readFileSync(path.join(SAMPLES, 'wechat.csv'), 'utf8');
const ORDERS = new Uint8Array(fs.readFileSync(path.join(SAMPLES, 'orders.csv')));
const PERIOD = '2024-03-15T00:00:00+08:00 to 2024-03-16T00:00:00+08:00';
const encode = (text: string) => new TextEncoder().encode(text);

/** The bill as downloaded again: one byte of the first row's payer id differs. */
const ONE_BYTE_CHANGED = encode(WECHAT_TEXT.replace('o36kCpDMwdIhi1zyQLTXrJoE5nVT', 'o36kCpDMwdIhi1zyQLTXrJoE5nVU'));
const EXTRA_LINE_END = encode(`${WECHAT_TEXT}\n`);
const RESAVED_CRLF = encode(WECHAT_TEXT.replaceAll('\n', '\r\n'));

type Input = Parameters<EngineApi['import/file']>[0];
const engine = (): EngineHandlers => createHandlers({ sqlJs, now: () => '2024-03-16T09:00:00+08:00' });
const put = (handlers: EngineHandlers, name: string, bytes: Uint8Array, more: Omit<Input, 'file'> = {}) =>
  handlers['import/file']({ file: bytesSource(name, bytes), ...more }, CONTEXT);

async function stored(handlers: EngineHandlers, name: string, bytes: Uint8Array, more: Omit<Input, 'file'> = {}) {
  const result = await put(handlers, name, bytes, more);
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.issues)}`);
  return result.value;
}

async function categories(handlers: EngineHandlers): Promise<RunSummary['categories']> {
  const run = await handlers['match/run']({}, CONTEXT);
  if (!run.ok) throw new Error(run.issues[0]?.message);
  return run.value.categories;
}

const files = async (handlers: EngineHandlers) =>
  (await handlers['import/list']({}, CONTEXT)).map((entry: ImportSummary) => [entry.import_id, entry.file]);

/** The bill's data rows, without its header and its summary block. */
const WECHAT_LINES = WECHAT_TEXT.trimEnd().split('\n');
const HEADER = WECHAT_LINES[0] ?? '';
const ROWS = WECHAT_LINES.slice(1, -2);

describe('a statement imported again', () => {
  it.each([
    ['with one byte changed', ONE_BYTE_CHANGED],
    ['with an extra line end', EXTRA_LINE_END],
    ['re-saved with CRLF line ends', RESAVED_CRLF],
  ])('is refused %s, naming the earlier import, its period and the share identical', async (_, bytes) => {
    const handlers = engine();
    await stored(handlers, 'orders.csv', ORDERS);
    const first = await stored(handlers, 'wechat.csv', encode(WECHAT_TEXT));
    const again = await put(handlers, 'wechat (1).csv', bytes);
    expect(again).toEqual({
      ok: false,
      issues: [
        expect.objectContaining({
          code: 'overlap',
          file: 'wechat (1).csv',
          import_id: first.import_id,
          message: `looks like a statement already imported: import #2 (wechat.csv, ${PERIOD}, 100% of 1,568 entries identical)`,
        }),
      ],
    });
    expect(await files(handlers)).toEqual([
      [1, 'orders.csv'],
      [2, 'wechat.csv'],
    ]);
  });

  it('is refused when its bytes are the same, which is the extreme case of the rule', async () => {
    const handlers = engine();
    await stored(handlers, 'wechat.csv', encode(WECHAT_TEXT));
    const again = await put(handlers, 'copy.csv', encode(WECHAT_TEXT));
    expect(again.ok ? null : again.issues[0]?.message).toBe(
      `looks like a statement already imported: import #1 (wechat.csv, ${PERIOD}, 100% of 1,568 entries identical, the same bytes)`,
    );
  });

  it('is named as a file of this run when it came with the earlier one', async () => {
    const handlers = engine();
    await stored(handlers, 'wechat (1).csv', ONE_BYTE_CHANGED, { batch: 'run 1' });
    const again = await put(handlers, 'wechat.csv', encode(WECHAT_TEXT), { batch: 'run 1' });
    expect(again.ok ? null : again.issues[0]?.message).toBe(
      `looks like a statement already imported: the file wechat (1).csv of this run (${PERIOD}, 100% of 1,568 entries identical)`,
    );
  });

  it('is refused when it is the earlier import converted to canonical CSV', async () => {
    const handlers = engine();
    const first = await stored(handlers, 'wechat.csv', encode(WECHAT_TEXT));
    const converted = await handlers['convert/import']({ import_id: first.import_id, to: 'csv' }, CONTEXT);
    const again = await put(handlers, 'wechat.canonical.csv', converted);
    expect(again.ok ? null : again.issues[0]?.message).toBe(
      `looks like a statement already imported: import #1 (wechat.csv, ${PERIOD}, 100% of 1,568 entries identical)`,
    );
  });

  it('is refused against a reopened workspace too, its entries read back from the records', async () => {
    const first = engine();
    await stored(first, 'wechat.csv', encode(WECHAT_TEXT));
    const bytes = await first['workspace/export']({}, CONTEXT);
    const second = engine();
    expect((await second['workspace/open']({ bytes }, CONTEXT)).ok).toBe(true);
    const again = await put(second, 'wechat (1).csv', ONE_BYTE_CHANGED);
    expect(again.ok ? null : again.issues[0]?.code).toBe('overlap');
  });

  it('replaces the earlier import: the result is exactly that of the newer file alone', async () => {
    const handlers = engine();
    await stored(handlers, 'orders.csv', ORDERS);
    await stored(handlers, 'wechat.csv', encode(WECHAT_TEXT));
    // A run first, so the totals kept beside the store hold the earlier import's records.
    await categories(handlers);
    const newer = await stored(handlers, 'wechat (1).csv', ONE_BYTE_CHANGED, { on_overlap: 'replace' });
    expect(newer.replaced).toEqual([2]);
    expect(await files(handlers)).toEqual([
      [1, 'orders.csv'],
      [newer.import_id, 'wechat (1).csv'],
    ]);
    const alone = engine();
    await stored(alone, 'orders.csv', ORDERS);
    await stored(alone, 'wechat (1).csv', ONE_BYTE_CHANGED);
    expect(await categories(handlers)).toEqual(await categories(alone));
    // The earlier import's records and rejections went with it.
    const db = new sqlJs.Database(await handlers['workspace/export']({}, CONTEXT));
    expect(db.exec('SELECT count(*) FROM record WHERE import_id = 2')[0]?.values[0]?.[0]).toBe(0);
    db.close();
  });

  it('is kept beside the earlier one when overlaps are allowed, and its charges count twice', async () => {
    const single = engine();
    await stored(single, 'orders.csv', ORDERS);
    await stored(single, 'wechat.csv', encode(WECHAT_TEXT));
    const once = await categories(single);
    const handlers = engine();
    await stored(handlers, 'orders.csv', ORDERS);
    await stored(handlers, 'wechat.csv', encode(WECHAT_TEXT));
    const both = await stored(handlers, 'wechat (1).csv', ONE_BYTE_CHANGED, { on_overlap: 'allow' });
    expect(both.overlaps_with).toEqual([2]);
    expect((await files(handlers)).length).toBe(3);
    const twice = await categories(handlers);
    // Each of the 1,502 payments matched once is now charged twice, as the user chose.
    expect(once.matched.count).toBe(1502);
    expect(twice.matched.count).toBe(0);
    expect(twice.duplicate_charge).toMatchObject({ count: 1518, amount_minor: 109_351_736 });
  });
});

describe('statements that only look alike', () => {
  it('are both imported when they are two days of the same channel', async () => {
    const handlers = engine();
    await stored(handlers, 'wechat-15.csv', encode(WECHAT_TEXT));
    const nextDay = WECHAT_TEXT.replaceAll('2024-03-15', '2024-03-16').replaceAll('20240315', '20240316');
    const second = await stored(handlers, 'wechat-16.csv', encode(nextDay));
    expect(second.overlaps_with).toEqual([]);
    expect((await files(handlers)).length).toBe(2);
  });

  it('are both imported when they are the two halves of one day, split by rows', async () => {
    const handlers = engine();
    const half = ROWS.length / 2;
    const first = await stored(handlers, 'am.csv', encode([HEADER, ...ROWS.slice(0, half)].join('\n')));
    const second = await stored(handlers, 'pm.csv', encode([HEADER, ...ROWS.slice(half)].join('\n')));
    expect([first.imported, second.imported]).toEqual([784, 784]);
    expect(second.overlaps_with).toEqual([]);
  });

  it('keeps rows repeated inside one file: they are no overlap', async () => {
    const handlers = engine();
    const repeated = [HEADER, ...ROWS, ...ROWS.slice(0, 10)].join('\n');
    const summary = await stored(handlers, 'wechat.csv', encode(repeated));
    expect(summary.imported).toBe(1578);
  });
});

describe('the periods of two statements', () => {
  const day = (start: string, end: string) => ({ period_start: start, period_end: end });
  const MARCH_15 = day('2024-03-15T00:00:00+08:00', '2024-03-16T00:00:00+08:00');

  it('overlap when they share any time, and when one is unknown', () => {
    expect(periodsMeet(MARCH_15, day('2024-03-15T12:00:00+08:00', '2024-03-15T18:00:00+08:00'))).toBe(true);
    expect(periodsMeet(MARCH_15, day('2024-03-14T23:00:00+07:00', '2024-03-15T00:30:00+07:00'))).toBe(true);
    expect(periodsMeet(MARCH_15, { period_start: null, period_end: null })).toBe(true);
    // A period stated as one instant still lies inside the other.
    expect(periodsMeet(MARCH_15, day('2024-03-16T00:00:00+08:00', '2024-03-16T00:00:00+08:00'))).toBe(true);
  });

  it('do not when one day ends where the next begins, so consecutive days are never compared', () => {
    expect(periodsMeet(MARCH_15, day('2024-03-16T00:00:00+08:00', '2024-03-17T00:00:00+08:00'))).toBe(false);
    expect(periodsMeet(MARCH_15, day('2024-03-14T00:00:00+08:00', '2024-03-15T00:00:00+08:00'))).toBe(false);
  });
});
