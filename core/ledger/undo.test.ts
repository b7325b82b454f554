import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bytesSource } from '../import/types.ts';
import { as, createDesk } from './test-desk.ts';

const sample = (name: string) => bytesSource(name, fs.readFileSync(new URL(`../../samples/${name}`, import.meta.url)));
const DAY = { from: '2024-03-15', to: '2024-03-15' };

describe('undo', () => {
  it('reverses the last import by removing it, passing over the run after it, and keeps both entries', async () => {
    const { engine } = createDesk();
    for (const name of ['orders.csv', 'alipay.csv']) await engine['import/file']({ file: sample(name) }, as('li.wei'));
    expect((await engine['match/run']({}, as('li.wei'))).ok).toBe(true);
    const undone = await engine['audit/undo']({}, as('li.wei'));
    expect(undone.ok && undone.value).toMatchObject({
      action: 'undo',
      subject: 'import #2',
      user: 'li.wei',
      detail: { undoes: 2, action: 'import', inverse: 'removal', removed_import: 2 },
    });
    expect((await engine['import/list']({}, as('li.wei'))).map((entry) => entry.file)).toEqual(['orders.csv']);
    // The statement is gone, so a new run has nothing to reconcile.
    const run = await engine['match/run']({}, as('li.wei'));
    expect(!run.ok && run.issues[0]?.code).toBe('no_statement');
    const { entries, chain } = await engine['audit/list']({}, as('li.wei'));
    expect(entries.map((entry) => entry.action)).toEqual(['import', 'import', 'run', 'undo']);
    expect(chain.intact).toBe(true);
  });

  it('walks back one action at a time and says when nothing is left', async () => {
    const { engine } = createDesk();
    await engine['import/file']({ file: sample('alipay.csv') }, as('li.wei'));
    await engine['signoff/ready'](DAY, as('li.wei'));
    const first = await engine['audit/undo']({}, as('li.wei'));
    expect(first.ok && first.value.detail).toMatchObject({ undoes: 2, inverse: 'withdrawn' });
    expect((await engine['audit/list']({}, as('li.wei'))).signoffs).toEqual([]);
    const second = await engine['audit/undo']({}, as('li.wei'));
    expect(second.ok && second.value.detail).toMatchObject({ undoes: 1, inverse: 'removal' });
    expect(await engine['audit/undo']({}, as('li.wei'))).toEqual({
      ok: false,
      issues: [{ code: 'undo_nothing', message: 'There is nothing to undo.' }],
    });
  });

  it('refuses to withdraw another user’s approval, and a removal, naming them', async () => {
    const { engine } = createDesk();
    const imported = await engine['import/file']({ file: sample('alipay.csv') }, as('li.wei'));
    await engine['signoff/ready'](DAY, as('li.wei'));
    await engine['signoff/review']({ ...DAY, decision: 'approve' }, as('chen.jing'));
    const other = await engine['audit/undo']({}, as('li.wei'));
    expect(!other.ok && other.issues[0]?.message).toBe('Only chen.jing, who made it, can withdraw sign-off entry #3.');
    await engine['audit/undo']({}, as('chen.jing'));
    await engine['audit/undo']({}, as('li.wei'));
    expect(
      (await engine['import/remove']({ import_id: imported.ok ? imported.value.import_id : 0 }, as('li.wei'))).ok,
    ).toBe(true);
    const removal = await engine['audit/undo']({}, as('li.wei'));
    expect(!removal.ok && removal.issues[0]?.message).toBe(
      'The last action (#6, import.remove of import #1) cannot be undone.',
    );
  });

  it('records a newer download replacing an earlier one as an import and a removal, and will not undo it', async () => {
    const { engine } = createDesk();
    await engine['import/file']({ file: sample('alipay.csv') }, as('li.wei'));
    const newer = await engine['import/file']({ file: sample('alipay.csv'), on_overlap: 'replace' }, as('li.wei'));
    expect(newer.ok && newer.value.replaced).toEqual([1]);
    const { entries } = await engine['audit/list']({}, as('li.wei'));
    expect(entries.map((entry) => [entry.action, entry.subject, entry.detail.replaced_by ?? null])).toEqual([
      ['import', 'import #1', null],
      ['import', 'import #2', null],
      ['import.remove', 'import #1', 2],
    ]);
    const undo = await engine['audit/undo']({}, as('li.wei'));
    expect(!undo.ok && undo.issues[0]?.message).toBe(
      'The last action (#3, import.remove of import #1) cannot be undone.',
    );
  });
});
