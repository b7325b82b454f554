import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { dropFiles, expected, ROOT, sample, SAMPLES } from './sample-day.ts';

const ready = (page: Page) => expect(page.getByTestId('workspace-status')).not.toHaveAttribute('data-state', 'loading');

const mismatches = (page: Page) => page.getByTestId('summary-amount_mismatch');

/** The exported workbook's Summary rows as label → value (its parameters block among them). */
async function exportedSummary(page: Page): Promise<Map<string, unknown>> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-button').click()]);
  const saved = resolve(ROOT, 'test-results', `settings-${download.suggestedFilename()}`);
  await download.saveAs(saved);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(saved);
  const values = new Map<string, unknown>();
  workbook.worksheets[0]?.eachRow((row) => {
    const label = row.getCell(1).value;
    if (typeof label === 'string') values.set(label, row.getCell(2).value);
  });
  return values;
}

test('run settings: refused on the field, a tolerance changes the result, remembered by the workspace', async ({
  page,
}) => {
  await page.goto('/');
  await ready(page);
  await dropFiles(page, SAMPLES.map(sample));
  await expect(page.getByTestId('file-row').and(page.locator('[data-state="done"]'))).toHaveCount(3);
  const settings = page.getByTestId('run-settings');

  // Invalid values are named on their own field, and the run waits for them.
  await page.getByTestId('fee-rate').fill('abc');
  await expect(settings.getByTestId('invalid-feeRate.0')).toHaveText('A rate in percent from 0 to 100 (e.g. 0.6)');
  await page.getByTestId('tolerance').fill('-1');
  await expect(settings.getByTestId('invalid-tolerances')).toContainText('Minor units or a percentage');
  await page.getByTestId('date-windows').fill('bank=x');
  await expect(settings.getByTestId('invalid-dateWindows')).toBeVisible();
  await page.getByTestId('cross-day-window').fill('1m');
  await expect(settings.getByTestId('invalid-crossDay')).toBeVisible();
  await page.getByTestId('cross-day-expiry').fill('1.5');
  await expect(settings.getByTestId('invalid-crossDayExpiry')).toHaveText('Whole days, 0 or more (e.g. 1)');
  await page.getByTestId('targets').fill('matched=2');
  await expect(settings.getByTestId('invalid-targets')).toHaveText(
    'Name an exception category by its code (e.g. paid_not_notified=2)',
  );
  await expect(page.getByTestId('run-button')).toBeDisabled();
  await page.getByTestId('language-switch').getByText('中文').click();
  await expect(settings.getByTestId('invalid-feeRate.0')).toHaveText('请输入 0 到 100 之间的百分比费率（如 0.6）');
  await expect(settings.getByTestId('invalid-targets')).toHaveText('请用差异类型代码（如 paid_not_notified=2）');
  await page.screenshot({ path: 'test-results/screenshot-settings-invalid-zh.png', fullPage: true });
  await page.getByTestId('language-switch').getByText('English').click();
  await page.screenshot({ path: 'test-results/screenshot-settings-invalid-en.png', fullPage: true });

  // Valid again: the run takes them, and a tolerance of 5.00 matches the small mismatches.
  await page.getByTestId('fee-rate').fill('0.6');
  await page.getByTestId('date-windows').fill('');
  await page.getByTestId('cross-day-window').fill('60');
  await page.getByTestId('tolerance').fill('0');
  await page.getByTestId('cross-day-expiry').fill('1');
  await page.getByTestId('targets').fill('paid_not_notified=2h');
  await expect(settings.getByTestId('invalid-targets')).toHaveCount(0);
  await page.getByTestId('targets').fill('');
  await page.getByTestId('run-button').click();
  await expect(mismatches(page)).toHaveAttribute('data-count', String(expected.categories['amount_mismatch']?.count));
  await expect(mismatches(page)).toHaveAttribute('data-count', '9');
  await page.getByTestId('tolerance').fill('500, wechat=500');
  await expect(settings.getByTestId('invalid-tolerances')).toHaveCount(0);
  await page.getByTestId('run-button').click();
  await expect(mismatches(page)).toHaveAttribute('data-count', '5');

  // Typed but not run: still the workspace's settings after a reload.
  await page.getByTestId('date-windows').fill('bank=3');
  await page.getByTestId('cross-day-expiry').fill('3');
  await page.getByTestId('targets').fill('paid_not_notified=4, duplicate_charge=1.5h');
  await expect(page.getByTestId('workspace-status')).toHaveAttribute('data-state', 'saved');
  await page.waitForTimeout(1500);
  await expect(page.getByTestId('workspace-status')).toHaveAttribute('data-state', 'saved');
  await page.reload();
  await ready(page);
  await expect(page.getByTestId('tolerance')).toHaveValue('500, wechat=500');
  await expect(page.getByTestId('date-windows')).toHaveValue('bank=3');
  await expect(page.getByTestId('fee-rate')).toHaveValue('0.6');
  await expect(mismatches(page)).toHaveAttribute('data-count', '5');
  await expect(page.getByTestId('cross-day-expiry')).toHaveValue('3');
  await expect(page.getByTestId('targets')).toHaveValue('duplicate_charge=1.5, paid_not_notified=4');
  await page.screenshot({ path: 'test-results/screenshot-settings-remembered-en.png', fullPage: true });

  // Run with them: the workbook's parameters block shows every setting, in the run's language.
  await page.getByTestId('run-button').click();
  await expect(page.getByTestId('run-progress')).toHaveCount(0);
  await expect(mismatches(page)).toHaveAttribute('data-count', '5');
  const summary = await exportedSummary(page);
  expect(summary.get('Amount tolerance')).toBe(5);
  expect(summary.get('Amount tolerance, wechat')).toBe(5);
  expect(summary.get('Date window (days), bank')).toBe(3);
  expect(summary.get('Fee rate, alipay')).toBe(0.006);
  expect(summary.get('Cross-day expiry (days)')).toBe(3);
  expect(summary.get('Target (hours), Paid, not notified')).toBe(4);
  expect(summary.get('Target (hours), Duplicate charge')).toBe(1.5);
  await page.getByTestId('language-switch').getByText('中文').click();
  await page.screenshot({ path: 'test-results/screenshot-settings-remembered-zh.png', fullPage: true });
  const chinese = await exportedSummary(page);
  expect(chinese.get('跨日挂账期限（天）')).toBe(3);
  expect(chinese.get('处理时限（小时） 支付成功未通知')).toBe(4);
});
