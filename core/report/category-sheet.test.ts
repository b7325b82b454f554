import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import type { Finding } from '../match/types.ts';
import { sampleFinding, sampleInput } from './test-input.ts';
import {
  COLUMN,
  dataRows,
  FIRST_DATA_ROW,
  fillOf,
  HEADER_ROW,
  read,
  RED,
  sheetOf,
  summaryRow,
  withFindings,
} from './test-read-back.ts';

describe('category sheets', () => {
  test('amounts are numbers in major units with #,##0.00', async () => {
    const finding = { ...sampleFinding('amount_mismatch', 0), amount_minor: -123456 };
    const workbook = await read(withFindings('amount_mismatch', [finding]));
    const row = sheetOf(workbook, 'Amount mismatch').getRow(FIRST_DATA_ROW);
    expect(row.getCell(COLUMN.amount).value).toBe(-1234.56);
    expect(row.getCell(COLUMN.amount).numFmt).toBe('#,##0.00');
    expect(row.getCell(COLUMN.statementAmount).value).toBe(11);
    expect(row.getCell(COLUMN.statementAmount).numFmt).toBe('#,##0.00');
    const total = summaryRow(workbook, 'paid_not_notified').getCell(9);
    expect(total.value).toBe(20.01);
    expect(total.numFmt).toBe('#,##0.00');
  });

  test('amounts follow their currency: JPY without decimals, KWD with three', async () => {
    const base = sampleFinding('currency_mismatch', 0);
    const book = { ...base.book!, amount_minor: 1500, currency: 'JPY' };
    const statement = { ...base.statement!, amount_minor: 12345, currency: 'KWD' };
    const finding: Finding = { ...base, amount_minor: 1500, currency: 'JPY', book, statement, differing: ['currency'] };
    const workbook = await read(withFindings('currency_mismatch', [finding]));
    const row = sheetOf(workbook, 'Currency mismatch').getRow(FIRST_DATA_ROW);
    expect(row.getCell(COLUMN.bookAmount).value).toBe(1500);
    expect(row.getCell(COLUMN.bookAmount).numFmt).toBe('#,##0');
    expect(row.getCell(COLUMN.statementAmount).value).toBe(12.345);
    expect(row.getCell(COLUMN.statementAmount).numFmt).toBe('#,##0.000');
    expect(fillOf(row.getCell(9))).toBe(RED);
    expect(fillOf(row.getCell(19))).toBe(RED);
  });

  test('differing cells are red and the others are not', async () => {
    const workbook = await read(sampleInput());
    const amountRow = sheetOf(workbook, 'Amount mismatch').getRow(FIRST_DATA_ROW);
    expect(fillOf(amountRow.getCell(COLUMN.bookAmount))).toBe(RED);
    expect(fillOf(amountRow.getCell(COLUMN.statementAmount))).toBe(RED);
    for (const column of [
      COLUMN.orderRef,
      COLUMN.amount,
      COLUMN.bookStatus,
      COLUMN.bookRefund,
      COLUMN.statementRefunds,
    ]) {
      expect(fillOf(amountRow.getCell(column)), `column ${column}`).toBeUndefined();
    }
    const statusRow = sheetOf(workbook, 'Status mismatch').getRow(FIRST_DATA_ROW);
    expect(fillOf(statusRow.getCell(COLUMN.bookStatus))).toBe(RED);
    expect(fillOf(statusRow.getCell(COLUMN.bookAmount))).toBeUndefined();
  });

  test('a missing side is red across its whole block', async () => {
    const workbook = await read(sampleInput());
    const row = sheetOf(workbook, 'In books only').getRow(FIRST_DATA_ROW);
    for (let column = 14; column <= 23; column++) expect(fillOf(row.getCell(column)), `column ${column}`).toBe(RED);
    for (let column = 6; column <= 13; column++)
      expect(fillOf(row.getCell(column)), `column ${column}`).toBeUndefined();
    expect(row.getCell(COLUMN.bookStatus).value).toBe('succeeded (PAID)');
  });

  test('text from files never becomes a formula', async () => {
    const traps = ['=HYPERLINK("x")', '@SUM(1)', '＋1', '-2+3', '+1', '\tx', '＝1', '－1', '＠A1'];
    const findings = traps.map((trap, index) => ({
      ...sampleFinding('book_only', index),
      order_ref: trap,
      rule: trap,
      book: { ...sampleFinding('book_only', index).book!, channel_ref: trap, file: trap },
    }));
    const workbook = await read(withFindings('book_only', findings));
    const rows = dataRows(sheetOf(workbook, 'In books only'));
    rows.forEach((row, index) => {
      for (const column of [COLUMN.orderRef, COLUMN.rule, COLUMN.bookChannelRef, 12]) {
        const cell = row.getCell(column);
        expect(cell.type).toBe(ExcelJS.ValueType.String);
        expect(cell.formula).toBeUndefined();
        expect(cell.value).toBe(`'${traps[index]}`);
      }
      expect(row.getCell(COLUMN.amount).type).toBe(ExcelJS.ValueType.Number);
    });
    const rejected = dataRows(sheetOf(workbook, 'Rejected rows'))[0]!;
    expect(rejected.getCell(5).value).toBe(`'=HYPERLINK("http://x"),Zhang San,abc`);
  });

  test('text reads back exactly, line breaks and _xHHHH_ look-alikes included', async () => {
    const texts = ['_x003D_1', 'line one\r\nline two', '支付宝\t"quoted", comma'];
    const findings = texts.map((rule, index) => ({ ...sampleFinding('book_only', index), rule }));
    const workbook = await read(withFindings('book_only', findings));
    const rules = dataRows(sheetOf(workbook, 'In books only')).map((row) => row.getCell(COLUMN.rule).value);
    expect(rules).toEqual(texts);
  });

  test('timestamps are real dates at the wall clock of their own offset', async () => {
    const base = sampleFinding('status_mismatch', 0);
    const finding: Finding = {
      ...base,
      book: { ...base.book!, occurred_at: '2024-03-01T23:59:30+08:00' },
      statement: { ...base.statement!, occurred_at: '2024-02-29T08:15:00-05:00' },
    };
    const workbook = await read(
      withFindings('status_mismatch', [
        finding,
        { ...finding, book: { ...base.book!, occurred_at: '2024-02-30T00:00:00+08:00' } },
      ]),
    );
    const [row, invalid] = dataRows(sheetOf(workbook, 'Status mismatch'));
    const book = row!.getCell(COLUMN.bookOccurredAt);
    expect(book.value).toEqual(new Date(Date.UTC(2024, 2, 1, 23, 59, 30)));
    expect(book.numFmt).toBe('yyyy-mm-dd hh:mm:ss');
    expect(row!.getCell(COLUMN.statementOccurredAt).value).toEqual(new Date(Date.UTC(2024, 1, 29, 8, 15, 0)));
    expect(invalid!.getCell(COLUMN.bookOccurredAt).value).toBe('2024-02-30T00:00:00+08:00');
  });

  test('list sheets have a frozen header row with an autofilter, and empty reason and note columns', async () => {
    const workbook = await read(sampleInput());
    for (const sheet of workbook.worksheets.slice(1)) {
      expect(sheet.views[0], sheet.name).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW });
      expect(sheet.autoFilter, sheet.name).toBeTruthy();
    }
    const header = sheetOf(workbook, 'Duplicate charge').getRow(HEADER_ROW);
    expect(header.getCell(COLUMN.reason).value).toBe('Reason');
    expect(header.getCell(COLUMN.note).value).toBe('Note');
    expect(sheetOf(workbook, 'Duplicate charge').getColumn(COLUMN.rule).width).toBe(36);
  });

  test('text longer than a cell holds is cut with a visible marker', async () => {
    const finding = { ...sampleFinding('book_only', 0), rule: 'x'.repeat(40_000) };
    const workbook = await read(withFindings('book_only', [finding]));
    const value = String(sheetOf(workbook, 'In books only').getRow(FIRST_DATA_ROW).getCell(COLUMN.rule).value);
    expect(value).toHaveLength(32_767);
    expect(value.endsWith('…[truncated]')).toBe(true);
  });

  test("each row ends with both sides' source rows, file and line first, wrapped, masked when masking is on", async () => {
    const base = sampleFinding('amount_mismatch', 0);
    const finding: Finding = {
      ...base,
      book: { ...base.book!, line: 12, raw: 'ORD-1,Zhang San,13800138000,11.00', member: null },
      statement: {
        ...base.statement!,
        file: 'bills.zip',
        lines: '207,209',
        sources: [
          { line: 207, member: 'day.csv', raw: '2024-03-01,Li Si,5.50' },
          { line: 209, member: 'day.csv', raw: '2024-03-01,Li Si,5.60' },
        ],
      },
    };
    const input = withFindings('amount_mismatch', [finding]);
    const sheet = sheetOf(await read(input), 'Amount mismatch');
    expect(sheet.getRow(1).getCell(COLUMN.bookRow).value).toBe('Source rows');
    expect(sheet.getRow(HEADER_ROW).getCell(COLUMN.statementRows).value).toBe(
      'Statement rows as in their file (file:line)',
    );
    const row = sheet.getRow(FIRST_DATA_ROW);
    expect(row.getCell(COLUMN.bookRow).value).toBe('orders.csv:12  ORD-1,Zhang San,13800138000,11.00');
    expect(row.getCell(COLUMN.statementRows).value).toBe(
      'bills.zip › day.csv:207  2024-03-01,Li Si,5.50\nbills.zip › day.csv:209  2024-03-01,Li Si,5.60',
    );
    expect(row.getCell(COLUMN.statementRows).alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(sheet.getColumn(COLUMN.statementRows).width).toBe(48);
    const masked = sheetOf(await read({ ...input, maskPersonalData: true }), 'Amount mismatch').getRow(FIRST_DATA_ROW);
    const bookRow = String(masked.getCell(COLUMN.bookRow).value);
    expect(bookRow.startsWith('orders.csv:12  ')).toBe(true);
    expect(bookRow).toContain('Z********');
    expect(bookRow).toContain('*******8000');
    expect(bookRow).not.toContain('Zhang');
    const zh = sheetOf(await read({ ...input, language: 'zh-CN' }), '金额不一致');
    expect(zh.getRow(HEADER_ROW).getCell(COLUMN.bookRow).value).toBe('账面原始行（文件:行号）');
  });

  test('a side whose text the workspace did not keep leaves its source cell empty', async () => {
    const sheet = sheetOf(await read(withFindings('book_only', [sampleFinding('book_only', 0)])), 'In books only');
    const row = sheet.getRow(FIRST_DATA_ROW);
    expect(row.getCell(COLUMN.bookRow).value).toBeNull();
    expect(row.getCell(COLUMN.statementRows).value).toBeNull();
  });
});
