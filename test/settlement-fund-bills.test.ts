// The channels' fund bills in a run: their movements repeat the trade bills' trades, refunds and
// fees, so they never enter order matching — the order categories stay what the trade bills alone
// give — and each is kept as `fund_flow` for the settlement, which cross-checks each payout's
// expected amount with the fund bill of its day.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settlementJson } from '../cli/settlement-output.ts';
import type { RunSummary } from '../core/match/types.ts';
import { alipayFundBill, movementsOf, wechatFundBill, type Movement } from './fund-bill-files.ts';
import { bankFile, CONTEXT, dayFiles, generateDays, LedgerDays } from './ledger-days.ts';
import { imported } from './producers/import-records.ts';
import initSqlJs from 'sql.js';
import { bytesSource } from '../core/import/types.ts';
import { builtinProfiles } from '../core/profile/builtin.ts';
import { createHandlers } from '../core/rpc/handlers.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const SAMPLES = path.join(ROOT, 'samples');
const expected = JSON.parse(fs.readFileSync(path.join(SAMPLES, 'expected.json'), 'utf8')) as {
  categories: Record<string, { count: number; amount_minor: number }>;
};
let dir = '';

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'recondesk-fund-'));
  generateDays(path.join(dir, 'days'), 1, 2000);
});

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** The movements of a trade bill file's records. */
async function movements(file: string): Promise<Movement[]> {
  const { records } = await imported(path.basename(file), new Uint8Array(fs.readFileSync(file)));
  return movementsOf(records);
}

/** The two fund bills of a day's trade bills, written beside them; `edit` changes the movements first. */
async function fundBills(
  folder: string,
  date: string,
  edit: { alipay?: (m: Movement[]) => Movement[]; wechat?: (m: Movement[]) => Movement[] } = {},
): Promise<string[]> {
  const out = fs.mkdtempSync(path.join(dir, 'fund-'));
  const alipay = (edit.alipay ?? ((m) => m))(await movements(path.join(folder, 'alipay.csv')));
  const wechat = (edit.wechat ?? ((m) => m))(await movements(path.join(folder, 'wechat.csv')));
  const files = [path.join(out, 'alipay-fund.csv'), path.join(out, 'wechat-fund.csv')];
  fs.writeFileSync(files[0] ?? '', alipayFundBill(date, alipay));
  fs.writeFileSync(files[1] ?? '', wechatFundBill(wechat));
  return files;
}

const counts = (summary: RunSummary) =>
  Object.fromEntries(Object.entries(summary.categories).map(([code, totals]) => [code, totals.count]));

const fundOutcomes = (summary: RunSummary) =>
  summary.completeness?.files
    .filter((file) => file.file.endsWith('-fund.csv'))
    .map((file) => [file.file, file.rows, file.outcomes.fund_flow?.records, Object.keys(file.outcomes)]);

