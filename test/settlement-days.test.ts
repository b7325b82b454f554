// The settlement check against the bench's multi-day truth: each channel's payout of a bill day
// against the next day's camt.053, in both ways a desk works — one run of a bill day with the
// next day's bank statement, and one workspace fed day by day, the last day only a bank file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settlementJson } from '../cli/settlement-output.ts';
import { bankFile, checkDay, CONTEXT, dayFiles, generateDays, LedgerDays } from './ledger-days.ts';

const DAYS = 5;
const ORDERS = 2000;
let dir = '';

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'recondesk-settle-'));
  generateDays(dir, DAYS, ORDERS);
});

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

type Truth = { days: { settlement: Record<string, { status: string }> | null }[] };

describe(`the settlement check (${DAYS} days of ${ORDERS.toLocaleString('en')} orders)`, () => {
  it('settles bill day K − 1 against day K’s bank statement in one run, as the truth says, every entry accounted for', async () => {
    const truth = JSON.parse(fs.readFileSync(path.join(dir, 'truth.json'), 'utf8')) as Truth;
    const statuses: string[] = [];
    for (let day = 2; day <= DAYS + 1; day++) {
      const { summary } = await new LedgerDays().run([...dayFiles(dir, day - 1), bankFile(dir, day)]);
      const result = settlementJson(summary);
      const checked = checkDay(dir, day, result, 'settlement,bank_only');
      expect(checked.ok, checked.output).toBe(true);
      expect(summary.completeness?.holds).toBe(true);
      // Bank entries are their own side: none is an order category's.
      expect(summary.categories.statement_only.by_source.bank).toBeUndefined();
      const bank = summary.completeness?.files.find((file) => file.file === 'bank.xml');
      expect(bank?.outcomes.bank_charge?.records).toBe(1);
      statuses.push(...Object.values(result.settlement ?? {}).map((payout) => payout.status));
    }
    const planted = truth.days.flatMap((day) => Object.values(day.settlement ?? {}).map((payout) => payout.status));
    expect(statuses).toEqual(planted);
    expect(new Set(statuses)).toEqual(new Set(['matched', 'short', 'over', 'missing']));
  });

  it('settles each day in a workspace fed day by day, the last day with only its bank statement', async () => {
    const ledger = new LedgerDays();
    for (let day = 1; day <= DAYS + 1; day++) {
      const files = [...(day <= DAYS ? dayFiles(dir, day) : []), ...(day >= 2 ? [bankFile(dir, day)] : [])];
      const { ledger: result, summary } = await ledger.run(files);
      const checked = checkDay(dir, day, { ...result, ...settlementJson(summary) }, null);
      expect(checked.ok, checked.output).toBe(true);
      expect(summary.completeness?.holds).toBe(true);
    }
  });

  it('shows the short payout on the Settlement sheet and the three-way position on the Summary, in both languages', async () => {
    const ledger = new LedgerDays();
    const { run_id } = await ledger.run([...dayFiles(dir, 1), bankFile(dir, 2)]);
    const truth = JSON.parse(fs.readFileSync(path.join(dir, 'truth.json'), 'utf8')) as {
      days: { settlement: Record<string, { expected_cents: number; credited_cents: number; bank_ref: string }> }[];
    };
    const wechat = truth.days[1]?.settlement.wechat;
    for (const [language, sheetName, short, position] of [
      ['en', 'Settlement', 'Short', 'Three-way position: book ↔ channel ↔ bank'],
      ['zh-CN', '结算核对', '少到账', '三方核对：系统 ↔ 渠道 ↔ 银行'],
    ] as const) {
      const workbook = new ExcelJS.Workbook();
      const bytes = await ledger.engine['report/workbook']({ run_id, language }, CONTEXT);
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet(sheetName);
      const rows: unknown[][] = [];
      sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      const row = rows.find((cells) => cells[0] === 'wechat');
      expect(row?.[1]).toBe('2024-03-15');
      expect(row?.[8]).toBe((wechat?.expected_cents ?? 0) / 100);
      expect(row?.[9]).toBe((wechat?.credited_cents ?? 0) / 100);
      expect(row?.[11]).toBe(short);
      expect(row?.[12]).toBe(wechat?.bank_ref);
      // gross − refunds − fees + adjustments is the expected payout, cent for cent.
      const [gross, refunds, fees, adjustments] = [4, 5, 6, 7].map((index) => Math.round(Number(row?.[index]) * 100));
      expect((gross ?? 0) - (refunds ?? 0) - (fees ?? 0) + (adjustments ?? 0)).toBe(wechat?.expected_cents);
      expect(rows.some((cells) => String(cells[5]).includes('SERVICE CHARGE'))).toBe(true);
      const summary: string[] = [];
      workbook.getWorksheet(1)?.eachRow((line) => summary.push(String(line.getCell(1).value)));
      expect(summary).toContain(position);
    }
  });
});
