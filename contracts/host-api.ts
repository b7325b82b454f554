/**
 * What the app asks of its host (Electron main, or the browser): only what a sandboxed
 * page cannot do itself. One method per host call; channel names are `app:<domain>:<verb>`.
 */

export const HOST_CHANNELS = {
  saveFile: 'app:file:save',
  openFiles: 'app:file:open',
  saveWorkspace: 'app:workspace:save',
  loadWorkspace: 'app:workspace:load',
  listWorkspaceCopies: 'app:workspace:copies',
  restoreWorkspaceCopy: 'app:workspace:restore',
  appInfo: 'app:info:get',
} as const;

export type HostChannel = (typeof HOST_CHANNELS)[keyof typeof HOST_CHANNELS];

export type FileFilter = { name: string; extensions: string[] };

export type SaveFileRequest = {
  suggestedName: string;
  bytes: Uint8Array;
  filters: FileFilter[];
};

export type SaveFileResult =
  { saved: true; path: string } | { saved: false; reason: 'cancelled' | 'error'; message?: string };

export type OpenFilesRequest = { filters: FileFilter[] };

export type OpenedFile = { name: string; bytes: Uint8Array };

/** A good copy kept beside the workspace (generation 1 is the newest), as a person chooses between them. */
export type WorkspaceCopy = {
  generation: number;
  /** The file's name in the workspace folder, e.g. `workspace.sqlite.2`. */
  file: string;
  /** When it was saved (ISO 8601). */
  saved_at: string;
  bytes: number;
  /** What it holds; null when the copy itself no longer opens (then `refused` says why). */
  imports: number | null;
  runs: number | null;
  refused?: string;
};

/** A workspace file that did not pass the checks on open, set aside under its own name. */
export type RefusedWorkspace = { file: string; set_aside_as: string; reason: string };

export type WorkspaceLoad = {
  /** The workspace to open, or null to start empty. */
  bytes: Uint8Array | null;
  /** The current file, when it was refused. */
  refused: RefusedWorkspace | null;
  /** The copy `bytes` came from when the current file was missing or refused. */
  copy: WorkspaceCopy | null;
};

export type RestoreCopyResult =
  { restored: true; bytes: Uint8Array; copy: WorkspaceCopy } | { restored: false; message: string };

export type AppInfo = { host: 'electron' | 'web'; version: string; platform: string };

export type HostApi = {
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openFiles(request: OpenFilesRequest): Promise<OpenedFile[]>;
  saveWorkspace(bytes: Uint8Array): Promise<SaveFileResult>;
  /** The saved workspace, checked in full; a refused file is set aside and the newest good copy offered instead. */
  loadWorkspace(): Promise<WorkspaceLoad>;
  /** The good copies kept beside the workspace, newest first (none in a host that keeps none). */
  listWorkspaceCopies(): Promise<WorkspaceCopy[]>;
  /** The bytes of one copy, checked again; the app opens them and its next save makes them current. */
  restoreWorkspaceCopy(generation: number): Promise<RestoreCopyResult>;
  appInfo(): Promise<AppInfo>;
};
