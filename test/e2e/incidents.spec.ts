import { expect, test, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sharedPath } from '../shared-folder.ts';
import { dropFiles, ROOT, type DroppedFile } from './sample-day.ts';

type Totals = { count: number; amount_minor: number };
type Incident = {
  channel: string;
  from: string;
  to: string;
  cause: string;
  categories: Record<string, Totals>;
  orders: string[];
};
type Json = { incidents: Incident[]; categories: Record<string, Totals & { by_source: Record<string, Totals> }> };

const INCIDENT_CATEGORIES = ['paid_not_notified', 'duplicate_charge', 'channel_switched'];
const DAY_FILES = ['orders.csv', 'alipay.csv', 'wechat.csv'];
const SPLIT_DAY = path.join(ROOT, 'test/fixtures/split-day');

/** Wait until no CSS transition or animation runs, so screenshots are still. */
async function settled(page: Page) {
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
}

async function reconcile(page: Page, folder: string, names: readonly string[]) {
  await page.goto('/');
  await expect(page.getByTestId('workspace-status')).not.toHaveAttribute('data-state', 'loading');
  const files: DroppedFile[] = names.map((name) => ({ name, bytes: fs.readFileSync(path.join(folder, name)) }));
  await dropFiles(page, files);
  await expect(page.getByTestId('file-row').and(page.locator('[data-state="done"]'))).toHaveCount(names.length, {
    timeout: 120_000,
  });
  await page.getByTestId('run-button').click();
  await expect(page.getByTestId('results')).toBeVisible({ timeout: 120_000 });
}

const visibleDrawer = (page: Page) => page.getByTestId('finding-drawer').filter({ visible: true });

