import { expect, test, type Locator, type Page } from '@playwright/test';
import { dropFiles } from './sample-day.ts';

/** A bank's account export no built-in profile knows: a title, then Buchungstag;…;Vorgangsnummer. */
const STATEMENT = [
  'Kontoauszug Musterbank',
  'Konto: DE12 3456 7890',
  '',
  'Buchungstag;Empfänger;Verwendungszweck;Betrag (EUR);Vorgangsnummer',
  '02.03.2026;Muster GmbH;Rechnung 4711;-120,50;VG-0001',
  '03.03.2026;Kunde AG;Zahlung Auftrag 88;1.250,00;VG-0002',
  '04.03.2026;Stadtwerke;Abschlag März;-64,20;VG-0003',
  '',
].join('\n');
const FILE = 'musterbank.csv';
const dropStatement = (page: Page) => dropFiles(page, [{ name: FILE, bytes: Buffer.from(STATEMENT, 'utf8') }]);

async function ready(page: Page) {
  await expect(page.getByTestId('workspace-status')).not.toHaveAttribute('data-state', 'loading');
}

async function settled(page: Page) {
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
}

async function shot(page: Page, name: string, fullPage = true) {
  await settled(page);
  await page.screenshot({ path: `test-results/profile-studio/${name}.png`, fullPage });
}

/** Pick a header name in a column picker (an antd tags select). */
async function pickColumn(page: Page, picker: Locator, name: string) {
  await picker.click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: name }).first().click();
  await page.keyboard.press('Escape');
}

const fileRow = (page: Page) => page.locator(`[data-testid="file-row"][data-file="${FILE}"]`);
const records = (page: Page) => page.getByTestId('room-view-profiles').getByTestId('preview-record');

