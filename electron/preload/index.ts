import { contextBridge, ipcRenderer } from 'electron';
import { HOST_CHANNELS, type HostApi } from '../../contracts/host-api.ts';

/**
 * One method per host call, each bound to its own channel. The page never sees ipcRenderer
 * or a way to name a channel itself.
 */
const api = {
  saveFile: (request) => ipcRenderer.invoke(HOST_CHANNELS.saveFile, request),
  openFiles: (request) => ipcRenderer.invoke(HOST_CHANNELS.openFiles, request),
  saveWorkspace: (bytes) => ipcRenderer.invoke(HOST_CHANNELS.saveWorkspace, bytes),
  loadWorkspace: () => ipcRenderer.invoke(HOST_CHANNELS.loadWorkspace),
  listWorkspaceCopies: () => ipcRenderer.invoke(HOST_CHANNELS.listWorkspaceCopies),
  restoreWorkspaceCopy: (generation) => ipcRenderer.invoke(HOST_CHANNELS.restoreWorkspaceCopy, generation),
  appInfo: () => ipcRenderer.invoke(HOST_CHANNELS.appInfo),
} satisfies HostApi;

contextBridge.exposeInMainWorld('recondesk', api);
