import { expect, test, type Page } from '@playwright/test';
import { CATEGORY_CODES } from '../../core/match/categories.ts';
import { dropFiles, expected, sample, SAMPLES } from './sample-day.ts';

const dropSamples = (page: Page) => dropFiles(page, SAMPLES.map(sample));

/** The saved workspace is open (or there was none) and the drop zone takes files again. */
async function ready(page: Page) {
  await expect(page.getByTestId('workspace-status')).not.toHaveAttribute('data-state', 'loading');
  await expect(page.locator('.drop-zone .ant-upload-disabled')).toHaveCount(0);
}

async function expectResults(page: Page) {
  await expect(page.getByTestId('summary-table')).toBeVisible();
  for (const code of CATEGORY_CODES) {
    const count = expected.categories[code]?.count ?? 0;
    await expect(page.getByTestId(`summary-${code}`), code).toHaveAttribute('data-count', String(count));
  }
  await page.getByTestId('tab-amount_mismatch').click();
  const grid = page.getByTestId('grid-amount_mismatch');
  await expect(grid.getByTestId('grid-row')).toHaveCount(expected.categories['amount_mismatch']?.count ?? 0);
  await expect(grid.getByTestId('grid-row').first().getByRole('gridcell').last()).toHaveText(
    'Book paid; the statement payment has another amount',
  );
}

test('the workspace survives a reload, and New workspace empties it for good', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));

  await page.goto('/');
  await ready(page);
  await expect(page.getByTestId('file-row')).toHaveCount(0);

  await dropSamples(page);
  await expect(page.getByTestId('file-row').and(page.locator('[data-state="done"]'))).toHaveCount(3);
  await page.getByTestId('run-button').click();
  await expectResults(page);
  await expect(page.getByTestId('workspace-status')).toHaveAttribute('data-state', 'saved');

  await page.reload();
  await ready(page);
  // Only the room on screen is drawn at start: the open items (over a thousand elements) wait for a visit.
  await expect(page.getByTestId('room-view-openItems')).toHaveCount(0);
  const rows = page.getByTestId('file-row');
  await expect(rows).toHaveCount(3);
  for (const name of SAMPLES) {
    await expect(page.locator(`[data-testid="file-row"][data-file="${name}"]`)).toHaveAttribute('data-state', 'done');
  }
  await expectResults(page);
  await expect(page.getByTestId('workspace-open-error')).toHaveCount(0);
  await expect(page.getByTestId('run-button')).toBeEnabled();
  await page.mouse.move(0, 0);
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  await page.screenshot({ path: 'test-results/screenshot-reopened.png', fullPage: true });
  await expect(page.getByTestId('run-stale')).toHaveCount(0);

  // A file removed after the run: the results are from before, and still say so after a reload.
  await page.locator('[data-testid="file-row"][data-file="wechat.csv"]').getByTestId('remove-file').click();
  await expect(page.getByTestId('run-stale')).toBeVisible();
  await expect(page.getByTestId('workspace-status')).toHaveAttribute('data-state', 'saved');
  await page.reload();
  await ready(page);
  await expect(rows).toHaveCount(2);
  await expect(page.getByTestId('run-stale')).toBeVisible();

  await page.getByTestId('new-workspace').click();
  await page.getByTestId('new-workspace-confirm').click();
  await expect(rows).toHaveCount(0);
  await expect(page.getByTestId('results')).toHaveCount(0);
  await expect(page.getByTestId('workspace-status')).toHaveAttribute('data-state', 'saved');

  await page.reload();
  await ready(page);
  await expect(rows).toHaveCount(0);
  await expect(page.getByTestId('results')).toHaveCount(0);
  await expect(page.getByTestId('run-button')).toBeDisabled();

  expect(problems).toEqual([]);
});

test('a damaged saved workspace is named, and the app starts empty', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.evaluate(async () => {
    const directory = await navigator.storage.getDirectory();
    const writable = await (await directory.getFileHandle('workspace.sqlite', { create: true })).createWritable();
    await writable.write(new TextEncoder().encode('these are my notes, not a workspace'));
    await writable.close();
  });
  await page.reload();
  await ready(page);
  await expect(page.getByTestId('workspace-open-error')).toContainText('The saved workspace could not be opened:');
  await expect(page.getByTestId('workspace-open-error')).toContainText('starting empty');
  await expect(page.getByTestId('file-row')).toHaveCount(0);
  await settledScreenshot(page, 'test-results/screenshot-workspace-damaged.png');

  await dropSamples(page);
  await expect(page.getByTestId('file-row').and(page.locator('[data-state="done"]'))).toHaveCount(3);
});

async function settledScreenshot(page: Page, path: string) {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  await page.screenshot({ path });
}
