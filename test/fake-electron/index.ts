/**
 * A stand-in for the part of Electron's main-process API that main's code uses, so that code runs
 * under plain Node: in vitest through `vi.mock('electron', () => import('…/fake-electron/index.ts'))`,
 * in a bundled child process through an `electron` alias (test/fault/build-child.ts). What a test needs to
 * steer or observe is on `fake`; everything else behaves like a quiet, single window-less app.
 */

export type FakeInvokeEvent = { senderFrame: { url: string } | null; sender: object };
type Handler = (event: FakeInvokeEvent, ...args: unknown[]) => unknown;
type Listener = (...args: unknown[]) => void;

const handlers = new Map<string, Handler>();
const paths = new Map<string, string>();
const listeners = new Map<string, Listener[]>();
const dialogAnswers: { save: unknown[]; open: unknown[] } = { save: [], open: [] };

export const app = {
  isPackaged: false,
  getPath(name: string): string {
    const path = paths.get(name);
    if (path === undefined)
      throw new Error(`fake electron: app.getPath("${name}") was not set (call app.setPath first)`);
    return path;
  },
  setPath(name: string, path: string): void {
    paths.set(name, path);
  },
  getVersion: (): string => '0.0.0-test',
  whenReady: (): Promise<void> => Promise.resolve(),
  requestSingleInstanceLock: (): boolean => true,
  quit: (): void => undefined,
  on(event: string, listener: Listener): void {
    listeners.set(event, [...(listeners.get(event) ?? []), listener]);
  },
};

export const ipcMain = {
  handle(channel: string, handler: Handler): void {
    // Electron throws on a second handler for one channel; so does the fake.
    if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    handlers.set(channel, handler);
  },
  removeHandler(channel: string): void {
    handlers.delete(channel);
  },
};

/** No windows: dialogs open unparented, as they do before the first window exists. */
export class BrowserWindow {
  static fromWebContents(): BrowserWindow | null {
    return null;
  }
  static getAllWindows(): BrowserWindow[] {
    return [];
  }
}

const nextAnswer = (queue: unknown[], kind: string): Promise<unknown> => {
  if (queue.length === 0) return Promise.reject(new Error(`fake electron: no ${kind} dialog answer queued`));
  return Promise.resolve(queue.shift());
};

export const dialog = {
  showSaveDialog: (...args: unknown[]): Promise<unknown> => (void args, nextAnswer(dialogAnswers.save, 'save')),
  showOpenDialog: (...args: unknown[]): Promise<unknown> => (void args, nextAnswer(dialogAnswers.open, 'open')),
};

export const protocol = {
  registerSchemesAsPrivileged: (): void => undefined,
  handle(scheme: string, handler: Handler): void {
    handlers.set(`protocol:${scheme}`, handler);
  },
};

/** The page's origin in the packaged app, the sender a well-behaved call comes from. */
export const APP_PAGE_URL = 'app://recondesk/index.html';

export const fake = {
  /** Calls a registered host handler as the page at `url` would through ipcRenderer.invoke. */
  async invoke<T = unknown>(channel: string, args: unknown[] = [], url: string | null = APP_PAGE_URL): Promise<T> {
    const handler = handlers.get(channel);
    if (handler === undefined) throw new Error(`fake electron: no handler for '${channel}'`);
    const event: FakeInvokeEvent = { senderFrame: url === null ? null : { url }, sender: {} };
    return (await handler(event, ...args)) as T;
  },
  channels: (): string[] => [...handlers.keys()].filter((key) => !key.startsWith('protocol:')).sort(),
  answerSaveDialog(answer: { canceled: boolean; filePath?: string }): void {
    dialogAnswers.save.push(answer);
  },
  answerOpenDialog(answer: { canceled: boolean; filePaths: string[] }): void {
    dialogAnswers.open.push(answer);
  },
  emit(event: string, ...args: unknown[]): void {
    for (const listener of listeners.get(event) ?? []) listener(...args);
  },
  /** Forget every handler, path, listener and queued answer: one test does not leak into the next. */
  reset(): void {
    handlers.clear();
    paths.clear();
    listeners.clear();
    dialogAnswers.save.length = 0;
    dialogAnswers.open.length = 0;
  },
};
