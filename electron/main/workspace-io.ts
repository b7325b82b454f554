import { link, mkdir, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { syncFolder, type AtomicWriteIo } from './atomic-write.ts';

/** Who a file is: a file replaced by another program has another inode, size or time. */
export type FileIdentity = { ino: number; size: number; mtimeMs: number };

/** Every file operation the workspace store does, so tests can make any of them fail. */
export type WorkspaceIo = AtomicWriteIo & {
  readdir(folder: string): Promise<string[]>;
  readFile(path: string): Promise<Uint8Array>;
  stat(path: string): Promise<FileIdentity>;
  /** A second name for an existing file; rejects where the file system has no hard links. */
  link(existing: string, name: string): Promise<void>;
  mkdir(folder: string): Promise<void>;
  syncFolder(folder: string): Promise<void>;
};

export const nodeWorkspaceIo: WorkspaceIo = {
  open: (path, flags) => open(path, flags),
  rename: (from, to) => rename(from, to),
  unlink: (path) => unlink(path),
  readdir: async (folder) => {
    try {
      return await readdir(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  },
  readFile: async (path) => {
    const buffer = await readFile(path);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  },
  stat: async (path) => {
    const { ino, size, mtimeMs } = await stat(path);
    return { ino, size, mtimeMs };
  },
  link: (existing, name) => link(existing, name),
  mkdir: async (folder) => void (await mkdir(folder, { recursive: true })),
  syncFolder,
};

export const sameFile = (a: FileIdentity | null, b: FileIdentity): boolean =>
  a !== null && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;
