import type ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { readRunParameters } from '../match/parameter-input.ts';
import { sampleInput } from './test-input.ts';
import { read } from './test-read-back.ts';

/** The Summary's rows as label → value, from its first two columns. */
function summaryValues(sheet: ExcelJS.Worksheet): Map<string, unknown> {
  const values = new Map<string, unknown>();
  sheet.eachRow((row) => {
    const label = row.getCell(1).value;
    if (typeof label === 'string') values.set(label, row.getCell(2).value);
  });
  return values;
}

describe("the Summary's run parameters", () => {
  test('show every setting as written in the app or given to the CLI, per source', async () => {
    const parsed = readRunParameters({
      crossDayWindow: '120',
      feeRates: ['wechat=0.6%'],
      tolerances: ['5', 'alipay=0.5%', 'wechat=3'],
      dateWindows: ['bank=3'],
    });
    if (!parsed.ok) throw new Error('the settings are valid');
    const input = sampleInput();
    const workbook = await read({ ...input, summary: { ...input.summary, parameters: parsed.parameters } });
    const values = summaryValues(workbook.worksheets[0]!);
    expect(values.get('Cross-day window (seconds)')).toBe(120);
    expect(values.get('Fee rate, alipay')).toBe(0.006);
    expect(values.get('Fee rate, wechat')).toBe(0.006);
    expect(values.get('Amount tolerance')).toBe(0.05);
    expect(values.get('Amount tolerance, alipay')).toBe(0.005);
    expect(values.get('Amount tolerance, wechat')).toBe(0.03);
    expect(values.get('Date window (days), bank')).toBe(3);
  });
});
