/**
 * A stand-in for the part of Electron's main-process API that main's code uses, so that code runs
 * under plain Node: in vitest through `vi.mock('electron', () => import('…/fake-electron/index.ts'))`,
 * in a bundled child process through an `electron` alias (test/fault/build-child.ts). What a test needs to
 * steer or observe is on `fake` (`fake.recorded` holds what main told Electron); windows, web contents,
 * sessions and the app protocol record their settings and let a test play the page's side.
 */

export type FakeInvokeEvent = { senderFrame: { url: string } | null; sender: object };
type Handler = (event: FakeInvokeEvent, ...args: unknown[]) => unknown;
type Listener = (...args: unknown[]) => void;

const handlers = new Map<string, Handler>();
const paths = new Map<string, string>();
const listeners = new Map<string, Listener[]>();
const dialogAnswers: { save: unknown[]; open: unknown[] } = { save: [], open: [] };

/** What main told Electron, for tests to read back. */
const recorded = {
  sandboxEnabled: false,
  windows: [] as BrowserWindow[],
  privilegedSchemes: [] as unknown[],
  openedExternally: [] as string[],
  permissionRequestHandler: null as PermissionRequestHandler | null,
  permissionCheckHandler: null as ((...args: unknown[]) => boolean) | null,
  devicePermissionHandler: null as ((...args: unknown[]) => boolean) | null,
  displayMediaRequestHandler: null as DisplayMediaHandler | null,
  exposedInMainWorld: {} as Record<string, unknown>,
  rendererInvokes: [] as [string, ...unknown[]][],
};
type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
type DisplayMediaHandler = (request: unknown, callback: (streams: object) => void) => void;

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
  enableSandbox(): void {
    recorded.sandboxEnabled = true;
  },
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

type NavigationEvent = { url: string; preventDefault(): void };
type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

/** A page's web contents: records the listeners main attaches and lets a test play the page's moves. */
export class WebContents {
  readonly listeners = new Map<string, Listener[]>();
  windowOpenHandler: WindowOpenHandler | null = null;
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
  /** Plays one navigation event ('will-navigate', 'will-redirect', …); true when a listener stopped it. */
  navigate(event: string, url: string): boolean {
    let prevented = false;
    const navigation: NavigationEvent = {
      url,
      preventDefault: () => {
        prevented = true;
      },
    };
    for (const listener of this.listeners.get(event) ?? []) listener(navigation);
    return prevented;
  }
  /** What `window.open(url)` / a target=_blank link gets: Electron allows it when no handler is set. */
  openWindow(url: string): 'allow' | 'deny' {
    return this.windowOpenHandler === null ? 'allow' : this.windowOpenHandler({ url }).action;
  }
}

/** Windows record their options and the URL they load; dialogs open unparented. */
export class BrowserWindow {
  readonly webContents = new WebContents();
  loadedUrl: string | null = null;
  constructor(readonly options: Record<string, unknown> = {}) {
    recorded.windows.push(this);
  }
  static fromWebContents(): BrowserWindow | null {
    return null;
  }
  static getAllWindows(): BrowserWindow[] {
    return [...recorded.windows];
  }
  once(event: string, listener: Listener): void {
    void event;
    void listener;
  }
  show(): void {}
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return Promise.resolve();
  }
}

export const session = {
  defaultSession: {
    setPermissionRequestHandler(handler: PermissionRequestHandler): void {
      recorded.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler: (...args: unknown[]) => boolean): void {
      recorded.permissionCheckHandler = handler;
    },
    setDevicePermissionHandler(handler: (...args: unknown[]) => boolean): void {
      recorded.devicePermissionHandler = handler;
    },
    setDisplayMediaRequestHandler(handler: DisplayMediaHandler): void {
      recorded.displayMediaRequestHandler = handler;
    },
  },
};

export const shell = {
  openExternal(url: string): Promise<void> {
    recorded.openedExternally.push(url);
    return Promise.resolve();
  },
};

const nextAnswer = (queue: unknown[], kind: string): Promise<unknown> => {
  if (queue.length === 0) return Promise.reject(new Error(`fake electron: no ${kind} dialog answer queued`));
  return Promise.resolve(queue.shift());
};

export const dialog = {
  showSaveDialog: (...args: unknown[]): Promise<unknown> => (void args, nextAnswer(dialogAnswers.save, 'save')),
  showOpenDialog: (...args: unknown[]): Promise<unknown> => (void args, nextAnswer(dialogAnswers.open, 'open')),
};

/** The preload's side: what it hands the page, and the calls it sends to main. */
export const contextBridge = {
  exposeInMainWorld(key: string, api: unknown): void {
    recorded.exposedInMainWorld[key] = api;
  },
};

export const ipcRenderer = {
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    recorded.rendererInvokes.push([channel, ...args]);
    return Promise.resolve(undefined);
  },
};

type ProtocolHandler = (request: Request) => Response | Promise<Response>;
const protocolHandlers = new Map<string, ProtocolHandler>();

export const protocol = {
  registerSchemesAsPrivileged(schemes: unknown[]): void {
    recorded.privilegedSchemes.push(...schemes);
  },
  handle(scheme: string, handler: ProtocolHandler): void {
    protocolHandlers.set(scheme, handler);
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
  channels: (): string[] => [...handlers.keys()].sort(),
  /** Asks the handler registered for the URL's scheme, as the page's fetch or a script tag would. */
  async request(url: string, method = 'GET'): Promise<Response> {
    const scheme = new URL(url).protocol.slice(0, -1);
    const handler = protocolHandlers.get(scheme);
    if (handler === undefined) throw new Error(`fake electron: no protocol handler for '${scheme}'`);
    return handler(new Request(url, { method }));
  },
  /** What main told Electron: sandbox, windows, schemes, links opened, session permission handlers. */
  recorded: recorded as Readonly<typeof recorded>,
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
    protocolHandlers.clear();
    Object.assign(recorded, {
      sandboxEnabled: false,
      windows: [],
      privilegedSchemes: [],
      openedExternally: [],
      permissionRequestHandler: null,
      permissionCheckHandler: null,
      devicePermissionHandler: null,
      displayMediaRequestHandler: null,
      exposedInMainWorld: {},
      rendererInvokes: [],
    });
  },
};
