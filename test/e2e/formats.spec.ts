import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { dropFiles, ROOT } from './sample-day.ts';

const REALWORLD = resolve(ROOT, '../shared/realworld');
const real = (relative: string) => ({
  name: relative.split('/').pop() ?? relative,
  bytes: readFileSync(resolve(REALWORLD, relative)),
});

test('reads a bank statement document in the browser: profile, balances and each control total', async ({ page }) => {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto('/');
  await expect(page.getByTestId('workspace-status')).not.toHaveAttribute('data-state', 'loading');

  await dropFiles(page, [real('mt940/dresdner-commerzbank-sepa_betterplace_wolph.sta')]);
  const row = page.locator('[data-testid="file-row"][data-file="dresdner-commerzbank-sepa_betterplace_wolph.sta"]');
  await expect(row).toHaveAttribute('data-state', 'done');
  await expect(row.getByTestId('detected-profile')).toHaveAttribute('data-profile', 'swift-mt940');
  await expect(row.getByTestId('control-status')).toHaveAttribute('data-status', 'holds');

  await row.getByTestId('details-button').click();
  const details = page.getByTestId('details-drawer');
  await expect(details).toContainText('Entries in the file');
  await expect(details).toContainText('97');
  await expect(details).toContainText('Opening balance');
  const checks = details.getByTestId('control-checks').locator('tbody tr');
  await expect(checks.first()).toContainText('opening + entries = closing');
  expect(await checks.count()).toBeGreaterThan(1);
  await page.screenshot({ path: 'test-results/screenshot-statement-details.png', fullPage: true });
  expect(problems).toEqual([]);
});