test.describe('a day with a gateway failover', () => {
  const bench = sharedPath('bench', 'test/e2e/incidents.spec.ts');
  test.skip(!bench, 'the bench generators in ../shared are absent');
  let day = '';
  let json: Json = { incidents: [], categories: {} };

  test.beforeAll(() => {
    day = fs.mkdtempSync(path.join(os.tmpdir(), 'recondesk-e2e-incident-'));
    const gen = spawnSync(
      process.execPath,
      [
        path.join(bench ?? '', 'gen.mjs'),
        '--orders',
        '20000',
        '--seed',
        '7',
        '--incident',
        '14:00-15:00',
        '--out',
        day,
      ],
      { encoding: 'utf8' },
    );
    if (gen.status !== 0) throw new Error(`gen.mjs failed: ${gen.stderr}`);
    // What the engine reports for the day, as --json gives it: the panel must show the same.
    const cli = spawnSync(
      process.execPath,
      [
        path.join(ROOT, 'bin/recondesk.mjs'),
        'reconcile',
        '--book',
        ...DAY_FILES.map((f) => path.join(day, f)),
        '--json',
      ],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    if (cli.status !== 0) throw new Error(`recondesk reconcile failed (npm run build:cli first?): ${cli.stderr}`);
    json = JSON.parse(cli.stdout.trim().split('\n').pop() ?? '{}') as Json;
  });

  test.afterAll(() => {
    if (day) fs.rmSync(day, { recursive: true, force: true });
  });

  test('shows the incidents first, the failover with its orders and the hourly chart, in English and Chinese', async ({
    page,
  }) => {
    test.setTimeout(300_000);
    // The failover on WeChat, and the gap in Alipay's trades while it was down.
    expect(json.incidents.map((found) => `${found.channel}:${found.cause}`).sort()).toEqual([
      'alipay:trade_gap',
      'wechat:gateway_failover',
    ]);
    const incident = json.incidents.find((found) => found.cause === 'gateway_failover');
    if (!incident) return;
    await reconcile(page, day, DAY_FILES);

    // First in the results: above the figures and the exception tabs.
    const panel = page.getByTestId('incidents-panel');
    await expect(panel).toBeVisible();
    const panelTop = (await panel.boundingBox())?.y ?? Infinity;
    const overviewTop = (await page.getByTestId('exception-chart').boundingBox())?.y ?? 0;
    expect(panelTop).toBeLessThan(overviewTop);
    await expect(page.getByTestId('incidents-none')).toHaveCount(0);

    await expect(panel.getByTestId('incident')).toHaveCount(2);
    const card = panel.locator(`[data-testid="incident"][data-channel="${incident.channel}"]`);
    const gap = panel.locator('[data-testid="incident"][data-channel="alipay"]');
    await expect(gap.getByTestId('incident-cause')).toContainText("gap in the channel's trades");
    await expect(gap.getByTestId('incident-open')).toHaveCount(0);
    await expect(card.getByTestId('incident-channel')).toHaveText(incident.channel);
    await expect(card.getByTestId('incident-window')).toContainText('(UTC+08:00)');
    await expect(card.getByTestId('incident-window')).toContainText(incident.from.slice(11, 19));
    await expect(card.getByTestId('incident-cause')).toContainText('gateway failover');
    for (const [code, totals] of Object.entries(incident.categories))
      await expect(
        card.locator(`[data-testid="incident-category"][data-code="${code}"]`).getByTestId('incident-category-count'),
      ).toHaveText(String(totals.count));

    // The chart counts every finding of the incident categories on the channel, and peaks in the failover hour.
    const chart = panel.getByTestId('incident-hourly-chart');
    const bars = chart.locator(`[data-testid="hourly-bar"][data-channel="${incident.channel}"]`);
    await expect(bars).toHaveCount(24);
    const counts = await bars.evaluateAll((nodes) => nodes.map((node) => Number(node.getAttribute('data-count'))));
    const expectedTotal = INCIDENT_CATEGORIES.reduce(
      (sum, code) => sum + (json.categories[code]?.by_source[incident.channel]?.count ?? 0),
      0,
    );
    expect(counts.reduce((a, b) => a + b, 0)).toBe(expectedTotal);
    expect(counts.indexOf(Math.max(...counts))).toBe(14);
    await settled(page);
    await panel.screenshot({ path: 'test-results/screenshot-incidents-en.png' });

    // Its orders: as many as the engine's incident names, each with its category.
    await card.getByTestId('incident-open').click();
    const orders = page.getByTestId('incident-orders');
    await expect(orders.getByTestId('incident-orders-count')).toContainText(`${incident.orders.length} orders`);
    const rows = orders.getByTestId('incident-order');
    await expect(rows).toHaveCount(Math.min(50, incident.orders.length));
    await expect(rows.locator('.category-tag')).toHaveCount(Math.min(50, incident.orders.length));
    const first = [...incident.orders].sort()[0] ?? '';
    await expect(rows.first()).toContainText(first);
    await settled(page);
    await page.screenshot({ path: 'test-results/screenshot-incident-orders-en.png' });

    // An order opens its finding: its category, the rule and both sides.
    await rows.first().click();
    const drawer = visibleDrawer(page);
    await expect(drawer).toContainText(`Order ${first}`);
    await expect(drawer.getByTestId('detail-match-rule')).toBeVisible();
    await expect(drawer.getByTestId('detail-group-record').first()).toBeVisible();
    await settled(page);
    await page.screenshot({ path: 'test-results/screenshot-incident-finding-en.png' });
    await page.keyboard.press('Escape');
    await expect(drawer).toHaveCount(0);
    await orders.locator('.ant-drawer-close').first().click();
    await expect(orders.getByTestId('incident-orders-count')).toBeHidden();

    await page.getByTestId('language-switch').getByText('中文').click();
    await expect(panel).toContainText('事件（2）');
    await expect(gap.getByTestId('incident-cause')).toContainText('渠道交易中断');
    await expect(card.getByTestId('incident-cause')).toContainText('支付网关故障切换');
    await expect(chart).toContainText('各渠道每小时差异笔数');
    await settled(page);
    await panel.screenshot({ path: 'test-results/screenshot-incidents-zh.png' });
    await card.getByTestId('incident-open').click();
    await expect(orders.getByTestId('incident-orders-count')).toContainText(`共 ${incident.orders.length} 笔订单`);
    await settled(page);
    await page.screenshot({ path: 'test-results/screenshot-incident-orders-zh.png' });
  });
});

test('a split payment shows its book order, its two trades with their lines, and the rule', async ({ page }) => {
  await reconcile(page, SPLIT_DAY, ['orders.csv', 'wechat.csv']);
  // A quiet day: one line says there is no incident.
  await expect(page.getByTestId('incidents-none')).toContainText('No incidents');
  await expect(page.getByTestId('incidents-panel')).toHaveCount(0);

  await page.getByTestId('findings-browse').getByText('Informational').click();
  await page.getByTestId('tab-matched').click();
  const grid = page.getByTestId('grid-matched');
  await expect(grid.getByTestId('grid-total')).toContainText('3 rows');
  await grid.getByTestId('grid-row').filter({ hasText: 'SO2024031500000101' }).click();
  const drawer = visibleDrawer(page);
  await expect(drawer.getByTestId('detail-match-rule')).toHaveText('Split payment (1:N)');
  await expect(drawer.getByTestId('detail-match-rule-meaning')).toContainText('together make up the order amount');
  const records = drawer.getByTestId('detail-group-record');
  await expect(records).toHaveCount(3);
  await expect(records.and(page.locator('[data-side="book"]'))).toContainText('orders.csv:2');
  await expect(records.and(page.locator('[data-side="book"]'))).toContainText('100.00');
  const trades = records.and(page.locator('[data-side="statement"]'));
  await expect(trades).toHaveCount(2);
  await expect(trades.nth(0)).toContainText('60.00');
  await expect(trades.nth(0)).toContainText('wechat.csv:2');
  await expect(trades.nth(1)).toContainText('40.00');
  await expect(trades.nth(1)).toContainText('wechat.csv:3');
  await settled(page);
  await page.screenshot({ path: 'test-results/screenshot-split-en.png' });
  await page.keyboard.press('Escape');
  await expect(drawer).toHaveCount(0);

  // Paid in three parts: the group lists all three trades.
  await grid.getByTestId('grid-row').filter({ hasText: 'SO2024031500000103' }).click();
  await expect(drawer.getByTestId('detail-match-rule')).toHaveText('Split payment (1:N)');
  await expect(drawer.getByTestId('detail-group-record').and(page.locator('[data-side="statement"]'))).toHaveText([
    /100\.00.*wechat\.csv:5/,
    /150\.00.*wechat\.csv:6/,
    /50\.00.*wechat\.csv:7/,
  ]);

  await page.keyboard.press('Escape');
  await expect(drawer).toHaveCount(0);
  await page.getByTestId('language-switch').getByText('中文').click();
  await grid.getByTestId('grid-row').filter({ hasText: 'SO2024031500000101' }).click();
  await expect(drawer.getByTestId('detail-match-rule')).toHaveText('拆分支付（一对多）');
  await expect(drawer).toContainText('系统订单及其 2 条账单记录');
  await settled(page);
  await page.screenshot({ path: 'test-results/screenshot-split-zh.png' });
});
