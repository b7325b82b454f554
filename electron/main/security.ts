import { app, session, shell, type WebContents } from 'electron';
import { isAllowedExternalUrl, isAppUrl, type AppOrigin } from './app-origin.ts';

/**
 * Hosts whose https links may open in the user's browser. Empty: the app links nowhere today;
 * add the documentation host here when there is one.
 */
export const EXTERNAL_LINK_HOSTS: readonly string[] = [];

function openIfAllowed(url: string, externalHosts: readonly string[]): void {
  if (isAllowedExternalUrl(url, externalHosts)) {
    void shell.openExternal(url);
  } else {
    console.warn(`[security] blocked link to ${url}`);
  }
}

function lockDownContents(contents: WebContents, origin: AppOrigin, externalHosts: readonly string[]): void {
  const stayInApp = (event: { preventDefault(): void }, url: string): void => {
    if (isAppUrl(url, origin)) return;
    event.preventDefault();
    openIfAllowed(url, externalHosts);
  };
  contents.on('will-navigate', (event) => stayInApp(event, event.url));
  contents.on('will-frame-navigate', (event) => stayInApp(event, event.url));
  contents.on('will-redirect', (event) => stayInApp(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openIfAllowed(url, externalHosts);
    return { action: 'deny' };
  });
}

/** Sessions grant nothing: no camera, notifications, clipboard reads, HID, serial or USB. */
function denyAllPermissions(): void {
  const defaultSession = session.defaultSession;
  defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  defaultSession.setPermissionCheckHandler(() => false);
  defaultSession.setDevicePermissionHandler(() => false);
  defaultSession.setDisplayMediaRequestHandler((_request, callback) => callback({}));
}

/**
 * Call once before any window exists. Every renderer is sandboxed; the old `remote` module is
 * gone from Electron, and nothing here re-creates a generic bridge to main.
 */
export function applySecurityPolicy(origin: AppOrigin, externalHosts: readonly string[] = EXTERNAL_LINK_HOSTS): void {
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents, origin, externalHosts));
  app.whenReady().then(denyAllPermissions, () => undefined);
}
