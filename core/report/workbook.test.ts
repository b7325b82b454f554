import { describe, expect, test } from 'vitest';
import { CATEGORIES, EXCEPTION_CODES, type CategoryCode } from '../match/categories.ts';
import { sampleInput } from './test-input.ts';
import { dataRows, fillOf, HEADER_ROW, read, RED, sheetOf, summaryRow } from './test-read-back.ts';
import { buildDiffWorkbook } from './workbook.ts';

describe('diff workbook', () => {
  test('has Summary, one sheet per exception category in display order, fees and rejected rows', async () => {
    const workbook = await read(sampleInput());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Summary',
      ...EXCEPTION_CODES.map((code) => CATEGORIES[code].label.en),
      'Fee mismatch',
      'Rejected rows',
    ]);
  });

  test('prints the Summary one page wide and at most two tall', async () => {
    const summary = sheetOf(await read(sampleInput()), 'Summary');
    expect(summary.pageSetup).toMatchObject({ fitToPage: true, fitToWidth: 1, fitToHeight: 2 });
  });

  test('names sheets in Chinese when asked, with the codes still shown', async () => {
    const workbook = await read({ ...sampleInput(), language: 'zh-CN' });
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names.slice(0, 3)).toEqual(['汇总', '金额不一致', '支付成功未通知']);
    expect(names).toContain('长款（渠道有、系统无）');
    expect(String(sheetOf(workbook, '金额不一致').getCell(1, 1).value)).toContain('amount_mismatch');
    expect(summaryRow(workbook, 'duplicate_charge').getCell(1).value).toBe('重复扣款');
  });

  test('each category sheet lists as many rows as the Summary counts', async () => {
    const input = sampleInput();
    const workbook = await read(input);
    for (const code of EXCEPTION_CODES) {
      const expected = input.summary.categories[code].count;
      const sheet = sheetOf(workbook, CATEGORIES[code].label.en);
      expect(dataRows(sheet).length, code).toBe(expected);
      const row = summaryRow(workbook, code);
      expect(row.getCell(8).value, code).toBe(expected);
      expect(row.getCell(4).value, code).toBe(input.summary.categories[code].by_source['alipay']?.count ?? 0);
    }
  });

  test('an empty category keeps its sheet and says there are no differences', async () => {
    const workbook = await read(sampleInput());
    const sheet = sheetOf(workbook, CATEGORIES.statement_only.label.en);
    expect(dataRows(sheet)).toHaveLength(0);
    expect(sheet.getCell(1, 1).value).toBe('On statement only · statement_only · no differences');
    expect(sheet.getCell(HEADER_ROW, 1).value).toBe('Order ref');
  });

  test('system-level categories are red on the Summary and on their tab; others are not', async () => {
    const workbook = await read(sampleInput());
    for (const code of ['amount_mismatch', 'paid_not_notified', 'duplicate_charge']) {
      const row = summaryRow(workbook, code);
      for (const column of [1, 2, 3, 8, 9]) {
        expect(fillOf(row.getCell(column)), `${code} column ${column}`).toBe(RED);
        expect(row.getCell(column).font?.bold).toBe(true);
      }
      expect(sheetOf(workbook, CATEGORIES[code as CategoryCode].label.en).properties.tabColor?.argb).toBe('FFC00000');
    }
    expect(fillOf(summaryRow(workbook, 'book_only').getCell(1))).toBeUndefined();
    expect(sheetOf(workbook, 'In books only').properties.tabColor).toBeUndefined();
  });

  test('fee findings show the fee and the expected fee in red, the rate as a percentage', async () => {
    const workbook = await read(sampleInput());
    const [row] = dataRows(sheetOf(workbook, 'Fee mismatch'));
    expect(row!.getCell(7).value).toBe(0.7);
    expect(row!.getCell(8).value).toBe(0.6);
    expect(fillOf(row!.getCell(7))).toBe(RED);
    expect(fillOf(row!.getCell(8))).toBe(RED);
    expect(fillOf(row!.getCell(5))).toBeUndefined();
    expect(row!.getCell(9).value).toBe(0.006);
    expect(row!.getCell(9).numFmt).toContain('%');
  });

  test('the input files list each file’s warning count and its first warnings on rows under it', async () => {
    const input = sampleInput();
    const alipay = input.imports[0];
    const merged = (line: number) => ({ code: 'merged_cells_filled', message: `Cells A${line} are merged.`, line });
    alipay?.warnings.push(merged(3), merged(5), merged(7));
    const summary = sheetOf(await read(input), 'Summary');
    const rows: unknown[][] = [];
    summary.eachRow((row) => rows.push([row.getCell(1).value, row.getCell(2).value, row.getCell(8).value]));
    const header = rows.findIndex((row) => row[0] === 'File' && row[2] === 'Warnings');
    expect(rows.slice(header + 1, header + 8)).toEqual([
      ['alipay.csv', 'alipay-bill@2', 4],
      ['', `csv · gb18030 · SHA-256 ${alipay?.sha256}`, null],
      ['', '⚠ The file does not state its account currency.', null],
      ['', '⚠ line 3: Cells A3 are merged.', null],
      ['', '⚠ line 5: Cells A5 are merged.', null],
      ['', '⚠ 1 more warning on the import', null],
      ['orders.csv', 'erp-orders@1', 0],
    ]);
  });

  test('control totals show PASS in green and FAIL in red with both figures', async () => {
    const workbook = await read(sampleInput());
    const results: [unknown, unknown, string | undefined][] = [];
    sheetOf(workbook, 'Summary').eachRow((row) => {
      const verdict = row.getCell(5).value;
      if (verdict === 'PASS' || verdict === 'FAIL')
        results.push([row.getCell(3).value, verdict, fillOf(row.getCell(5))]);
    });
    expect(results).toEqual([
      [10, 'PASS', 'FFC6EFCE'],
      [-100, 'FAIL', RED],
    ]);
  });

  test('masks personal data in rejected rows when asked', async () => {
    const workbook = await read({ ...sampleInput(), maskPersonalData: true });
    const rows = dataRows(sheetOf(workbook, 'Rejected rows'));
    expect(rows.map((row) => row.getCell(5).value)).toEqual([
      "'=*********************,Z********,a**",
      '****-02-30,L****,1***',
    ]);
    expect(String(sheetOf(workbook, 'Rejected rows').getCell(1, 1).value)).toContain('2 of 2');
  });

  test('writes 25,000 findings within seconds', async () => {
    const perCategory = Math.ceil(25_000 / EXCEPTION_CODES.length);
    const started = performance.now();
    const bytes = await buildDiffWorkbook(sampleInput(() => perCategory));
    const elapsed = performance.now() - started;
    console.info(`25,000 findings: ${Math.round(elapsed)} ms, ${bytes.byteLength} bytes`);
    expect(bytes.byteLength).toBeGreaterThan(1_000_000);
    expect(elapsed).toBeLessThan(15_000);
  });
});
