import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { CATEGORIES, EXCEPTION_CODES, type CategoryCode } from '../match/categories.ts';
import type { Finding } from '../match/types.ts';
import { sampleFinding, sampleInput } from './test-input.ts';
import type { DiffWorkbookInput } from './types.ts';
import { buildDiffWorkbook } from './workbook.ts';

const RED = 'FFFFC7CE';
const HEADER_ROW = 2;
const FIRST_DATA_ROW = 3;
/** 1-based columns of the category sheets. */
const COLUMN = { orderRef: 1, amount: 4, rule: 5, bookStatus: 6, bookAmount: 7, bookRefund: 8, bookChannelRef: 10,
  bookOccurredAt: 11, statementPayments: 14, statementAmount: 15, statementRefunds: 16, statementOccurredAt: 21,
  reason: 24, note: 25 } as const;

async function read(input: DiffWorkbookInput): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await buildDiffWorkbook(input)) as unknown as ArrayBuffer);
  return workbook;
}

const sheetOf = (workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet => {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
};

const fillOf = (cell: ExcelJS.Cell): string | undefined =>
  cell.fill?.type === 'pattern' ? cell.fill.fgColor?.argb : undefined;

/** Data rows of a list sheet: everything under the header that has a value. */
function dataRows(sheet: ExcelJS.Worksheet): ExcelJS.Row[] {
  const rows: ExcelJS.Row[] = [];
  sheet.eachRow((row, number) => {
    if (number >= FIRST_DATA_ROW) rows.push(row);
  });
  return rows;
}

/** The Summary row of a category, found by its code in column B. */
function summaryRow(workbook: ExcelJS.Workbook, code: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  workbook.worksheets[0]?.eachRow((row) => {
    if (row.getCell(2).value === code) found = row;
  });
  if (!found) throw new Error(`no summary row for ${code}`);
  return found;
}

/** Input whose amount_mismatch sheet holds exactly `findings`. */
function withFindings(code: CategoryCode, findings: Finding[]): DiffWorkbookInput {
  const input = sampleInput();
  return { ...input, findings: (asked) => (asked === code ? findings : input.findings(asked)) };
}

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
    expect(sheet.getCell(HEADER_ROW, 1).value).toBe('order_ref');
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
    for (const column of [COLUMN.orderRef, COLUMN.amount, COLUMN.bookStatus, COLUMN.bookRefund, COLUMN.statementRefunds]) {
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
    for (let column = 6; column <= 13; column++) expect(fillOf(row.getCell(column)), `column ${column}`).toBeUndefined();
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
    const workbook = await read(withFindings('status_mismatch', [finding, { ...finding, book: { ...base.book!, occurred_at: '2024-02-30T00:00:00+08:00' } }]));
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

  test('control totals show PASS in green and FAIL in red with both figures', async () => {
    const workbook = await read(sampleInput());
    const results: [unknown, unknown, string | undefined][] = [];
    sheetOf(workbook, 'Summary').eachRow((row) => {
      const verdict = row.getCell(5).value;
      if (verdict === 'PASS' || verdict === 'FAIL') results.push([row.getCell(3).value, verdict, fillOf(row.getCell(5))]);
    });
    expect(results).toEqual([
      ['10', 'PASS', 'FFC6EFCE'],
      ["'-100.00", 'FAIL', RED],
    ]);
  });

  test('masks personal data in rejected rows when asked', async () => {
    const workbook = await read({ ...sampleInput(), maskPersonalData: true });
    const rows = dataRows(sheetOf(workbook, 'Rejected rows'));
    expect(rows.map((row) => row.getCell(5).value)).toEqual([
      "'=********************),Z*******n,a*c",
      '2********0,L***i,1**0',
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
