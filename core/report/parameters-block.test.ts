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
      crossDayExpiryDays: '3',
      targets: ['paid_not_notified=4', 'duplicate_charge=1.5h'],
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
    expect(values.get('Cross-day expiry (days)')).toBe(3);
    expect(values.get('Target (hours), Paid, not notified')).toBe(4);
    expect(values.get('Target (hours), Duplicate charge')).toBe(1.5);
  });

  test('name the cross-day expiry and the targets in Chinese, the expiry a day when the run names none', async () => {
    const parsed = readRunParameters({ targets: ['paid_not_notified=4'] });
    if (!parsed.ok) throw new Error('the settings are valid');
    const input = sampleInput();
    const summary = { ...input.summary, parameters: parsed.parameters };
    const values = summaryValues((await read({ ...input, summary, language: 'zh-CN' })).worksheets[0]!);
    expect(values.get('跨日挂账期限（天）')).toBe(1);
    expect(values.get('处理时限（小时） 支付成功未通知')).toBe(4);
  });
});
