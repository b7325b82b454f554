import { fileURLToPath } from 'node:url';
import { app, BrowserWindow } from 'electron';
import { APP_ENTRY_URL, originOf, PACKAGED_ORIGIN, type AppOrigin } from './app-origin.ts';
import { registerAppScheme, serveAppFrom } from './app-protocol.ts';
import { registerHostHandlers } from './host-handlers.ts';
import { installMenu } from './menu.ts';
import { applySecurityPolicy } from './security.ts';
import { createMainWindow } from './window.ts';

/** The built renderer, next to this file's folder once bundled: out/main → out/renderer. */
const RENDERER_ROOT = fileURLToPath(new URL('../renderer/', import.meta.url));

/** In development the renderer comes from electron-vite's dev server; never in a packaged app. */
function devServerUrl(): string | null {
  const url = process.env['ELECTRON_RENDERER_URL'];
  return !app.isPackaged && url !== undefined && url !== '' ? url : null;
}

function focus(window: BrowserWindow | undefined): void {
  if (window === undefined) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}

function start(entryUrl: string, origin: AppOrigin, isDevelopment: boolean): void {
  applySecurityPolicy(origin);
  app.on('second-instance', () => focus(BrowserWindow.getAllWindows()[0]));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  void app.whenReady().then(() => {
    if (!isDevelopment) serveAppFrom(RENDERER_ROOT);
    registerHostHandlers(origin);
    installMenu(isDevelopment);
    createMainWindow(entryUrl);
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createMainWindow(entryUrl);
    });
  });
}

function main(): void {
  // The scheme must be registered before ready, even in a second instance that quits at once.
  registerAppScheme();
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  const devUrl = devServerUrl();
  const devOrigin = devUrl === null ? null : originOf(devUrl);
  if (devUrl !== null && devOrigin !== null) {
    start(devUrl, devOrigin, true);
  } else {
    start(APP_ENTRY_URL, PACKAGED_ORIGIN, false);
  }
}

main();
