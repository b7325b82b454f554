import { expect, test, type Page } from '@playwright/test';
import { dropFiles, sample, SAMPLES } from './sample-day.ts';

const COPIES = [
  {
    generation: 1,
    file: 'workspace.sqlite.1',
    saved_at: '2026-12-06T21:10:00.000Z',
    bytes: 409600,
    imports: 3,
    runs: 0,
  },
  {
    generation: 2,
    file: 'workspace.sqlite.2',
    saved_at: '2026-12-05T18:00:00.000Z',
    bytes: 4096,
    imports: null,
    runs: null,
    refused: 'The workspace is torn (4096 bytes where the header says 9 pages of 4096 bytes).',
  },
];

/**
 * The desktop host as its preload exposes it, answering as main does: the saved file was refused
 * at start and set aside, and copy 1 is the workspace saved before the current one.
 */
function desktopHost(copies: typeof COPIES) {
  const saved: Uint8Array[] = [];
  Object.assign(window, {
    recondesk: {
      appInfo: async () => ({ host: 'electron', version: 'test', platform: 'linux' }),
      openFiles: async () => [],
      saveFile: async () => ({ saved: false, reason: 'cancelled' }),
      saveWorkspace: async (bytes: Uint8Array) => (
        saved.push(bytes.slice()),
        { saved: true, path: 'workspace.sqlite' }
      ),
      loadWorkspace: async () => ({
        bytes: null,
        refused: {
          file: 'workspace.sqlite',
          set_aside_as: 'workspace.sqlite.refused-2026-12-06T22-31-05Z',
          reason: 'The workspace is damaged (integrity check: Tree 10 page 10: btreeInitPage() returns error code 11).',
        },
        copy: null,
      }),
      listWorkspaceCopies: async () => copies,
      restoreWorkspaceCopy: async (generation: number) => {
        const bytes = saved.at(-1 - generation);
        return generation === 1 && bytes
          ? { restored: true, bytes, copy: copies[0] }
          : { restored: false, message: 'no' };
      },
    },
  });
}

const saved = (page: Page) => expect(page.getByTestId('workspace-status')).toHaveAttribute('data-state', 'saved');

test('the desktop names a refused workspace file and restores the copy the user picks', async ({ page }) => {
  await page.addInitScript(desktopHost, COPIES);
  await page.goto('/');

  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('The saved workspace could not be opened');
  await expect(dialog).toContainText('workspace.sqlite was not opened: The workspace is damaged (integrity check:');
  await expect(dialog).toContainText(
    'It was kept as workspace.sqlite.refused-2026-12-06T22-31-05Z; nothing was overwritten.',
  );
  await expect(dialog).toContainText('No good copy was found');
  const rows = dialog.locator('.ant-table-tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('#1');
  await expect(rows.nth(0).locator('td').nth(2)).toHaveText('3');
  await expect(rows.nth(1)).toContainText('Does not open: The workspace is torn');
  await expect(dialog.getByTestId('restore-copy-2')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close' }).last().click();
  await expect(dialog).toBeHidden();

  // Three imports saved, then a new empty workspace saved over them: copy 1 holds the three.
  await dropFiles(page, SAMPLES.map(sample));
  await expect(page.getByTestId('file-row').and(page.locator('[data-state="done"]'))).toHaveCount(3);
  await saved(page);
  await page.getByTestId('new-workspace').click();
  await page.getByTestId('new-workspace-confirm').click();
  await expect(page.getByTestId('file-row')).toHaveCount(0);
  await saved(page);

  await page.getByTestId('workspace-copies').click();
  await expect(dialog).toContainText('Saved copies of the workspace');
  await dialog.getByTestId('restore-copy-1').click();
  await expect(page.getByText('Copy #1 restored; it is now the current workspace.')).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('file-row').and(page.locator('[data-state="done"]'))).toHaveCount(3);
  await saved(page);
});
