import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTEXT, dayFiles, generateDays, LedgerDays } from '../../test/ledger-days.ts';

let dir = '';
let partial = '';
/** Orders whose WeChat trades the early download lacks. */
let late: string[] = [];

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'recondesk-intraday-'));
  generateDays(dir, 2, 2000, 5);
  // The early download of the day's WeChat bill: its first 20 successful trades are not in it yet.
  const wechat = dayFiles(dir, 1)[2] ?? '';
  const lines = fs.readFileSync(wechat, 'utf8').split('\r\n');
  const dropped = lines
    .map((line, index) => ({ line, index }))
    .filter(({ line }) => /,`SUCCESS,/.test(line))
    .slice(0, 20);
  late = dropped.map(({ line }) => line.split(',')[6]?.replace('`', '') ?? '');
  const gone = new Set(dropped.map(({ index }) => index));
  partial = path.join(dir, 'early', 'wechat.csv');
  fs.mkdirSync(path.dirname(partial));
  fs.writeFileSync(partial, lines.filter((_, index) => !gone.has(index)).join('\r\n'));
});

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('a day rerun from a newer download of its bill', () => {
  it('closes the items the newer bill settles, keeps resolutions, and ends as one run of the final files', async () => {
    const [orders, alipay, wechat] = dayFiles(dir, 1) as [string, string, string];
    const ledger = new LedgerDays();
    const early = await ledger.run([orders, alipay, partial]);
    const items = await ledger.engine['ledger/items']({ state: 'open' }, CONTEXT);
    const waiting = items.filter((item) => item.source === 'wechat' && late.includes(item.order_ref));
    expect(waiting.length).toBeGreaterThanOrEqual(15);
    const kept = items.find((item) => item.category === 'amount_mismatch');
    if (!kept) throw new Error('no amount mismatch on the day');
    const resolved = await ledger.engine['ledger/resolve'](
      { ids: [kept.id], reason: '差额已调账', note: 'adjusted', user: 'zhao' },
      CONTEXT,
    );
    expect(resolved.ok).toBe(true);
    await ledger.save();

    ledger.clock = '2024-03-16T09:30:00.000Z';
    const newer = await ledger.run([wechat], { onOverlap: 'replace' });
    const after = await ledger.engine['ledger/items']({}, CONTEXT);
    const closed = after.filter((item) => waiting.some((w) => w.id === item.id));
    expect(closed.every((item) => item.state === 'resolved' && item.closed_how === 'newer_run')).toBe(true);
    expect(after.find((item) => item.id === kept.id)).toMatchObject({
      state: 'resolved',
      closed_by: 'zhao',
      reason: '差额已调账',
    });

    const once = new LedgerDays();
    const single = await once.run([orders, alipay, wechat]);
    expect(newer.ledger.carry_forward).toEqual(single.ledger.carry_forward);
    expect(newer.ledger.corrections).toEqual(single.ledger.corrections);
    expect(newer.ledger.open_exceptions.count).toBe(single.ledger.open_exceptions.count - 1);

    const compared = await ledger.engine['ledger/compare']({ from: early.run_id, to: newer.run_id }, CONTEXT);
    if (!compared.ok) throw new Error(compared.issues[0]?.message);
    expect(compared.value.ledger.carried_open.change).toBeLessThanOrEqual(-15);
    expect(compared.value.items.filter((event) => event.action === 'closed')).toHaveLength(closed.length);
  });

  it('turns yesterday’s unmatched cross-day orders into book-only after the expiry, not before', async () => {
    const ledger = new LedgerDays();
    const day1 = await ledger.run(dayFiles(dir, 1));
    const pending = day1.ledger.carry_forward.open.by_category.pending_cross_day?.count ?? 0;
    expect(pending).toBeGreaterThan(0);
    const day2 = await ledger.run(dayFiles(dir, 2), { expiryDays: 2 });
    const stillPending = (
      await ledger.engine['ledger/items']({ state: 'open', category: 'pending_cross_day' }, CONTEXT)
    ).filter((item) => item.origin_date === '2024-03-15');
    const resolvedPending = day2.ledger.carry_forward.resolved.by_category.pending_cross_day?.count ?? 0;
    expect(stillPending).toHaveLength(pending - resolvedPending);
    const strict = new LedgerDays();
    await strict.run(dayFiles(dir, 1));
    await strict.run(dayFiles(dir, 2));
    const expired = (await strict.engine['ledger/items']({ state: 'open', category: 'book_only' }, CONTEXT)).filter(
      (item) => item.origin_category === 'pending_cross_day',
    );
    expect(expired).toHaveLength(pending - resolvedPending);
    expect(expired.every((item) => item.expired_on === '2024-03-16')).toBe(true);
  });

  it('lets the trade of a cross-day order resolved by hand (跨日到账) arrive without a new exception', async () => {
    const ledger = new LedgerDays();
    await ledger.run(dayFiles(dir, 1));
    const resolved = await ledger.engine['ledger/resolve'](
      { category: 'pending_cross_day', reason: '跨日到账', note: 'the channel settles it tomorrow', user: 'zhao' },
      CONTEXT,
    );
    if (!resolved.ok) throw new Error(resolved.issues[0]?.message);
    const keys = new Set(resolved.value.items.map((item) => `${item.source} ${item.order_ref}`));
    await ledger.save();
    const day2 = await ledger.run(dayFiles(dir, 2));
    expect(day2.ledger.carry_forward.resolved.by_category.pending_cross_day).toBeUndefined();
    const lone = await ledger.engine['ledger/items']({ category: 'statement_only' }, CONTEXT);
    const again = lone.filter(
      (item) => item.origin_date === '2024-03-16' && keys.has(`${item.source} ${item.order_ref}`),
    );
    expect(again).toEqual([]);
    const still = await ledger.engine['ledger/items']({ state: 'resolved' }, CONTEXT);
    expect(
      still.filter((item) => keys.has(`${item.source} ${item.order_ref}`)).every((item) => item.closed_by === 'zhao'),
    ).toBe(true);
  });
});
