import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import initSqlJs from 'sql.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDay, dayFiles, generateDays, LedgerDays } from '../../test/ledger-days.ts';

let dir = '';

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'recondesk-ledger-'));
  generateDays(dir, 3, 2000);
});

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the workspace worked day by day (3 days of 2,000 orders)', () => {
  it('reports every day the carry-forward and corrections of the truth, and keeps only one day of records', async () => {
    const ledger = new LedgerDays();
    const truth = JSON.parse(fs.readFileSync(path.join(dir, 'truth.json'), 'utf8')) as {
      days: { carry_forward: { resolved: { count: number } } }[];
    };
    let last = { run_id: 0, corrections: 0 };
    for (let day = 1; day <= 3; day++) {
      const { ledger: result, run_id } = await ledger.run(dayFiles(dir, day));
      last = { run_id, corrections: result.corrections.paid_not_notified };
      const checked = checkDay(dir, day, result);
      expect(checked.ok, checked.output).toBe(true);
      expect(result.carry_forward.resolved.count).toBe(truth.days[day - 1]?.carry_forward.resolved.count);
    }
    // Day 2's cross-day orders arrived on day 3 or expired into book-only: none older than a day is pending.
    const open = await ledger.engine['ledger/items']({ state: 'open', category: 'pending_cross_day' }, CONTEXT_ANY);
    expect(open.every((item) => item.origin_date === '2024-03-17')).toBe(true);
    const imports = await ledger.engine['import/list']({}, CONTEXT_ANY);
    expect(imports).toHaveLength(9);
    const saved = new (await initSqlJs()).Database(ledger.bytes ?? undefined);
    const kept = saved.exec('SELECT DISTINCT i.business_date FROM record r JOIN import i ON i.id = r.import_id');
    expect(kept[0]?.values).toEqual([['2024-03-17']]);
    saved.close();

    // The day's workbook: its Corrections sheet lists the orders to set PAID, the Summary the handling.
    const workbook = new ExcelJS.Workbook();
    const bytes = await ledger.engine['report/workbook']({ run_id: last.run_id }, CONTEXT_ANY);
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const corrections = workbook.getWorksheet('Corrections');
    expect(corrections?.rowCount).toBe(2 + last.corrections);
    expect(corrections?.getRow(3).getCell(4).value).toBe('PAID');
    expect(String(corrections?.getRow(3).getCell(1).value)).toMatch(/^SO20240317\d{8}$/);
    expect(typeof corrections?.getRow(3).getCell(6).value).toBe('number');
    const summary: string[] = [];
    workbook.getWorksheet('Summary')?.eachRow((row) => summary.push(String(row.getCell(1).value)));
    expect(summary).toContain('Handling of exceptions (business day 2024-03-17)');
    expect(summary).toContain('Paid, not notified (paid_not_notified)');
  });

  it('refuses a statement already in the workspace and a business day before its latest', async () => {
    const ledger = new LedgerDays();
    await ledger.run(dayFiles(dir, 1));
    await ledger.run(dayFiles(dir, 2));
    await expect(ledger.run(dayFiles(dir, 1).slice(1, 2))).rejects.toThrow(/looks like a statement already imported/);
    await expect(ledger.run(dayFiles(dir, 3).slice(1, 2), { date: '2024-03-15' })).rejects.toThrow(
      "The workspace's latest business day is 2024-03-16; a run adds that day again or a later one, not 2024-03-15.",
    );
  });
});

const CONTEXT_ANY = { progress: () => {}, cancelled: () => false };
