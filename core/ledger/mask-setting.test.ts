import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { bytesSource } from '../import/types.ts';
import { as, createDesk } from './test-desk.ts';

const sample = (name: string) => bytesSource(name, fs.readFileSync(new URL(`../../samples/${name}`, import.meta.url)));

async function summaryLine(bytes: Uint8Array): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return String(workbook.getWorksheet('Summary')?.getCell('A2').value);
}

describe('the workspace remembers masking', () => {
  it('masks every export once chosen, until turned off, and records each change once', async () => {
    const { engine } = createDesk();
    const user = as('li.wei');
    for (const name of ['orders.csv', 'wechat.csv']) await engine['import/file']({ file: sample(name) }, user);
    const run = await engine['match/run']({}, user);
    if (!run.ok) throw new Error(run.issues[0]?.message);
    expect(await engine['settings/mask']({}, user)).toEqual({ mask: false });
    expect(await engine['settings/mask']({ mask: true }, user)).toEqual({ mask: true });
    await engine['settings/mask']({ mask: true }, user);
    const workbook = await engine['report/workbook']({ run_id: run.value.run_id }, user);
    expect(await summaryLine(workbook)).toMatch(/^Personal data masked/);
    const converted = new TextDecoder().decode(await engine['convert/import']({ import_id: 1, to: 'csv' }, user));
    expect(converted).toContain(',C********,');
    expect(converted).not.toContain('C01270110');

    // A saved workspace opens with the choice it remembers.
    const reopened = createDesk().engine;
    await reopened['workspace/open']({ bytes: await engine['workspace/export']({}, user) }, user);
    expect(await reopened['settings/mask']({}, user)).toEqual({ mask: true });
    await reopened['settings/mask']({ mask: false }, user);
    expect(await summaryLine(await reopened['report/workbook']({ run_id: run.value.run_id }, user))).not.toMatch(
      /masked/,
    );
    const { entries } = await reopened['audit/list']({}, user);
    expect(entries.filter((entry) => entry.action === 'setting.mask').map((entry) => entry.detail)).toEqual([
      { mask: true },
      { mask: false },
    ]);
  });
});
