// The diff workbook the CLI writes for the sample day, read back the way finance opens it:
// one sheet per exception category with as many rows as the JSON result counts, red tabs for
// system-level categories, the differing cells highlighted, real numbers, and no formulas.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATEGORIES, EXCEPTION_CODES, type CategoryCode } from '../core/match/categories.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const HIGHLIGHT = 'FFFFC7CE';
/** Title row, then the frozen header row: data starts on row 3. */
const FIRST_DATA_ROW = 3;

type Json = {
  categories: Record<CategoryCode, { count: number; amount_minor: number }>;
  fees: Record<string, { fee_mismatch: number }>;
};

let workbook: ExcelJS.Workbook;
let result: Json;

beforeAll(async () => {
  const build = spawnSync('npm', ['run', 'build:cli'], { cwd: ROOT, encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'recondesk-workbook-')), 'diff.xlsx');
  const run = spawnSync(
    process.execPath,
    [
      'bin/recondesk.mjs',
      'reconcile',
      '--book',
      'samples/orders.csv',
      'samples/alipay.csv',
      'samples/wechat.csv',
    ].concat(['--out', out, '--json']),
    { cwd: ROOT, encoding: 'utf8' },
  );
  expect(run.status, run.stderr).toBe(0);
  result = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as Json;
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(out);
}, 180_000);

const sheetOf = (code: CategoryCode): ExcelJS.Worksheet => {
  const sheet = workbook.getWorksheet(CATEGORIES[code].label.en);
  if (!sheet) throw new Error(`no sheet for ${code}`);
  return sheet;
};

/** Data rows: from row 3 down to the empty row above the totals. */
const dataRowCount = (sheet: ExcelJS.Worksheet): number => {
  let count = 0;
  while (sheet.getRow(FIRST_DATA_ROW + count).hasValues) count++;
  return count;
};

const headerColumns = (sheet: ExcelJS.Worksheet): string[] =>
  (sheet.getRow(2).values as unknown[]).slice(1).map((value) => String(value));

describe('the diff workbook of the sample day', () => {
  it('has the Summary, one sheet per exception category, fee mismatches and rejected rows', () => {
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names[0]).toBe('Summary');
    for (const code of EXCEPTION_CODES) expect(names).toContain(CATEGORIES[code].label.en);
    expect(names).toContain('Fee mismatch');
    expect(names).toContain('Rejected rows');
  });

  it('lists exactly as many rows per category as the JSON result counts', () => {
    for (const code of EXCEPTION_CODES) {
      expect(dataRowCount(sheetOf(code)), code).toBe(result.categories[code].count);
    }
    const fees = Object.values(result.fees).reduce((sum, fee) => sum + fee.fee_mismatch, 0);
    const feeSheet = workbook.getWorksheet('Fee mismatch');
    expect(feeSheet && dataRowCount(feeSheet)).toBe(fees);
  });

  it('marks system-level categories red and freezes and filters the header', () => {
    for (const code of EXCEPTION_CODES) {
      const sheet = sheetOf(code);
      const red = sheet.properties.tabColor?.argb === 'FFC00000';
      expect(red, code).toBe(CATEGORIES[code].severity === 'system');
      expect(sheet.views[0]?.state).toBe('frozen');
      expect(sheet.autoFilter).toBeTruthy();
    }
  });

  it('highlights both amounts of an amount mismatch, as numbers with two decimals, and nothing else', () => {
    const sheet = sheetOf('amount_mismatch');
    const columns = headerColumns(sheet);
    const bookAmount = columns.indexOf('Amount', columns.indexOf('Status')) + 1;
    const statementAmount = columns.indexOf('Amount', columns.indexOf('Payments')) + 1;
    const payments = columns.indexOf('Payments') + 1;
    for (let row = FIRST_DATA_ROW; row < FIRST_DATA_ROW + dataRowCount(sheet); row++) {
      for (const column of [bookAmount, statementAmount]) {
        const cell = sheet.getRow(row).getCell(column);
        expect(cell.fill?.type === 'pattern' && cell.fill.fgColor?.argb).toBe(HIGHLIGHT);
        expect(typeof cell.value).toBe('number');
        expect(cell.numFmt).toBe('#,##0.00');
      }
      const other = sheet.getRow(row).getCell(payments);
      expect(other.fill?.type === 'pattern' ? other.fill.fgColor?.argb : undefined).not.toBe(HIGHLIGHT);
    }
  });

  it('writes the category amounts of the Summary as the JSON says', () => {
    const summary = workbook.getWorksheet('Summary');
    let found = 0;
    summary?.eachRow((row) => {
      const values = (row.values as unknown[]).map((value) => String(value ?? ''));
      const code = EXCEPTION_CODES.find((c) => values.includes(c));
      if (!code) return;
      found++;
      const amount = result.categories[code].amount_minor / 100;
      expect(values, code).toContain(String(result.categories[code].count));
      expect(values.map(Number), code).toContain(amount);
    });
    expect(found).toBeGreaterThanOrEqual(EXCEPTION_CODES.length);
  });

  it('contains no formula anywhere', () => {
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type, `${sheet.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
        }),
      );
    }
  });
});
