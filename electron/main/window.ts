import { fileURLToPath } from 'node:url';
import { BrowserWindow } from 'electron';

/** electron-vite emits the preload as CommonJS next to main: a sandboxed preload cannot be ESM. */
const PRELOAD_PATH = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));

export function createMainWindow(entryUrl: string): BrowserWindow {
  const window = new BrowserWindow({
    title: 'ReconDesk',
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: PRELOAD_PATH,
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
      // A middle click opens links through its own path; the app has no use for it.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(entryUrl);
  return window;
}
