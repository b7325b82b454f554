import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { dropFiles, ROOT, type DroppedFile } from './sample-day.ts';

/** One bill day of the bench (2,000 orders) and the next day's bank statement with the channels' payouts. */
function dayWithBankStatement(): { files: DroppedFile[]; truth: Truth; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'recondesk-settle-e2e-'));
  const generated = spawnSync(
    process.execPath,
    [resolve(ROOT, '../shared/bench/gen-days.mjs'), '--days', '1', '--orders', '2000', '--seed', '42', '--out', dir],
    { encoding: 'utf8' },
  );
  if (generated.status !== 0) throw new Error(generated.stderr);
  const file = (path: string): DroppedFile => ({
    name: path.split('/').pop() ?? path,
    bytes: readFileSync(join(dir, path)),
  });
  return {
    files: [file('day-1/orders.csv'), file('day-1/alipay.csv'), file('day-1/wechat.csv'), file('day-2/bank.xml')],
    truth: JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as Truth,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

type Payout = { status: string; expected_cents: number; credited_cents: number | null; bank_ref: string | null };
type Truth = { days: { settlement: Record<string, Payout> | null }[] };

const money = (cents: number) =>
  (cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

test('the Settlement room: a day with its bank statement, a short payout opened to its breakdown and bank line', async ({
  page,
}) => {
  const day = dayWithBankStatement();
  try {
    const settlement = day.truth.days[1]?.settlement ?? {};
    const [source, short] = Object.entries(settlement).find(([, payout]) => payout.status === 'short') ?? [];
    expect(short, 'the bench plants a short payout on the first block').toBeDefined();
    await page.goto('/');
    await expect(page.getByTestId('workspace-status')).not.toHaveAttribute('data-state', 'loading');
    await dropFiles(page, day.files);
    await expect(page.getByTestId('file-row').and(page.locator('[data-state="done"]'))).toHaveCount(4);
    await page.getByTestId('run-button').click();
    await expect(page.getByTestId('results')).toBeVisible();

    await page.getByTestId('room-settlement').click();
    const room = page.getByTestId('settlement-room');
    const row = room.getByTestId(`payout-${source}-2024-03-15`);
    await expect(row).toContainText('Short');
    await expect(row).toContainText(money(short?.expected_cents ?? 0));
    await row.click();
    const detail = room.getByTestId(`payout-detail-${source}-2024-03-15`);
    await expect(detail).toContainText('Gross (trades)');
    await expect(detail).toContainText('Net fees');
    await expect(detail).toContainText(money(short?.expected_cents ?? 0));
    const line = detail.getByTestId('bank-line');
    await expect(line).toContainText(short?.bank_ref ?? '');
    await expect(line).toContainText(money(short?.credited_cents ?? 0));
    await expect(line).toContainText('SETTLEMENT 20240315');
    await expect(room.getByTestId('bank-entries')).toContainText('Bank charge');
    await expect(room.getByTestId('bank-entries')).toContainText('SERVICE CHARGE');
    await page.screenshot({ path: 'test-results/screenshot-settlement-en.png', fullPage: true });

    await page.getByTestId('language-switch').getByText('中文').click();
    await expect(row).toContainText('少到账');
    await expect(detail).toContainText('交易总额');
    await expect(room.getByTestId('bank-entries')).toContainText('银行手续费');
    await page.screenshot({ path: 'test-results/screenshot-settlement-zh-CN.png', fullPage: true });
  } finally {
    day.cleanup();
  }
});

test('the Settlement room: a WeChat fund bill beside the day, its payout cross-checked and the difference shown', async ({
  page,
}) => {
  const day = dayWithBankStatement();
  try {
    const fund: DroppedFile = {
      name: 'wechatpay-fund-20240315.csv',
      bytes: readFileSync(join(ROOT, 'test/fixtures/wechatpay-fund-20240315.csv')),
    };
    await page.goto('/');
    await expect(page.getByTestId('workspace-status')).not.toHaveAttribute('data-state', 'loading');
    await dropFiles(page, [...day.files, fund]);
    await expect(page.getByTestId('file-row').and(page.locator('[data-state="done"]'))).toHaveCount(5);
    await page.getByTestId('run-button').click();
    await expect(page.getByTestId('results')).toBeVisible();

    await page.getByTestId('room-settlement').click();
    const room = page.getByTestId('settlement-room');
    // The fixture's seven movements net to 30,574.42 — not what the generated day's trade bill expects.
    const wechat = room.getByTestId('payout-wechat-2024-03-15');
    await expect(wechat.getByTestId('fund-check')).toHaveText('Fund bill differs');
    await expect(room.getByTestId('payout-alipay-2024-03-15')).not.toContainText('Fund bill');
    await expect(room.getByTestId('fund-flows')).toContainText(
      '7 fund-bill movement(s) from wechatpay-fund-20240315.csv',
    );
    await wechat.click();
    const detail = room.getByTestId('fund-check-detail');
    await expect(detail).toContainText('Fund bill · Fund bill differs');
    await expect(detail).toContainText('30,574.42');
    await page.screenshot({ path: 'test-results/screenshot-settlement-fund-en.png', fullPage: true });

    await page.getByTestId('language-switch').getByText('中文').click();
    await expect(wechat.getByTestId('fund-check')).toHaveText('资金账单不符');
    await expect(room.getByTestId('fund-flows')).toContainText('资金账单流水 7 笔');
    await page.screenshot({ path: 'test-results/screenshot-settlement-fund-zh-CN.png', fullPage: true });
  } finally {
    day.cleanup();
  }
});
