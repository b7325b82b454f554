/**
 * What the app asks of its host (Electron main, or the browser): only what a sandboxed
 * page cannot do itself. One method per host call; channel names are `app:<domain>:<verb>`.
 */

export const HOST_CHANNELS = {
  saveFile: 'app:file:save',
  openFiles: 'app:file:open',
  saveWorkspace: 'app:workspace:save',
  loadWorkspace: 'app:workspace:load',
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

export type AppInfo = { host: 'electron' | 'web'; version: string; platform: string };

export type HostApi = {
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openFiles(request: OpenFilesRequest): Promise<OpenedFile[]>;
  saveWorkspace(bytes: Uint8Array): Promise<SaveFileResult>;
  loadWorkspace(): Promise<Uint8Array | null>;
  appInfo(): Promise<AppInfo>;
};
