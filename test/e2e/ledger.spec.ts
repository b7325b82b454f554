import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { dropFiles, ROOT } from './sample-day.ts';

/** Two consecutive days from the bench's generator, with their truth: day 2's bill brings day 1's late trades. */
const DIR = mkdtempSync(join(tmpdir(), 'recondesk-ledger-'));
const generated = spawnSync(
  process.execPath,
  [resolve(ROOT, '../shared/bench/gen-days.mjs'), '--days', '2', '--orders', '300', '--seed', '42', '--out', DIR],
  { encoding: 'utf8' },
);
if (generated.status !== 0) throw new Error(`gen-days.mjs failed: ${generated.stderr}`);
type DayTruth = { date: string; carry_forward: { resolved: { count: number }; open: { count: number } } };
const truth = JSON.parse(readFileSync(join(DIR, 'truth.json'), 'utf8')) as { days: DayTruth[] };
const [day1, day2] = truth.days as [DayTruth, DayTruth];
const SHOTS = resolve(ROOT, 'test-results/ledger');
mkdirSync(SHOTS, { recursive: true });

const PREPARER = 'li.wei';
const REVIEWER = 'chen.jing';

const dayFiles = (day: number) =>
  ['orders.csv', 'alipay.csv', 'wechat.csv'].map((name) => ({
    name,
    bytes: readFileSync(join(DIR, `day-${day}`, name)),
  }));

async function runDay(page: Page, day: number, date: string) {
  await page.getByTestId('room-reconcile').click();
  await dropFiles(page, dayFiles(day));
  await expect(page.getByTestId('file-row').and(page.locator('[data-state="done"]'))).toHaveCount(3 * day);
  await page.getByTestId('run-button').click();
  await expect(page.getByTestId('run-day')).toHaveAttribute('data-date', date);
}

async function setUser(page: Page, name: string) {
  await page.getByTestId('user-name').fill(name);
}

/** Resolve one open item of a category with a reason code and a note; it shows who and why. */
async function resolveOne(page: Page, category: string, reason: string, note: string): Promise<string> {
  const row = page.locator(`[data-testid="item-row"][data-category="${category}"][data-state="open"]`).first();
  const id = (await row.getAttribute('data-id')) ?? '';
  await row.getByRole('checkbox').check();
  await expect(page.getByTestId('items-selected')).toHaveText('1 selected');
  await page.getByTestId('items-resolve').click();
  await page.getByTestId('resolve-reason').click();
  await page.locator('.ant-select-item-option').filter({ hasText: reason }).click();
  await page.getByTestId('resolve-note').fill(note);
  await shoot(page, `resolve-${category}`);
  await page.getByTestId('resolve-ok').click();
  await expect(page.getByTestId('resolve-dialog')).toHaveCount(0);
  await expect(page.locator(`[data-testid="item-row"][data-id="${id}"]`)).toHaveCount(0);
  return id;
}

async function shoot(page: Page, name: string) {
  await page.mouse.move(0, 0);
  // Finite animations only: a popover's wave keeps none running once shown.
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
  );
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

async function shootRooms(page: Page, language: 'en' | 'zh-CN') {
  await page
    .getByTestId('language-switch')
    .getByText(language === 'en' ? 'English' : '中文')
    .click();
  for (const room of ['reconcile', 'openItems', 'history']) {
    await page.getByTestId(`room-${room}`).click();
    await shoot(page, `${room}-${language}`);
  }
  await page.getByTestId('signoff-button').click();
  await expect(page.getByTestId('signoff-panel')).toBeVisible();
  await shoot(page, `signoff-${language}`);
  await page.getByTestId('signoff-button').click();
  await page.getByTestId('room-openItems').click();
  await page.getByTestId('items-state-all').click();
  await shoot(page, `openItems-all-${language}`);
  await page.locator('[data-testid="item-row"][data-state="resolved"]').first().getByTestId('item-trail').click();
  await expect(page.getByTestId('item-event').first()).toBeVisible();
  await shoot(page, `trail-${language}`);
  await page.locator('.ant-drawer-close').click();
  await page.getByTestId('items-state-open').click();
}

