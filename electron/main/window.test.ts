import { beforeEach, expect, it, vi } from 'vitest';
import { fake } from '../../test/fake-electron/index.ts';
import { APP_ENTRY_URL } from './app-origin.ts';
import { createMainWindow } from './window.ts';

vi.mock('electron', () => import('../../test/fake-electron/index.ts'));

beforeEach(() => fake.reset());

it('opens the app in an isolated, sandboxed window with no Node and web security on', () => {
  createMainWindow(APP_ENTRY_URL);
  const [window] = fake.recorded.windows;
  expect(fake.recorded.windows).toHaveLength(1);
  expect(window?.loadedUrl).toBe('app://recondesk/index.html');
  const { preload, ...preferences } = (window?.options['webPreferences'] ?? {}) as Record<string, unknown>;
  expect(preferences).toEqual({
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    disableBlinkFeatures: 'Auxclick',
  });
  // The bundled CommonJS preload beside main: a sandboxed preload cannot be an ES module.
  expect(String(preload)).toMatch(/[\\/]preload[\\/]index\.cjs$/);
  expect(window?.options['show']).toBe(false);
});
