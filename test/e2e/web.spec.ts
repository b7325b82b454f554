import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CATEGORIES, CATEGORY_CODES, EXCEPTION_CODES, FEE_MISMATCH } from '../../core/match/categories.ts';
import { dropFiles, expected, ROOT, sample, SAMPLES } from './sample-day.ts';

const PROFILES: Record<(typeof SAMPLES)[number], string> = {
  'orders.csv': 'orders-basic',
  'alipay.csv': 'alipay-merchant-trade',
  'wechat.csv': 'wechatpay-merchant-trade',
};

/** The app is ready for files once it has reopened the saved workspace (none in a fresh browser profile). */
async function open(page: Page) {
  const response = await page.goto('/');
  await expect(page.getByTestId('workspace-status')).not.toHaveAttribute('data-state', 'loading');
  return response;
}

/** Wait until no CSS transition or animation runs (drawers sliding, tabs moving), so screenshots are still. */
async function settled(page: Page) {
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
}

test('imports the sample day, reconciles it and exports the diff workbook', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });

  const response = await open(page);
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  await expect(page.getByRole('heading', { name: 'ReconDesk' })).toBeVisible();
  await expect(page.getByTestId('run-button')).toBeDisabled();

  await dropFiles(page, SAMPLES.map(sample));
  const rows = page.getByTestId('file-row');
  await expect(rows).toHaveCount(3);
  for (const name of SAMPLES) {
    const row = page.locator(`[data-testid="file-row"][data-file="${name}"]`);
    await expect(row).toHaveAttribute('data-state', 'done');
    await expect(row.getByTestId('detected-profile')).toHaveAttribute('data-profile', PROFILES[name]);
    await expect(row.getByTestId('detected-profile')).toContainText(`${PROFILES[name]}@`);
  }
  for (const name of ['alipay.csv', 'wechat.csv']) {
    await expect(
      page.locator(`[data-testid="file-row"][data-file="${name}"]`).getByTestId('control-status'),
    ).toHaveAttribute('data-status', 'holds');
  }
  await expect(page.getByTestId('import-error')).toHaveCount(0);

  await page.getByTestId('run-button').click();
  await expect(page.getByTestId('summary-table')).toBeVisible();
  for (const code of CATEGORY_CODES) {
    const count = expected.categories[code]?.count ?? 0;
    await expect(page.getByTestId(`summary-${code}`), code).toHaveAttribute('data-count', String(count));
  }
  await expect(page.getByTestId('summary-amount_mismatch')).toContainText('Amount mismatch');
  const completeness = page.getByTestId('completeness');
  await expect(completeness).toHaveAttribute('data-status', 'holds');
  await expect(completeness).toContainText('Completeness control holds');
  await expect(completeness).toContainText('imported from 3 files');
  await page.screenshot({ path: 'test-results/screenshot-summary-en.png', fullPage: false });

  await page.getByTestId('language-switch').getByText('中文').click();
  await expect(page.getByTestId('summary-amount_mismatch')).toContainText('金额不一致');
  await expect(page.getByTestId('completeness')).toContainText('完整性校验通过');
  await expect(page.getByTestId('tab-amount_mismatch')).toContainText('金额不一致');
  await page.getByTestId('tab-amount_mismatch').click();
  const grid = page.getByTestId('grid-amount_mismatch');
  await expect(grid.getByTestId('grid-row')).toHaveCount(expected.categories['amount_mismatch']?.count ?? 0);
  await expect(grid.locator('.cell.differs').first()).toBeVisible();
  // The explanation is built in the renderer, in the user's language; the engine's English wording stays out of the grid.
  const explanation = grid.getByTestId('grid-row').first().getByRole('gridcell').last();
  await expect(explanation).toHaveText('系统已支付；账单支付金额不一致');
  await expect(grid).not.toContainText('the statement payment has another amount');
  await page.screenshot({ path: 'test-results/screenshot-findings-zh.png', fullPage: true });

  await grid.getByTestId('grid-row').first().click();
  const drawer = page.getByTestId('finding-drawer');
  await expect(drawer.getByTestId('detail-book')).toContainText('orders.csv:');
  await expect(drawer.getByTestId('detail-statement')).toContainText('.csv:');
  await expect(drawer.getByTestId('detail-explanation')).toHaveText('系统已支付；账单支付金额不一致');
  await expect(drawer.getByTestId('detail-engine-rule')).toHaveText(
    '引擎规则原文：book paid; the statement payment has another amount',
  );
  await settled(page);
  await page.screenshot({ path: 'test-results/screenshot-detail-zh.png' });
  await page.keyboard.press('Escape');
  await expect(drawer.getByTestId('detail-book')).toBeHidden();

  await page.getByTestId('language-switch').getByText('English').click();
  await expect(page.getByTestId('tab-amount_mismatch')).toContainText('Amount mismatch');
  await expect(explanation).toHaveText('Book paid; the statement payment has another amount');
  await page.mouse.move(0, 0);
  await settled(page);
  mkdirSync(resolve(ROOT, 'docs'), { recursive: true });
  // The README's screenshot is refreshed on request (npm run docs:screenshot), not by every test run.
  if (process.env.UPDATE_DOCS_SCREENSHOT)
    await page.screenshot({ path: resolve(ROOT, 'docs/screenshot.png'), fullPage: true });
  await page.screenshot({ path: 'test-results/screenshot-full-en.png', fullPage: true });

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-button').click()]);
  expect(download.suggestedFilename()).toMatch(/^recondesk-diff-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const saved = resolve(ROOT, 'test-results', download.suggestedFilename());
  await download.saveAs(saved);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(saved);
  const sheets = workbook.worksheets.map((sheet) => sheet.name);
  expect(sheets).toContain('Summary');
  for (const code of EXCEPTION_CODES) expect(sheets).toContain(CATEGORIES[code].label.en);
  expect(sheets).toContain(FEE_MISMATCH.label.en);

  expect(problems).toEqual([]);
});

