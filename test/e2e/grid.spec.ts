import { expect, test, type Page } from '@playwright/test';
import { dropFiles, expected, sample, SAMPLES } from './sample-day.ts';

/** The sample day imported and reconciled in a fresh browser profile. */
async function reconciledDay(page: Page) {
  await page.goto('/');
  await expect(page.getByTestId('workspace-status')).not.toHaveAttribute('data-state', 'loading');
  await dropFiles(page, SAMPLES.map(sample));
  await expect(page.getByTestId('file-row').and(page.locator('[data-state="done"]'))).toHaveCount(3);
  await page.getByTestId('run-button').click();
  await expect(page.getByTestId('results')).toBeVisible();
}

const amountOf = (text: string) => Number(text.replace(/[^\d.-]/g, ''));

test('the exception grid: a category opens from the chart, sorts, searches and clears, moves by arrow keys, totals its rows', async ({
  page,
}) => {
  await reconciledDay(page);
  const count = expected.categories['book_only']?.count ?? 0;
  await page.getByTestId('exception-chart').locator('[data-code="book_only"]').click();
  const grid = page.getByTestId('grid-book_only');
  await expect(grid.getByTestId('grid-total')).toContainText(`${count} rows`);
  await expect(grid.getByTestId('grid-totals')).toContainText(`${count} rows`);
  await expect(grid.getByRole('textbox', { name: 'Time from' })).toBeVisible();

  // Search, then clear it: the rows come back (it used to stay on "Loading…").
  const search = grid.getByTestId('grid-search').locator('input');
  const firstRef = (await grid.locator('[data-testid="grid-row"] code').first().textContent()) ?? '';
  await search.fill(firstRef);
  await expect(grid.getByTestId('grid-total')).toContainText('1 rows');
  await search.fill('');
  await expect(grid.getByTestId('grid-total')).toContainText(`${count} rows`);
  await expect(grid.locator('.grid-row.loading')).toHaveCount(0);
  await expect(grid.getByTestId('grid-row')).toHaveCount(Math.min(count, await grid.getByTestId('grid-row').count()));
  expect(await grid.getByTestId('grid-row').count()).toBeGreaterThan(1);

  // The book amount, descending on the second click.
  await grid.getByTestId('sort-book_amount').click();
  await grid.getByTestId('sort-book_amount').click();
  await expect(grid.locator('[role="columnheader"][aria-sort="descending"]')).toHaveCount(1);
  await expect(grid.locator('.grid-row.loading')).toHaveCount(0);
  const cells = grid.locator('[data-testid="grid-row"] [role="gridcell"]:nth-child(5)');
  const amounts = (await cells.allTextContents()).slice(0, 5).map(amountOf);
  expect(amounts).toEqual([...amounts].sort((a, b) => b - a));

  // Arrow keys move row to row.
  await grid.locator('[aria-rowindex="1"]').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(grid.locator('[aria-rowindex="3"]')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(grid.locator('[aria-rowindex="2"]')).toBeFocused();

  // A summary row opens its tab too; a mismatch shows net and absolute differences.
  await page.getByTestId('summary-amount_mismatch').click();
  const mismatch = page.getByTestId('grid-amount_mismatch');
  await expect(mismatch.getByTestId('grid-totals-absolute')).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshot-grid.png', fullPage: true });
});

test('the informational outcomes total only what means something: the amount matched, the amount booked', async ({
  page,
}) => {
  await reconciledDay(page);
  const card = page.getByTestId('findings-card');
  await expect(card.locator('.ant-card-head-title')).toHaveText('Findings');
  await page.getByTestId('findings-browse').getByText('Informational').click();
  const matched = page.getByTestId('grid-matched');
  await expect(matched.getByTestId('grid-totals')).toContainText('2744 rows');
  await expect(matched.getByTestId('grid-totals-matched')).toHaveText('Matched amount 2,188,518.90');
  await expect(matched.getByTestId('grid-totals-difference')).toHaveCount(0);
  await expect(matched.getByTestId('grid-totals-statement')).toHaveCount(0);
  await page.getByTestId('tab-unpaid').click();
  const unpaid = page.getByTestId('grid-unpaid');
  await expect(unpaid.getByTestId('grid-totals-book')).toHaveText('Book 53,147.19');
  await expect(unpaid.getByTestId('grid-totals-statement')).toHaveCount(0);
  await expect(unpaid.getByTestId('grid-totals-difference')).toHaveCount(0);
  await page.getByTestId('tab-matched').click();
  await matched.getByTestId('grid-totals').scrollIntoViewIfNeeded();
  await card.screenshot({ path: 'test-results/screenshot-info-totals-en.png' });
  await page.getByTestId('language-switch').getByText('中文').click();
  await expect(card.locator('.ant-card-head-title')).toHaveText('差异与结果');
  await expect(matched.getByTestId('grid-totals-matched')).toHaveText('已匹配金额 2,188,518.90');
  await card.screenshot({ path: 'test-results/screenshot-info-totals-zh.png' });
  // Back among the exceptions, the difference is there again.
  await page.getByTestId('findings-browse').getByText('差异').first().click();
  await expect(page.locator('[data-testid^="grid-"] [data-testid="grid-totals-difference"]').first()).toBeVisible();

  // A finding's detail shows each side's row as its file has it, with file and line.
  await page.getByTestId('tab-amount_mismatch').click();
  const mismatch = page.getByTestId('grid-amount_mismatch');
  const ref = (await mismatch.locator('[data-testid="grid-row"] code').first().textContent()) ?? '';
  await mismatch.getByTestId('grid-row').first().click();
  const drawer = page.getByTestId('finding-drawer');
  await expect(drawer.getByTestId('detail-book').getByTestId('source-place')).toHaveText(/^orders\.csv:\d+$/);
  await expect(drawer.getByTestId('detail-book').getByTestId('source-text')).toContainText(ref);
  await expect(drawer.getByTestId('detail-statement').getByTestId('source-text').first()).toContainText(ref);
});

test('a run setting that is not a value is refused on its field and the run waits for it', async ({ page }) => {
  await reconciledDay(page);
  await page.getByTestId('fee-rate').fill('abc');
  await expect(page.getByTestId('invalid-feeRate.0')).toContainText('A rate in percent');
  await expect(page.getByTestId('run-button')).toBeDisabled();
  await page.getByTestId('tolerance').fill('-1');
  await expect(page.getByTestId('invalid-tolerances')).toBeVisible();
  await page.getByTestId('fee-rate').fill('0.6');
  await page.getByTestId('tolerance').fill('0');
  await expect(page.getByTestId('run-button')).toBeEnabled();
});

test('the theme follows the system, the switch overrides it, and Chinese shows in both', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await reconciledDay(page);
  const root = page.locator('html');
  await expect(root).toHaveAttribute('data-theme', 'dark');
  await page.getByTestId('language-switch').getByText('中文').click();
  await expect(page.getByTestId('run-button')).toContainText('开始对账');
  const tag = page.getByTestId('summary-amount_mismatch').locator('.category-tag');
  await expect(tag).toHaveCSS('color', 'rgb(255, 120, 117)');
  await page.screenshot({ path: 'test-results/screenshot-dark-zh.png', fullPage: true });
  await page.getByTestId('theme-switch').getByText('浅色').click();
  await expect(root).toHaveAttribute('data-theme', 'light');
  await expect(tag).toHaveCSS('color', 'rgb(168, 7, 26)');
  await page.screenshot({ path: 'test-results/screenshot-light-zh.png', fullPage: true });
});
