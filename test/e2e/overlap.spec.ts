import { expect, test, type Page } from '@playwright/test';
import { CATEGORY_CODES } from '../../core/match/categories.ts';
import { dropFiles, expected, sample, SAMPLES } from './sample-day.ts';

// The WeChat bill downloaded again (one byte differs) is dropped on a reconciled day: the app
// asks what to do, and replacing the earlier import leaves the day's result as it was.

const wechat = sample('wechat.csv');
const redownloaded = {
  name: 'wechat (1).csv',
  bytes: Buffer.from(
    wechat.bytes.toString('utf8').replace('o36kCpDMwdIhi1zyQLTXrJoE5nVT', 'o36kCpDMwdIhi1zyQLTXrJoE5nVU'),
  ),
};

const fileRow = (page: Page, name: string) => page.locator(`[data-testid="file-row"][data-file="${name}"]`);

async function expectSampleResult(page: Page) {
  await expect(page.getByTestId('summary-table')).toBeVisible();
  for (const code of CATEGORY_CODES) {
    const count = expected.categories[code]?.count ?? 0;
    await expect(page.getByTestId(`summary-${code}`), code).toHaveAttribute('data-count', String(count));
  }
}

test('a re-downloaded bill is asked about, and replacing the earlier import keeps the result', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('workspace-status')).not.toHaveAttribute('data-state', 'loading');
  await dropFiles(page, SAMPLES.map(sample));
  for (const name of SAMPLES) await expect(fileRow(page, name)).toHaveAttribute('data-state', 'done');
  await page.getByTestId('run-button').click();
  await expectSampleResult(page);

  await dropFiles(page, [redownloaded]);
  const question = page.getByTestId('overlap-question');
  await expect(question).toHaveText(
    'wechat (1).csv repeats import #3 (wechat.csv): 100% of 1,568 entries are identical.',
  );
  await expect(page.getByTestId('overlap-replace')).toHaveText('Replace the earlier import');
  await expect(page.getByTestId('overlap-allow')).toHaveText('Keep both');
  await expect(page.getByTestId('overlap-skip')).toHaveText('Skip this file');
  await page.getByTestId('overlap-replace').click();

  await expect(fileRow(page, 'wechat (1).csv')).toHaveAttribute('data-state', 'done');
  await expect(fileRow(page, 'wechat.csv')).toHaveCount(0);
  await expect(page.getByTestId('file-row')).toHaveCount(3);
  await expect(page.getByTestId('import-error')).toHaveCount(0);
  await expect(page.getByTestId('run-stale')).toBeVisible();
  await page.getByTestId('run-button').click();
  await expect(page.getByTestId('run-stale')).toBeHidden();
  await expectSampleResult(page);

  // Asked again in Chinese, the user keeps both: the file is listed with the import it repeats.
  await page.getByTestId('language-switch').getByText('中文').click();
  await dropFiles(page, [wechat]);
  await expect(question).toHaveText('wechat.csv 与导入 #4（wechat (1).csv）重复：1,568 笔明细中 100% 完全相同。');
  await page.getByTestId('overlap-allow').click();
  await expect(fileRow(page, 'wechat.csv')).toHaveAttribute('data-state', 'done');
  await expect(fileRow(page, 'wechat.csv').getByTestId('overlap-kept')).toHaveText('与导入 #4 重复；两者均保留');
  await expect(page.getByTestId('file-row')).toHaveCount(4);
});