test('a desk works two days on one ledger: resolved, carried, aged, undone, signed off, exported', async ({ page }) => {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto('/');
  await expect(page.getByTestId('workspace-status')).not.toHaveAttribute('data-state', 'loading');
  await setUser(page, PREPARER);

  // Day 1: its one-sided items open at age 0; an amount mismatch is resolved with a reason and a note.
  await runDay(page, 1, day1.date);
  await page.getByTestId('room-openItems').click();
  await expect(page.getByTestId('age-0')).toHaveAttribute('data-count', '7');
  const adjusted = await resolveOne(page, 'amount_mismatch', '差额已调账', 'booked to rounding');
  await expect(page.getByTestId('age-0')).toHaveAttribute('data-count', '6');

  // Day 2: yesterday's late orders are matched by today's bill; what is left of day 1 is a day old.
  await runDay(page, 2, day2.date);
  await expect(page.getByTestId('run-day')).toHaveAttribute('data-closed', String(day2.carry_forward.resolved.count));
  await page.getByTestId('room-openItems').click();
  await expect(page.getByTestId('age-1')).toHaveAttribute('data-count', '4');
  await expect(page.getByTestId('age-0')).toHaveAttribute('data-count', '8');
  const dayOld = page.locator(`[data-testid="item-row"][data-state="open"]`).filter({ hasText: day1.date });
  await expect(dayOld).toHaveCount(4);
  await expect(dayOld.first().getByTestId('item-age')).toHaveText('1');
  // Handling per category: the carried items closed automatically, the mismatch by hand.
  const handled = (code: string, column: number) => page.getByTestId(`handling-${code}`).locator('td').nth(column);
  await expect(handled('book_only', 2)).toHaveText(String(day2.carry_forward.resolved.count));
  await expect(handled('amount_mismatch', 3)).toHaveText('1');
  await page.getByTestId('items-state-resolved').click();
  const closed = page.getByTestId('item-closed');
  await expect(closed.and(page.locator('[data-how="carry_forward"]'))).toHaveCount(day2.carry_forward.resolved.count);
  await expect(closed.and(page.locator('[data-how="carry_forward"]')).first()).toContainText(
    `Matched by the files of ${day2.date}`,
  );
  const manual = page.locator(`[data-testid="item-row"][data-id="${adjusted}"]`);
  await expect(manual.getByTestId('item-closed')).toContainText(`差额已调账 by ${PREPARER}`);
  await expect(manual.getByTestId('item-closed')).toContainText('booked to rounding');
  await manual.getByTestId('item-trail').click();
  await expect(page.getByTestId('item-event')).toHaveCount(2);
  await expect(page.getByTestId('item-event').last()).toHaveAttribute('data-action', 'resolved');
  await page.locator('.ant-drawer-close').click();

  // A second resolution, then undone: a new entry reopens it; the first stays resolved.
  await page.getByTestId('items-state-open').click();
  const verified = await resolveOne(page, 'paid_not_notified', '已人工核实', 'checked with the channel');
  await page.getByTestId('room-history').click();
  await expect(page.getByTestId('run-row')).toHaveCount(2);
  // A run lists the files it read, each with its hash and the profile version that read it.
  await page.getByTestId('run-row').first().locator('.ant-table-row-expand-icon').click();
  await expect(page.getByTestId('run-detail').getByTestId('run-file-hash')).toHaveCount(3);
  await expect(page.getByTestId('run-detail')).toContainText('alipay-merchant-trade@1');
  await expect(page.locator('[data-testid="run-row"] [data-testid="run-date"]').first()).toHaveText(day2.date);
  await page.getByTestId('undo-button').click();
  await page.getByTestId('undo-confirm').click();
  await expect(page.getByTestId('audit-row').first()).toHaveAttribute('data-action', 'undo');
  await expect(page.getByTestId('audit-chain')).toHaveAttribute('data-intact', 'true');
  await page.getByTestId('room-openItems').click();
  await expect(page.locator(`[data-testid="item-row"][data-id="${verified}"]`)).toHaveAttribute('data-state', 'open');
  await expect(page.locator(`[data-testid="item-row"][data-id="${adjusted}"]`)).toHaveCount(0);

  // Two runs compared: day 2 closed the carried items day 1 left.
  await page.getByTestId('room-history').click();
  for (const row of await page.getByTestId('run-row').all()) await row.getByRole('checkbox').check();
  await page.getByTestId('compare-runs').click();
  await expect(page.getByTestId('compare-carried_resolved')).toHaveAttribute(
    'data-change',
    String(day2.carry_forward.resolved.count),
  );

  // Sign-off: the preparer marks both days ready; the same user cannot approve; another user does.
  await page.getByTestId('signoff-button').click();
  await expect(page.getByTestId('signoff-button')).toContainText(`${day1.date} – ${day2.date}`);
  await page.getByTestId('signoff-ready').click();
  await expect(page.getByTestId('signoff-state')).toHaveAttribute('data-status', 'ready');
  await page.getByTestId('signoff-approve').click();
  await expect(page.getByTestId('signoff-refused')).toContainText(`${PREPARER} prepared`);
  await expect(page.getByTestId('signoff-refused')).toContainText('another user must review it');
  await setUser(page, REVIEWER);
  await page.getByTestId('signoff-approve').click();
  await expect(page.getByTestId('signoff-state')).toHaveAttribute('data-status', 'approved');
  await page.getByTestId('signoff-button').click();

  // The approved period is read-only: its items cannot be selected.
  await page.getByTestId('room-openItems').click();
  await expect(page.getByTestId('locked-periods')).toContainText(`${day1.date} to ${day2.date}`);
  await expect(page.getByTestId('item-row').first().getByRole('checkbox')).toBeDisabled();

  await shootRooms(page, 'en');
  await shootRooms(page, 'zh-CN');
  await page.getByTestId('language-switch').getByText('English').click();

  // The day's workbook: its Audit sheet is the trail the app shows, its Corrections sheet the order to set PAID.
  await page.getByTestId('room-history').click();
  const entries = Number(await page.getByTestId('audit-chain').getAttribute('data-entries'));
  await page.getByTestId('room-reconcile').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-button').click()]);
  const saved = join(SHOTS, download.suggestedFilename());
  await download.saveAs(saved);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(saved);
  const audit = workbook.getWorksheet('Audit');
  expect(audit?.getCell('B2').value).toBe(entries);
  const trail: string[] = [];
  audit?.eachRow((row) => trail.push(`${String(row.getCell(4).value)} ${String(row.getCell(3).value)}`));
  expect(trail.filter((line) => line === `resolve ${PREPARER}`)).toHaveLength(2);
  expect(trail).toContain(`undo ${PREPARER}`);
  expect(trail).toContain(`signoff.ready ${PREPARER}`);
  expect(trail).toContain(`signoff.approve ${REVIEWER}`);
  const corrections = workbook.getWorksheet('Corrections');
  expect(corrections?.rowCount).toBe(2 + 1);
  expect(corrections?.getRow(3).getCell(4).value).toBe('PAID');
  const paid = page
    .locator('[data-testid="item-row"][data-category="paid_not_notified"]')
    .filter({ hasText: day2.date });
  await page.getByTestId('room-openItems').click();
  await expect(paid).toHaveCount(1);
  const order = await paid.getAttribute('data-order');
  expect(corrections?.getRow(3).getCell(1).value).toBe(order);

  // The same corrections as the CSV file handed back to the order system.
  await page.getByTestId('room-reconcile').click();
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('corrections-button').click()]);
  const lines = readFileSync(await csv.path(), 'utf8')
    .trim()
    .split(/\r?\n/);
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(`${order}`);
  expect(lines[1]).toContain('PAID');

  expect(problems).toEqual([]);
});
