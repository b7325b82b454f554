import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LedgerDays } from '../../test/ledger-days.ts';
import { as } from './test-desk.ts';

const SAMPLES = path.resolve(import.meta.dirname, '../../samples');
const SAMPLE_DAY = ['orders.csv', 'alipay.csv', 'wechat.csv'].map((name) => path.join(SAMPLES, name));

async function sampleLedger() {
  const ledger = new LedgerDays();
  await ledger.run(SAMPLE_DAY);
  const open = await ledger.engine['ledger/items']({ state: 'open', category: 'amount_mismatch' }, as('li'));
  const item = open[0];
  if (!item) throw new Error('the sample day has no amount mismatch');
  return { engine: ledger.engine, item };
}

describe('resolutions on the audit trail', () => {
  it('records a resolution with its reason, and undo reopens the item with a new entry', async () => {
    const { engine, item } = await sampleLedger();
    const resolved = await engine['ledger/resolve'](
      { ids: [item.id], reason: '差额已调账', note: 'booked as an adjustment', user: 'li' },
      as('li'),
    );
    expect(resolved.ok).toBe(true);
    const trail = await engine['audit/list']({}, as('li'));
    const entry = trail.entries.at(-1);
    expect(entry).toMatchObject({
      action: 'resolve',
      user: 'li',
      subject: `finding ${item.id}`,
      detail: { ids: [item.id], reason: '差额已调账', note: 'booked as an adjustment' },
    });
    expect(trail.chain.intact).toBe(true);

    const undone = await engine['audit/undo']({}, as('li'));
    expect(undone.ok && undone.value.detail).toMatchObject({
      undoes: entry?.seq,
      action: 'resolve',
      inverse: 'reopen',
    });
    const again = await engine['ledger/items']({ state: 'open', category: 'amount_mismatch' }, as('li'));
    expect(again.map((open) => open.id)).toContain(item.id);

    // A reopening is undone by resolving each item again with the reason it had.
    await engine['ledger/resolve']({ ids: [item.id], reason: '已人工核实', user: 'li' }, as('li'));
    await engine['ledger/reopen']({ ids: [item.id], user: 'wang' }, as('wang'));
    const redo = await engine['audit/undo']({}, as('wang'));
    expect(redo.ok && redo.value.detail).toMatchObject({ action: 'reopen', inverse: 'resolve again' });
    const resolvedItems = await engine['ledger/items']({ state: 'resolved' }, as('li'));
    expect(resolvedItems.find((resolvedItem) => resolvedItem.id === item.id)?.reason).toBe('已人工核实');
  });

  it('refuses a resolution of an item whose business day is approved, and keeps it open', async () => {
    const { engine, item } = await sampleLedger();
    const day = { from: item.origin_date, to: item.origin_date };
    expect((await engine['signoff/ready'](day, as('li'))).ok).toBe(true);
    expect((await engine['signoff/review']({ ...day, decision: 'approve' }, as('chen'))).ok).toBe(true);
    const refused = await engine['ledger/resolve']({ ids: [item.id], reason: '已人工核实', user: 'li' }, as('li'));
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.issues[0]?.message).toContain('Resolving an exception in a locked period is refused');
    const open = await engine['ledger/items']({ state: 'open', category: 'amount_mismatch' }, as('li'));
    expect(open.map((openItem) => openItem.id)).toContain(item.id);
    const trail = await engine['audit/list']({}, as('li'));
    expect(trail.entries.filter((entry) => entry.action === 'resolve')).toHaveLength(0);
  });
});
