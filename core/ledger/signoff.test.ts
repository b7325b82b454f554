import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bytesSource } from '../import/types.ts';
import { as, createDesk } from './test-desk.ts';

/** The demo Alipay bill: 2024-03-15. */
const alipay = () => bytesSource('alipay.csv', fs.readFileSync(new URL('../../samples/alipay.csv', import.meta.url)));
const MARCH = { from: '2024-03-01', to: '2024-03-31' };

describe('sign-off', () => {
  it('refuses a review by the user who prepared the period', async () => {
    const { engine } = createDesk();
    expect((await engine['signoff/ready'](MARCH, as('li.wei'))).ok).toBe(true);
    const refused = await engine['signoff/review']({ ...MARCH, decision: 'approve' }, as('li.wei'));
    expect(refused).toEqual({
      ok: false,
      issues: [
        {
          code: 'signoff_same_user',
          message: 'li.wei prepared the period 2024-03-01 to 2024-03-31; another user must review it.',
        },
      ],
    });
    const { signoffs } = await engine['audit/list']({}, as('li.wei'));
    expect(signoffs).toEqual([expect.objectContaining({ ...MARCH, status: 'ready', preparer: 'li.wei' })]);
  });

  it('returns a period with a note, and approves it once marked ready again', async () => {
    const { engine } = createDesk();
    await engine['signoff/ready'](MARCH, as('li.wei'));
    const silent = await engine['signoff/review']({ ...MARCH, decision: 'return' }, as('chen.jing'));
    expect(!silent.ok && silent.issues[0]?.code).toBe('signoff_note_needed');
    const back = await engine['signoff/review'](
      { ...MARCH, decision: 'return', note: 'explain the two duplicate charges' },
      as('chen.jing'),
    );
    expect(back.ok).toBe(true);
    let { signoffs } = await engine['audit/list']({}, as('chen.jing'));
    expect(signoffs[0]).toMatchObject({
      status: 'returned',
      reviewer: 'chen.jing',
      note: 'explain the two duplicate charges',
    });
    const early = await engine['signoff/review']({ ...MARCH, decision: 'approve' }, as('chen.jing'));
    expect(!early.ok && early.issues[0]?.message).toBe(
      'The period 2024-03-01 to 2024-03-31 is not marked ready for review (it is returned).',
    );
    await engine['signoff/ready']({ ...MARCH, note: 'explained' }, as('li.wei'));
    expect((await engine['signoff/review']({ ...MARCH, decision: 'approve' }, as('chen.jing'))).ok).toBe(true);
    ({ signoffs } = await engine['audit/list']({}, as('chen.jing')));
    expect(signoffs).toEqual([
      expect.objectContaining({ ...MARCH, status: 'approved', preparer: 'li.wei', reviewer: 'chen.jing' }),
    ]);
  });

  it('records the session’s user for a call that names none (the app’s name field)', async () => {
    const { engine } = createDesk();
    const anonymous = { progress: () => {}, cancelled: () => false };
    await engine['session/user']({ user: 'wang.fang' }, anonymous);
    const ready = await engine['signoff/ready'](MARCH, anonymous);
    expect(ready.ok && ready.value.user).toBe('wang.fang');
  });

  it('refuses a day that is not a date, or a period that ends before it starts', async () => {
    const { engine } = createDesk();
    const wrong = await engine['signoff/ready']({ from: '2024-02-30', to: '2024-03-01' }, as('li.wei'));
    expect(!wrong.ok && wrong.issues[0]?.message).toBe('"2024-02-30" is not a date (YYYY-MM-DD).');
    const reversed = await engine['signoff/ready']({ from: '2024-03-02', to: '2024-03-01' }, as('li.wei'));
    expect(!reversed.ok && reversed.issues[0]?.code).toBe('signoff_date');
  });
});

describe('a locked period', () => {
  async function lockedMarch() {
    const desk = createDesk();
    const imported = await desk.engine['import/file']({ file: alipay() }, as('li.wei'));
    if (!imported.ok) throw new Error(imported.issues[0]?.message);
    await desk.engine['signoff/ready'](MARCH, as('li.wei'));
    await desk.engine['signoff/review']({ ...MARCH, decision: 'approve' }, as('chen.jing'));
    return { ...desk, importId: imported.value.import_id };
  }

  it('refuses an import of a statement of its days, keeping nothing of it', async () => {
    const { engine } = await lockedMarch();
    const refused = await engine['import/file']({ file: alipay(), on_overlap: 'allow' }, as('li.wei'));
    expect(refused).toEqual({
      ok: false,
      issues: [
        {
          code: 'period_locked',
          file: 'alipay.csv',
          message:
            'Importing a statement in a locked period is refused: 2024-03-15 falls in 2024-03-01 to 2024-03-31, ' +
            'approved by chen.jing on 2024-03-16 (undo the approval to change it).',
        },
      ],
    });
    expect(await engine['import/list']({}, as('li.wei'))).toHaveLength(1);
    const { entries } = await engine['audit/list']({}, as('li.wei'));
    expect(entries.map((entry) => entry.action)).toEqual(['import', 'signoff.ready', 'signoff.approve']);
  });

  it('refuses removing an import of its days', async () => {
    const { engine, importId } = await lockedMarch();
    const refused = await engine['import/remove']({ import_id: importId }, as('li.wei'));
    expect(!refused.ok && refused.issues[0]?.message).toMatch(
      /^Removing an import in a locked period is refused: 2024-03-15 falls/,
    );
    expect(await engine['import/list']({}, as('li.wei'))).toHaveLength(1);
  });

  it('takes the import once the reviewer undid the approval, and records the removal', async () => {
    const { engine, importId } = await lockedMarch();
    const undone = await engine['audit/undo']({}, as('chen.jing'));
    expect(undone.ok && undone.value.detail).toMatchObject({ action: 'signoff.approve', inverse: 'withdrawn' });
    expect((await engine['import/remove']({ import_id: importId }, as('li.wei'))).ok).toBe(true);
    expect((await engine['import/file']({ file: alipay() }, as('li.wei'))).ok).toBe(true);
    const { entries, signoffs } = await engine['audit/list']({}, as('li.wei'));
    expect(entries.map((entry) => `${entry.action} ${entry.subject}`)).toEqual([
      'import import #1',
      'signoff.ready 2024-03-01..2024-03-31',
      'signoff.approve 2024-03-01..2024-03-31',
      'undo 2024-03-01..2024-03-31',
      'import.remove import #1',
      'import import #2',
    ]);
    expect(signoffs).toEqual([expect.objectContaining({ status: 'ready' })]);
  });
});
