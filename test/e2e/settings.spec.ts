import { expect, test, type Page } from '@playwright/test';
import { dropFiles, expected, sample, SAMPLES } from './sample-day.ts';

const ready = (page: Page) => expect(page.getByTestId('workspace-status')).not.toHaveAttribute('data-state', 'loading');

const mismatches = (page: Page) => page.getByTestId('summary-amount_mismatch');

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
  await expect(page.getByTestId('run-button')).toBeDisabled();
  await page.getByTestId('language-switch').getByText('中文').click();
  await expect(settings.getByTestId('invalid-feeRate.0')).toHaveText('请输入 0 到 100 之间的百分比费率（如 0.6）');
  await page.screenshot({ path: 'test-results/screenshot-settings-invalid-zh.png', fullPage: true });
  await page.getByTestId('language-switch').getByText('English').click();
  await page.screenshot({ path: 'test-results/screenshot-settings-invalid-en.png', fullPage: true });

  // Valid again: the run takes them, and a tolerance of 5.00 matches the small mismatches.
  await page.getByTestId('fee-rate').fill('0.6');
  await page.getByTestId('date-windows').fill('');
  await page.getByTestId('cross-day-window').fill('60');
  await page.getByTestId('tolerance').fill('0');
  await page.getByTestId('run-button').click();
  await expect(mismatches(page)).toHaveAttribute('data-count', String(expected.categories['amount_mismatch']?.count));
  await expect(mismatches(page)).toHaveAttribute('data-count', '9');
  await page.getByTestId('tolerance').fill('500, wechat=500');
  await expect(settings.getByTestId('invalid-tolerances')).toHaveCount(0);
  await page.getByTestId('run-button').click();
  await expect(mismatches(page)).toHaveAttribute('data-count', '5');

  // Typed but not run: still the workspace's settings after a reload.
  await page.getByTestId('date-windows').fill('bank=3');
  await expect(page.getByTestId('workspace-status')).toHaveAttribute('data-state', 'saved');
  await page.waitForTimeout(1500);
  await expect(page.getByTestId('workspace-status')).toHaveAttribute('data-state', 'saved');
  await page.reload();
  await ready(page);
  await expect(page.getByTestId('tolerance')).toHaveValue('500, wechat=500');
  await expect(page.getByTestId('date-windows')).toHaveValue('bank=3');
  await expect(page.getByTestId('fee-rate')).toHaveValue('0.6');
  await expect(mismatches(page)).toHaveAttribute('data-count', '5');
});
