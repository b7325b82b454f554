import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

const ROOT = resolve(import.meta.dirname, '..', '..');
const ELECTRON_PACKAGE = join(ROOT, 'node_modules', 'electron');
const HOST_API_METHODS = [
  'appInfo',
  'listWorkspaceCopies',
  'loadWorkspace',
  'openFiles',
  'restoreWorkspaceCopy',
  'saveFile',
  'saveWorkspace',
];

/**
 * The electron package downloads its binary on first require and records it in path.txt;
 * on machines where that download is impossible the binary is simply absent. Checked by file,
 * never by requiring 'electron', which would start the download.
 */
function electronBinary(): { path: string } | { missing: string } {
  const pathFile = join(ELECTRON_PACKAGE, 'path.txt');
  if (!existsSync(pathFile)) {
    return { missing: 'Electron binary not installed (node_modules/electron/path.txt and dist/ missing)' };
  }
  const binary = join(ELECTRON_PACKAGE, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? { path: binary } : { missing: `Electron binary not installed (${binary} missing)` };
}

test('the desktop app opens isolated, titled, with the drop zone', async () => {
  const binary = electronBinary();
  if ('missing' in binary) {
    const reason = `${binary.missing}; the same renderer is covered by the Chromium e2e tests.`;
    console.log(`Skipping Electron smoke test: ${reason}`);
    test.skip(true, reason);
    return;
  }
  const mainEntry = join(ROOT, 'out', 'main', 'index.js');
  if (!existsSync(mainEntry)) throw new Error(`${mainEntry} is missing: run npm run build:desktop first`);

  const app = await electron.launch({ executablePath: binary.path, args: [ROOT], cwd: ROOT });
  try {
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    await expect.poll(() => page.title()).toBe('ReconDesk');
    await expect(page.getByTestId('drop-zone')).toBeVisible();

    const isolation = await page.evaluate(() => {
      const scope = window as unknown as { require?: unknown; process?: unknown; recondesk?: Record<string, unknown> };
      const bridge = scope.recondesk ?? {};
      return {
        require: typeof scope.require,
        process: typeof scope.process,
        methods: Object.keys(bridge).sort(),
        allFunctions: Object.values(bridge).every((value) => typeof value === 'function'),
      };
    });
    expect(isolation).toEqual({
      require: 'undefined',
      process: 'undefined',
      methods: HOST_API_METHODS,
      allFunctions: true,
    });

    const info = await page.evaluate(() =>
      (window as unknown as { recondesk: { appInfo(): Promise<{ host: string }> } }).recondesk.appInfo(),
    );
    expect(info.host).toBe('electron');
  } finally {
    await app.close();
  }
});