test('names the file and line of what it cannot import, lists rejected rows, asks about a re-import', async ({
  page,
}) => {
  await open(page);
  const orders = readFileSync(resolve(ROOT, 'samples/orders.csv'), 'utf8').split('\n');
  const broken = [
    ...orders.slice(0, 4),
    orders[4]?.replace(/,(\d+\.\d{2}),CNY,/, ',12.3.4,CNY,') ?? '',
    ...orders.slice(5, 8),
  ].join('\n');
  await dropFiles(page, [
    { name: 'notes.txt', bytes: Buffer.from('these are my notes, not a statement\n') },
    { name: 'orders-broken.csv', bytes: Buffer.from(broken) },
  ]);
  await expect(page.getByTestId('import-error')).toContainText('notes.txt');
  const row = page.locator('[data-testid="file-row"][data-file="orders-broken.csv"]');
  await expect(row).toHaveAttribute('data-state', 'done');
  await row.getByTestId('rejected-link').click();
  const drawer = page.getByTestId('rejections-drawer');
  await expect(drawer.locator('tbody tr')).toHaveCount(1);
  await expect(drawer.locator('tbody tr').first()).toContainText('5');
  await expect(drawer.locator('tbody tr').first()).toContainText('12.3.4');
  await page.keyboard.press('Escape');

  await row.getByTestId('convert-menu').click();
  const [converted] = await Promise.all([page.waitForEvent('download'), page.getByText('Canonical NDJSON').click()]);
  expect(converted.suggestedFilename()).toBe('orders-broken.canonical.ndjson');
  const lines = readFileSync(await converted.path(), 'utf8')
    .trim()
    .split('\n');
  expect(lines.length).toBeGreaterThanOrEqual(6);

  await dropFiles(page, [sample('alipay.csv')]);
  await expect(page.locator('[data-testid="file-row"][data-file="alipay.csv"]')).toHaveAttribute('data-state', 'done');
  await dropFiles(page, [sample('alipay.csv')]);
  await expect(page.getByTestId('overlap-question')).toContainText('alipay.csv repeats import #');
  await page.getByTestId('overlap-skip').click();
  await expect(page.getByTestId('overlap-question')).toBeHidden();
  await expect(page.locator('[data-testid="file-row"][data-file="alipay.csv"]')).toHaveCount(1);
  await settled(page);
  await page.screenshot({ path: 'test-results/screenshot-import-problems.png', fullPage: true });
});

test('fetches a long category page by page as the grid scrolls', async ({ page }) => {
  await open(page);
  // Keep the first 20 WeChat payments: the other WeChat orders in the books land in book_only.
  const wechat = readFileSync(resolve(ROOT, 'samples/wechat.csv'), 'utf8').split('\n');
  const footerAt = wechat.findIndex((line) => line.startsWith('总交易单数'));
  const shortDay = [...wechat.slice(0, 21), ...wechat.slice(footerAt)].join('\n');
  await dropFiles(page, [sample('orders.csv'), { name: 'wechat-short.csv', bytes: Buffer.from(shortDay) }]);
  await expect(page.getByTestId('file-row').and(page.locator('[data-state="done"]'))).toHaveCount(2);
  await page.getByTestId('run-button').click();
  const total = Number(await page.getByTestId('summary-book_only').getAttribute('data-count'));
  expect(total).toBeGreaterThan(400);

  await page.getByTestId('tab-book_only').click();
  const grid = page.getByTestId('grid-book_only');
  await expect(grid.getByTestId('grid-total')).toContainText(String(total));
  const rendered = await grid.getByTestId('grid-row').count();
  expect(rendered).toBeLessThan(80);
  const scroller = grid.locator('.grid-scroll');
  await scroller.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
  await expect(grid.locator(`[aria-rowindex="${total}"]`)).toContainText('SO2024');
  await expect(grid.locator('.grid-row.loading')).toHaveCount(0);

  await grid.getByTestId('grid-search').locator('input').fill('SO20240315000029');
  await expect(grid.getByTestId('grid-total')).not.toContainText(String(total));
  // The engine may still be busy (saving the workspace): wait for the searched page, not just the new query.
  await expect(grid.getByTestId('grid-total')).toContainText(/\d/);
  await expect(grid.locator('.grid-row.loading')).toHaveCount(0);
  const found = await grid.getByTestId('grid-row').count();
  expect(found).toBeGreaterThan(0);
  for (const text of await grid.locator('[role="row"][data-testid="grid-row"] code').allTextContents()) {
    expect(text).toContain('SO20240315000029');
  }
});