test('ops teach the app a bank layout: create from the file, fix a mapping, publish v1, import, publish v2 after its dry run', async ({
  page,
}) => {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto('/');
  await ready(page);

  // No profile fits: the generic reader's suggestion read it, and the app offers both ways on.
  await dropStatement(page);
  await expect(fileRow(page)).toHaveAttribute('data-state', 'done');
  await expect(fileRow(page).getByTestId('detected-profile')).toContainText('generic@');
  const offer = page.locator(`[data-testid="unknown-file"][data-file="${FILE}"]`);
  await expect(offer).toContainText('No profile fits musterbank.csv');
  await expect(offer.getByTestId('force-profile')).toBeVisible();
  await shot(page, 'reconcile-unknown-en');

  // The draft is filled from the file; the preview reads every row, with no channel reference yet.
  await offer.getByTestId('create-profile-from-file').click();
  const editor = page.getByTestId('profile-editor');
  await expect(editor).toHaveAttribute('data-label', 'musterbank@1');
  await expect(page.getByTestId('draft-valid')).toBeVisible();
  await expect(page.getByTestId('preview-counts')).toHaveAttribute('data-imported', '3');
  await expect(page.getByTestId('preview-control')).toBeVisible();
  await expect(page.getByTestId('preview-confidence')).toHaveAttribute('data-confidence', '1');
  await expect(records(page)).toHaveCount(3);
  await expect(records(page).first().getByTestId('record-channel_ref')).toHaveText('');
  await expect(page.getByTestId('draft-json')).toHaveValue(/"Betrag \(EUR\)"/);

  // Fix one mapping in the form: the JSON and the preview follow.
  await pickColumn(page, page.getByTestId('map-channel_ref'), 'Vorgangsnummer');
  await expect(page.getByTestId('draft-json')).toHaveValue(/"channel_ref": \{\s*"column": "Vorgangsnummer"/);
  await expect(records(page).first().getByTestId('record-channel_ref')).toHaveText('VG-0001');
  await expect(records(page).nth(1).getByTestId('record-channel_ref')).toHaveText('VG-0002');
  await shot(page, 'studio-draft-en');

  // An error in the JSON points at its field in the form.
  const json = page.getByTestId('draft-json');
  const fixed = await json.inputValue();
  await json.fill(fixed.replace('"timeZone": "UTC"', '"timeZone": 7'));
  await expect(page.getByTestId('draft-issue').first()).toHaveAttribute('data-path', '/timeZone');
  await expect(page.getByTestId('draft-field-/timeZone')).toHaveAttribute('data-invalid', 'true');
  await json.fill(fixed);
  await expect(page.getByTestId('draft-valid')).toBeVisible();

  // Publishing asks for the change note; a first version has nothing to compare with.
  await page.getByTestId('publish').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('first version');
  await expect(page.getByTestId('publish-confirm')).toBeDisabled();
  await page.getByTestId('publish-note').fill('Musterbank account export');
  await page.getByTestId('publish-confirm').click();
  await expect(dialog).toBeHidden();
  await expect(editor).toHaveAttribute('data-label', 'musterbank@1');
  await expect(page.getByTestId('read-only-note')).toContainText('Musterbank account export');

  // Import the file again: the user's profile reads it now.
  await page.getByTestId('room-reconcile').click();
  await fileRow(page).getByTestId('remove-file').click();
  await expect(fileRow(page)).toHaveCount(0);
  await dropStatement(page);
  await expect(fileRow(page)).toHaveAttribute('data-state', 'done');
  await expect(fileRow(page).getByTestId('detected-profile')).toContainText('musterbank@1');
  await expect(fileRow(page).getByTestId('user-profile')).toBeVisible();
  await expect(page.getByTestId('unknown-file')).toHaveCount(0);
  await shot(page, 'reconcile-user-profile-en');

  // Version 2: the order reference from the purpose line; the dry run shows what changes.
  await page.getByTestId('room-profiles').click();
  await page.getByTestId('next-draft').click();
  await expect(editor).toHaveAttribute('data-label', 'musterbank@2');
  await pickColumn(page, page.getByTestId('map-order_ref'), 'Verwendungszweck');
  await expect(records(page).first().getByTestId('record-order_ref')).toHaveText('Rechnung 4711');
  await page.getByTestId('publish').click();
  await expect(dialog).toContainText('musterbank@1');
  const diff = page.getByTestId('file-diff');
  await expect(diff.getByTestId('diff-changed')).toHaveAttribute('data-count', '3');
  await expect(diff.getByTestId('diff-added')).toHaveAttribute('data-count', '0');
  await expect(diff.getByTestId('diff-removed')).toHaveAttribute('data-count', '0');
  await expect(diff.getByTestId('diff-field-change').first()).toHaveAttribute('data-field', 'order_ref');
  await expect(diff.getByTestId('diff-detection')).toHaveAttribute('data-after', '100%');
  await shot(page, 'publish-diff-en', false);
  await page.getByTestId('publish-note').fill('Order reference from the purpose line');
  await page.getByTestId('publish-confirm').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('workspace-status')).toHaveAttribute('data-state', 'saved');

  // Reopen the workspace: the first import still names v1; the library keeps both versions.
  await page.reload();
  await ready(page);
  await expect(fileRow(page).getByTestId('detected-profile')).toContainText('musterbank@1');
  await page.getByTestId('room-profiles').click();
  const row = page.locator('[data-testid="profile-row"][data-profile="musterbank"]');
  await expect(row).toContainText('musterbank@2');
  await row.locator('.ant-table-row-expand-icon').click();
  const v1 = page.locator('[data-testid="profile-version-row"][data-label="musterbank@1"]');
  await expect(v1.getByTestId('version-imports')).toHaveText('1');
  await expect(
    page.locator('[data-testid="profile-version-row"][data-label="musterbank@2"]').getByTestId('version-imports'),
  ).toHaveText('0');
  await shot(page, 'library-en');

  // The same screens in Chinese.
  await page.getByTestId('language-switch').getByText('中文').click();
  await expect(page.getByTestId('room-profiles')).toHaveText('格式配置');
  await shot(page, 'library-zh');
  await v1.getByTestId('open-version').click();
  await page
    .getByTestId('sample-preview')
    .locator('input[type=file]')
    .setInputFiles({ name: FILE, mimeType: 'text/csv', buffer: Buffer.from(STATEMENT) });
  await expect(records(page)).toHaveCount(3);
  await shot(page, 'studio-zh');
  await page.getByTestId('next-draft').click();
  await expect(editor).toHaveAttribute('data-label', 'musterbank@3');
  await page.getByTestId('publish').click();
  await expect(dialog).toContainText('试运行对比');
  await expect(page.getByTestId('file-diff').getByTestId('diff-changed')).toHaveAttribute('data-count', '0');
  await shot(page, 'publish-diff-zh', false);
  await dialog.getByRole('button', { name: /取\s*消/ }).click();
  await page.getByTestId('room-reconcile').click();
  // An export with renamed columns: musterbank's header is not in it, and the offer says so in Chinese.
  const renamed = STATEMENT.replace('Betrag (EUR)', 'Betrag').replace('Vorgangsnummer', 'Referenz');
  await dropFiles(page, [{ name: 'musterbank-2027.csv', bytes: Buffer.from(renamed, 'utf8') }]);
  const offerZh = page.locator('[data-testid="unknown-file"][data-file="musterbank-2027.csv"]');
  await expect(offerZh).toContainText('没有配置能读取 musterbank-2027.csv');
  await expect(offerZh.getByTestId('create-profile-from-file')).toHaveText('从此文件创建配置');
  await shot(page, 'reconcile-zh');
  expect(problems).toEqual([]);
});