describe('fund bills beside the trade bills', () => {
  it('leave the sample day’s order categories exactly as samples/expected.json, each movement kept as fund_flow', async () => {
    const samples = ['orders.csv', 'alipay.csv', 'wechat.csv'].map((name) => path.join(SAMPLES, name));
    const funds = await fundBills(SAMPLES, '2024-03-15');
    const { summary } = await new LedgerDays().run([...samples, ...funds]);
    for (const [code, totals] of Object.entries(expected.categories)) {
      expect([code, summary.categories[code as keyof RunSummary['categories']]?.count]).toEqual([code, totals.count]);
      expect([code, summary.categories[code as keyof RunSummary['categories']]?.amount_minor]).toEqual([
        code,
        totals.amount_minor,
      ]);
    }
    expect(summary.categories.duplicate_charge.count).toBe(expected.categories.duplicate_charge?.count);
    // No fund source is an order source: none is in scope, none in a category.
    expect(Object.keys(summary.statement_days).sort()).toEqual(['alipay', 'wechat']);
    for (const totals of Object.values(summary.categories))
      expect(Object.keys(totals.by_source).filter((source) => source.endsWith('_fund'))).toEqual([]);
    expect(summary.completeness?.holds).toBe(true);
    const kept = fundOutcomes(summary) ?? [];
    expect(kept).toHaveLength(2);
    for (const [, rows, flows, outcomes] of kept) {
      expect(rows).toBeGreaterThan(1000);
      expect(flows).toBe(rows);
      expect(outcomes).toEqual(['fund_flow']);
    }
  });

  it('cross-check each payout against the bank: the same categories and settlement, every payout cross_checked', async () => {
    const day1 = path.join(dir, 'days', 'day-1');
    const files = [...dayFiles(path.join(dir, 'days'), 1), bankFile(path.join(dir, 'days'), 2)];
    const without = await new LedgerDays().run(files);
    const funds = await fundBills(day1, '2024-03-15');
    const withFunds = await new LedgerDays().run([...files, ...funds]);
    expect(counts(withFunds.summary)).toEqual(counts(without.summary));
    expect(withFunds.summary.completeness?.holds).toBe(true);
    const plain = settlementJson(without.summary);
    const checked = settlementJson(withFunds.summary);
    expect(checked.bank_only).toEqual(plain.bank_only);
    expect(Object.keys(checked.settlement ?? {}).sort()).toEqual(['alipay', 'wechat']);
    for (const source of ['alipay', 'wechat']) {
      const payout = checked.settlement?.[source];
      expect(payout?.status).toBe(plain.settlement?.[source]?.status);
      expect(payout?.expected_minor).toBe(plain.settlement?.[source]?.expected_minor);
      expect(payout?.fund_bill).toMatchObject({
        status: 'cross_checked',
        net_minor: payout?.expected_minor,
        net_difference_minor: 0,
        payout_minor: null,
      });
    }
    expect(plain.settlement?.alipay?.fund_bill).toBeNull();
  });

  it('name a fund bill that disagrees with the trade bill: fund_bill_difference with the difference', async () => {
    const day1 = path.join(dir, 'days', 'day-1');
    const files = [...dayFiles(path.join(dir, 'days'), 1), bankFile(path.join(dir, 'days'), 2)];
    // One fee the fund bill charged 1.00 more than the trade bill says.
    const funds = await fundBills(day1, '2024-03-15', {
      wechat: (m) => {
        const index = m.findIndex((movement) => movement.kind === 'fee');
        return m.map((movement, i) =>
          i === index ? { ...movement, amount_minor: movement.amount_minor - 100 } : movement,
        );
      },
    });
    const ledger = new LedgerDays();
    const { summary, run_id } = await ledger.run([...files, ...funds]);
    const checked = settlementJson(summary);
    expect(checked.settlement?.wechat?.fund_bill).toMatchObject({
      status: 'fund_bill_difference',
      net_difference_minor: -100,
    });
    expect(checked.settlement?.alipay?.fund_bill?.status).toBe('cross_checked');
    expect(checked.fund_flows?.files).toEqual(['alipay-fund.csv', 'wechat-fund.csv']);
    expect(summary.completeness?.holds).toBe(true);
    for (const [language, sheetName, summaryName, agrees, differs, line] of [
      [
        'en',
        'Settlement',
        'Summary',
        'Cross-checked',
        'Fund bill differs',
        'Fund-bill movements kept for the cross-check',
      ],
      ['zh-CN', '结算核对', '汇总', '已交叉核对', '资金账单不符', '资金账单流水（fund_flow'],
    ] as const) {
      const workbook = new ExcelJS.Workbook();
      const bytes = await ledger.engine['report/workbook']({ run_id, language }, CONTEXT);
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
      const sheetRows = (name: string) => {
        const rows: unknown[][] = [];
        workbook.getWorksheet(name)?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
        return rows;
      };
      const payoutRow = (rows: unknown[][], source: string) =>
        rows.find((cells) => cells[0] === source && cells[1] === '2024-03-15');
      const settlement = sheetRows(sheetName);
      expect(payoutRow(settlement, 'alipay')?.slice(16, 18)).toEqual([agrees, 0]);
      expect(payoutRow(settlement, 'wechat')?.slice(16, 18)).toEqual([differs, -1]);
      expect(settlement.some((cells) => String(cells[0]).startsWith(line))).toBe(true);
      // The Summary's three-way position says the same in its fund-bill column.
      const position = sheetRows(summaryName);
      expect([payoutRow(position, 'alipay')?.[8], payoutRow(position, 'wechat')?.[8]]).toEqual([agrees, differs]);
    }
  });
});

describe('the payout lag of a channel', () => {
  it('is its bill profile’s payoutLagDays: an Alipay bill at T+2 is due two days on, WeChat’s at T+1', async () => {
    const engine = createHandlers({ sqlJs: await initSqlJs() });
    const days = path.join(dir, 'days');
    const alipay = builtinProfiles().find((profile) => profile.id === 'alipay-merchant-trade');
    const ids: number[] = [];
    for (const file of [...dayFiles(days, 1), bankFile(days, 2)]) {
      const source = bytesSource(path.basename(file), new Uint8Array(fs.readFileSync(file)));
      const lagged = path.basename(file) === 'alipay.csv' && alipay ? { profile: { ...alipay, payoutLagDays: 2 } } : {};
      const imported = await engine['import/file']({ file: source, ...lagged }, CONTEXT);
      if (!imported.ok) throw new Error(imported.issues[0]?.message);
      ids.push(imported.value.import_id);
    }
    const run = await engine['match/run']({ import_ids: ids }, CONTEXT);
    if (!run.ok) throw new Error(run.issues[0]?.message);
    const payouts = settlementJson(run.value).settlements ?? [];
    expect(payouts.map((payout) => [payout.source, payout.settlement_date, payout.due_on])).toEqual([
      ['alipay', '2024-03-15', '2024-03-17'],
      ['wechat', '2024-03-15', '2024-03-16'],
    ]);
  });
});
