import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import {
  HOST_CHANNELS,
  type AppInfo,
  type HostApi,
  type HostChannel,
  type OpenedFile,
  type OpenFilesRequest,
  type SaveFileRequest,
  type SaveFileResult,
} from '../../contracts/host-api.ts';
import { isAppUrl, type AppOrigin } from './app-origin.ts';
import { writeFileAtomic } from './atomic-write.ts';
import {
  checkGenerationArgs,
  checkNoArgs,
  checkOpenFilesArgs,
  checkSaveFileArgs,
  checkSaveWorkspaceArgs,
  type Checked,
} from './payload.ts';
import { loadSqlJs } from './sql-js.ts';
import { createWorkspaceStore } from './workspace.ts';

/** HostApi keyed by channel name, so each channel's handler gets that method's exact types. */
type ApiByChannel = { [K in keyof HostApi as (typeof HOST_CHANNELS)[K]]: HostApi[K] };

type Handler<C extends HostChannel> = (
  event: IpcMainInvokeEvent,
  ...args: Parameters<ApiByChannel[C]>
) => ReturnType<ApiByChannel[C]>;

type Validate<C extends HostChannel> = (args: readonly unknown[]) => Checked<Parameters<ApiByChannel[C]>>;

/** Why a call is refused before it reaches a handler, or null when it may proceed. */
export function refusalOf(event: IpcMainInvokeEvent, origin: AppOrigin): string | null {
  // senderFrame is null when the frame navigated or was destroyed: fail closed.
  const frame = event.senderFrame;
  if (frame === null) return 'the sending frame is gone';
  if (!isAppUrl(frame.url, origin)) return `the sender ${JSON.stringify(frame.url)} is not the app`;
  return null;
}

/**
 * The only way main answers the page: one channel, one payload check, one handler.
 * There is deliberately no generic invoke.
 */
function handle<C extends HostChannel>(origin: AppOrigin, channel: C, validate: Validate<C>, fn: Handler<C>): void {
  if (!channel.startsWith('app:')) throw new Error(`Refusing to register "${channel}": host channels start with app:`);
  ipcMain.handle(channel, (event, ...args: unknown[]) => {
    const refusal = refusalOf(event, origin);
    if (refusal !== null) {
      console.warn(`[host] ${channel} refused: ${refusal}`);
      throw new Error(`${channel} refused: ${refusal}`);
    }
    const checked = validate(args);
    if (!checked.ok) throw new Error(`${channel} refused: ${checked.message}`);
    return fn(event, ...checked.value);
  });
}

const windowOf = (event: IpcMainInvokeEvent): BrowserWindow | null => BrowserWindow.fromWebContents(event.sender);

async function saveFile(event: IpcMainInvokeEvent, request: SaveFileRequest): Promise<SaveFileResult> {
  const options = { defaultPath: request.suggestedName, filters: request.filters };
  const parent = windowOf(event);
  const choice = await (parent === null ? dialog.showSaveDialog(options) : dialog.showSaveDialog(parent, options));
  if (choice.canceled || choice.filePath === undefined || choice.filePath === '') {
    return { saved: false, reason: 'cancelled' };
  }
  const written = await writeFileAtomic(choice.filePath, request.bytes);
  return written.ok ? { saved: true, path: written.path } : { saved: false, reason: 'error', message: written.message };
}

async function readChosenFile(path: string): Promise<OpenedFile> {
  try {
    const buffer = await readFile(path);
    return { name: basename(path), bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) };
  } catch (error) {
    throw new Error(`Could not read "${path}": ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}

async function openFiles(event: IpcMainInvokeEvent, request: OpenFilesRequest): Promise<OpenedFile[]> {
  const options = { filters: request.filters, properties: ['openFile', 'multiSelections'] as const };
  const parent = windowOf(event);
  const choice = await (parent === null
    ? dialog.showOpenDialog({ ...options, properties: [...options.properties] })
    : dialog.showOpenDialog(parent, { ...options, properties: [...options.properties] }));
  if (choice.canceled) return [];
  const files: OpenedFile[] = [];
  for (const path of choice.filePaths) files.push(await readChosenFile(path));
  return files;
}

function appInfo(): Promise<AppInfo> {
  return Promise.resolve({ host: 'electron', version: app.getVersion(), platform: process.platform });
}

/** Registers one handler per HostApi method; `origin` is where the app's own pages come from. */
export function registerHostHandlers(origin: AppOrigin): void {
  const workspace = createWorkspaceStore({ folder: app.getPath('userData'), sqlJs: loadSqlJs });
  handle(origin, HOST_CHANNELS.saveFile, checkSaveFileArgs, saveFile);
  handle(origin, HOST_CHANNELS.openFiles, checkOpenFilesArgs, openFiles);
  handle(origin, HOST_CHANNELS.saveWorkspace, checkSaveWorkspaceArgs, (_event, bytes) => workspace.save(bytes));
  handle(origin, HOST_CHANNELS.loadWorkspace, checkNoArgs, () => workspace.load());
  handle(origin, HOST_CHANNELS.listWorkspaceCopies, checkNoArgs, () => workspace.copies());
  handle(origin, HOST_CHANNELS.restoreWorkspaceCopy, checkGenerationArgs, (_event, generation) =>
    workspace.restore(generation),
  );
  handle(origin, HOST_CHANNELS.appInfo, checkNoArgs, appInfo);
}
