import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { dropFiles, ROOT } from './sample-day.ts';

const REALWORLD = resolve(ROOT, '../shared/realworld');
// The real statements live in the shared folder beside the repository; a clone without it skips.
test.skip(!existsSync(REALWORLD), 'reads ../shared/realworld, absent here');
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

test('reads workbooks, legacy .xls, archives, OFX, JSON and a sheet without its currency in the browser worker', async ({
  page,
}) => {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto('/');
  await expect(page.getByTestId('workspace-status')).not.toHaveAttribute('data-state', 'loading');
  const files = {
    'bank_xlsx/hu-otp-new-format-2026_ofxstatement-otp.xlsx': 'otp-hu-account-history-sheet',
    'bank_xls/cn-spdb-debit_deg.xls': 'cn-spdb-debit-sheet',
    'camt053/abnamro-style_camt053v02_zipped_oca.zip': 'iso20022-camt053',
    'ofx/sgml102-checking_ofxparse.ofx': 'ofx-statement',
    'stripe_json/balance-transactions-list-envelope_airbyte.json': 'stripe-balance-transaction',
    'generic_sheet/oca-sheet_sample_statement_en.csv': 'generic-statement-csv',
  };
  await dropFiles(page, Object.keys(files).map(real));
  for (const [relative, profile] of Object.entries(files)) {
    const row = page.locator(`[data-testid="file-row"][data-file="${relative.split('/').pop() ?? ''}"]`);
    await expect(row).toHaveAttribute('data-state', 'done');
    await expect(row.getByTestId('detected-profile')).toHaveAttribute('data-profile', profile);
  }
  const generic = page.locator('[data-testid="file-row"][data-file="oca-sheet_sample_statement_en.csv"]');
  await expect(generic.getByTestId('currency-assumed')).toHaveText('Currency EUR assumed: the file does not state it');
  await expect(page.getByTestId('currency-assumed')).toHaveCount(1);
  // The assumption is a warning on the import too, listed in its details.
  await expect(generic.getByTestId('warnings-tag')).toHaveText('1 warning');
  await generic.getByTestId('warnings-tag').click();
  await expect(page.getByTestId('import-warnings')).toContainText('The file does not state its account currency');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('details-drawer')).toBeHidden();
  await page.screenshot({ path: 'test-results/screenshot-formats.png', fullPage: true });

  // The user knows the account is in USD: the file is imported again in USD.
  await generic.getByTestId('currency-choice').click();
  await page.keyboard.type('USD');
  await page.keyboard.press('Enter');
  await expect(generic.getByTestId('currency-chosen')).toHaveText('Account currency USD');
  await expect(generic).toHaveAttribute('data-state', 'done');
  await expect(page.getByTestId('currency-assumed')).toHaveCount(0);
  await expect(generic.getByTestId('warnings-tag')).toHaveCount(0);
  await generic.getByTestId('details-button').click();
  await expect(page.getByTestId('details-drawer')).toContainText('1,491.50 USD');
  expect(problems).toEqual([]);
});

test('asks for the encoding of a statement whose bytes read as two different texts, then imports it', async ({
  page,
}) => {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto('/');
  await expect(page.getByTestId('workspace-status')).not.toHaveAttribute('data-state', 'loading');
  const sheet = [
    '"Date","Label","Currency","Amount","Amount Currency","Partner Name","Bank Account"',
    '"12/15/2018","Payment","EUR","1,525.00","1,000.00","PÄÄ OY",""',
    '',
  ].join('\n');
  // Windows-1252 bytes: "ÄÄ" is also a valid GB18030 character, so nothing in the bytes decides.
  await dropFiles(page, [{ name: 'ambiguous.csv', bytes: Buffer.from(sheet, 'latin1') }]);
  const refused = page.getByTestId('import-error');
  await expect(refused).toContainText('reads as two different texts');
  await refused.getByTestId('encoding-choice').click();
  await page.getByText('Windows-1252 / Latin-1 (Western European)').click();
  const row = page.locator('[data-testid="file-row"][data-file="ambiguous.csv"]');
  await expect(row).toHaveAttribute('data-state', 'done');
  await expect(row).toContainText('windows-1252');
  await expect(page.getByTestId('import-error')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('offers to round amounts finer than the currency, and only when asked imports them rounded', async ({ page }) => {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto('/');
  await expect(page.getByTestId('workspace-status')).not.toHaveAttribute('data-state', 'loading');
  await dropFiles(page, [real('ofx/sgml103-moneymarket_ofxgo.ofx')]);
  const row = page.locator('[data-testid="file-row"][data-file="sgml103-moneymarket_ofxgo.ofx"]');
  await expect(row).toHaveAttribute('data-state', 'done');
  await expect(row.getByTestId('rejected-link')).toHaveText('3');
  await row.getByTestId('round-excess').hover();
  await expect(page.getByRole('tooltip')).toContainText('3 rejected for more decimals than the currency has');
  await row.getByTestId('round-excess').click();
  await expect(row).toHaveAttribute('data-state', 'done');
  await expect(row.getByTestId('rejected-link')).toHaveCount(0);
  await expect(row.getByTestId('round-excess')).toHaveCount(0);
  await expect(row.getByTestId('warnings-tag')).toHaveText('1 warning');
  await row.getByTestId('warnings-tag').click();
  await expect(page.getByTestId('import-warnings')).toContainText('3 amounts had more decimals than the currency');
  expect(problems).toEqual([]);
});
