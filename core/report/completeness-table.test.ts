import type ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { sampleCompleteness, sampleInput } from './test-input.ts';
import { fillOf, read, RED } from './test-read-back.ts';

/** The Summary's rows from the completeness heading on, as the cells' values. */
function completenessRows(workbook: ExcelJS.Workbook, heading: string): { values: unknown[]; row: ExcelJS.Row }[] {
  const sheet = workbook.worksheets[0];
  let start = 0;
  sheet?.eachRow((row, number) => {
    if (row.getCell(1).value === heading) start = number;
  });
  if (!start || !sheet) throw new Error(`no ${heading} on the Summary`);
  return [1, 2, 3, 4].map((offset) => {
    const row = sheet.getRow(start + offset);
    return { row, values: Array.from({ length: 10 }, (_, i) => row.getCell(i + 1).value) };
  });
}

describe('the completeness control on the Summary sheet', () => {
  test('says it holds and shows each file with both figures, as numbers', async () => {
    const workbook = await read(sampleInput());
    const [verdict, header, alipay, orders] = completenessRows(workbook, 'Completeness control');
    expect(verdict?.values[0]).toBe('HOLDS: every imported record ended in exactly one outcome, in records and amount');
    expect(header?.values).toEqual([
      'File',
      'Rows',
      'Imported',
      'Rejected',
      'Records imported',
      'Outcome records',
      'Currency',
      'Amount imported',
      'Outcome amount',
      'Result',
    ]);
    expect(alipay?.values).toEqual(['alipay.csv', 10, 10, 0, 10, 10, 'CNY', 1234.56, 1234.56, 'PASS']);
    expect(orders?.values[0]).toBe('orders.csv');
    expect(fillOf(alipay!.row.getCell(8))).toBeUndefined();
  });

  test('says it fails, in red, with the figures that differ', async () => {
    const input = sampleInput();
    const control = sampleCompleteness();
    const file = control.files[1]!;
    control.files[1] = { ...file, assigned: { records: 19, amount_minor: { CNY: 200000 } }, holds: false };
    control.holds = false;
    const workbook = await read({ ...input, summary: { ...input.summary, completeness: control }, language: 'zh-CN' });
    const [verdict, , , orders] = completenessRows(workbook, '完整性校验');
    expect(verdict?.values[0]).toBe('不符：结果未涵盖全部已导入记录，本次对账结果不可信');
    expect(fillOf(verdict!.row.getCell(1))).toBe(RED);
    expect(orders?.values).toEqual(['orders.csv', 20, 20, 0, 20, 19, 'CNY', 2345.67, 2000, '不符']);
    for (const column of [1, 5, 6, 8, 9, 10]) expect(fillOf(orders!.row.getCell(column)), `column ${column}`).toBe(RED);
  });
});
