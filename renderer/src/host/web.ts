import type {
  AppInfo,
  HostApi,
  OpenedFile,
  OpenFilesRequest,
  RestoreCopyResult,
  SaveFileRequest,
  SaveFileResult,
  WorkspaceCopy,
  WorkspaceLoad,
} from '../../../contracts/host-api.ts';

const WORKSPACE_FILE = 'workspace.sqlite';

/** Hand bytes to the browser as a download; the browser decides where it lands. */
async function saveFile(request: SaveFileRequest): Promise<SaveFileResult> {
  const blob = new Blob([request.bytes as Uint8Array<ArrayBuffer>], { type: mimeType(request.suggestedName) });
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = request.suggestedName;
  anchor.style.display = 'none';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // The download has started reading the blob by the time the click returns; keep it a moment longer.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
  return { saved: true, path: request.suggestedName };
}

function mimeType(name: string): string {
  if (name.endsWith('.xlsx')) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  if (name.endsWith('.csv')) return 'text/csv';
  if (name.endsWith('.json')) return 'application/json';
  if (name.endsWith('.ndjson')) return 'application/x-ndjson';
  return 'application/octet-stream';
}

/** A hidden `<input type=file multiple>`; resolves with nothing when the picker is dismissed. */
function openFiles(request: OpenFilesRequest): Promise<OpenedFile[]> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = true;
    const extensions = request.filters.flatMap((filter) => filter.extensions).filter((ext) => ext !== '*');
    if (extensions.length > 0) input.accept = extensions.map((ext) => `.${ext}`).join(',');
    input.addEventListener('cancel', () => resolve([]));
    input.addEventListener('change', () => {
      const files = [...(input.files ?? [])];
      Promise.all(
        files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
      ).then(resolve, reject);
    });
    input.click();
  });
}

async function workspaceDirectory(): Promise<FileSystemDirectoryHandle | null> {
  if (typeof navigator.storage?.getDirectory !== 'function') return null;
  try {
    return await navigator.storage.getDirectory();
  } catch {
    return null;
  }
}

/** Origin-private file system when the browser has one; otherwise the workspace lives for the tab only. */
async function saveWorkspace(bytes: Uint8Array): Promise<SaveFileResult> {
  const directory = await workspaceDirectory();
  if (!directory) return { saved: false, reason: 'error', message: 'no persistent storage in this browser' };
  try {
    const handle = await directory.getFileHandle(WORKSPACE_FILE, { create: true });
    const writable = await handle.createWritable();
    await writable.write(bytes as Uint8Array<ArrayBuffer>);
    await writable.close();
    return { saved: true, path: `opfs:/${WORKSPACE_FILE}` };
  } catch (error) {
    return { saved: false, reason: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

async function savedBytes(): Promise<Uint8Array | null> {
  const directory = await workspaceDirectory();
  if (!directory) return null;
  try {
    const handle = await directory.getFileHandle(WORKSPACE_FILE);
    return new Uint8Array(await (await handle.getFile()).arrayBuffer());
  } catch {
    return null;
  }
}

/** The browser checks nothing itself: the engine checks the bytes when it opens them. */
async function loadWorkspace(): Promise<WorkspaceLoad> {
  return { bytes: await savedBytes(), refused: null, copy: null };
}

/** The browser's private storage keeps only the current workspace. */
function listWorkspaceCopies(): Promise<WorkspaceCopy[]> {
  return Promise.resolve([]);
}

function restoreWorkspaceCopy(generation: number): Promise<RestoreCopyResult> {
  return Promise.resolve({ restored: false, message: `This browser keeps no copy ${generation} of the workspace.` });
}

async function appInfo(): Promise<AppInfo> {
  return {
    host: 'web',
    version: import.meta.env['VITE_APP_VERSION'] ?? '0.1.0',
    platform: navigator.platform || 'web',
  };
}

export const webHost: HostApi = {
  saveFile,
  openFiles,
  saveWorkspace,
  loadWorkspace,
  listWorkspaceCopies,
  restoreWorkspaceCopy,
  appInfo,
};
