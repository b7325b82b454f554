import { describe, expect, test } from 'vitest';
import type { Finding } from '../match/types.ts';
import { sampleFinding, sampleInput } from './test-input.ts';
import { COLUMN, dataRows, HEADER_ROW, read, sheetOf, totalsRows, withFindings } from './test-read-back.ts';

const mismatch = (index: number, book: number, statement: number): Finding => {
  const base = sampleFinding('amount_mismatch', index);
  return {
    ...base,
    amount_minor: statement - book,
    book: { ...base.book!, amount_minor: book, line: 1207 },
    statement: { ...base.statement!, amount_minor: statement, lines: '207,209' },
  };
};

describe('the diff workbook as a controller prints it', () => {
  test('every list sheet prints one page wide, landscape when wide, its two header rows on every page', async () => {
    const workbook = await read(sampleInput());
    for (const sheet of workbook.worksheets.slice(1)) {
      expect(sheet.pageSetup, sheet.name).toMatchObject({ fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      expect(sheet.pageSetup.printTitlesRow, sheet.name).toBe(`1:${HEADER_ROW}`);
    }
    expect(sheetOf(workbook, 'Amount mismatch').pageSetup.orientation).toBe('landscape');
    expect(workbook.worksheets[0]?.name).toBe('Summary');
    expect(workbook.worksheets[0]?.pageSetup).toMatchObject({
      fitToWidth: 1,
      fitToHeight: 2,
      orientation: 'landscape',
    });
  });

  test('a mismatch sheet ends with its count, book, statement and net sums, and the sum of absolute differences', async () => {
    const findings = [mismatch(0, 10_000, 10_250), mismatch(1, 20_000, 19_900), mismatch(2, 500, 500 - 3)];
    const sheet = sheetOf(await read(withFindings('amount_mismatch', findings)), 'Amount mismatch');
    expect(dataRows(sheet)).toHaveLength(3);
    const [total, absolute] = totalsRows(sheet);
    expect(total?.getCell(1).value).toBe('Total · 3 rows');
    expect(total?.getCell(3).value).toBe('CNY');
    expect(total?.getCell(COLUMN.amount).value).toBe(1.47);
    expect(total?.getCell(COLUMN.bookAmount).value).toBe(305);
    expect(total?.getCell(COLUMN.statementAmount).value).toBe(306.47);
    expect(total?.getCell(1).font?.bold).toBe(true);
    expect(absolute?.getCell(1).value).toBe('Sum of absolute differences');
    expect(absolute?.getCell(COLUMN.amount).value).toBe(3.53);
  });

  test('line numbers are plain integers; several lines are the text "207, 209"', async () => {
    const sheet = sheetOf(await read(withFindings('amount_mismatch', [mismatch(0, 100, 101)])), 'Amount mismatch');
    const [row] = dataRows(sheet);
    expect(row?.getCell(13).value).toBe(1207);
    expect(row?.getCell(13).numFmt).toBe('0');
    expect(row?.getCell(23).value).toBe('207, 209');
    const single = dataRows(sheetOf(await read(sampleInput()), 'Duplicate charge'))[0];
    expect(typeof single?.getCell(23).value).toBe('number');
  });

  test('in Chinese, headers, statuses, rules and totals are Chinese words', async () => {
    const input = withFindings('amount_mismatch', [mismatch(0, 100, 101)]);
    const workbook = await read({ ...input, language: 'zh-CN' });
    const sheet = sheetOf(workbook, '金额不一致');
    const header = sheet.getRow(HEADER_ROW);
    expect([1, 10, 20].map((column) => header.getCell(column).value)).toEqual(['订单号', '渠道流水号', '渠道流水号']);
    const [row] = dataRows(sheet);
    expect(row?.getCell(COLUMN.rule).value).toBe('系统已支付；账单支付金额不一致');
    expect(row?.getCell(COLUMN.bookStatus).value).toBe('已支付 (PAID)');
    expect(totalsRows(sheet)[0]?.getCell(1).value).toBe('合计 · 1 行');
    const duplicate = dataRows(sheetOf(workbook, '重复扣款'))[0];
    expect(duplicate?.getCell(COLUMN.rule).value).toBe('系统支付一次；账单 1 笔支付');
  });
});
