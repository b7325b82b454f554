import fs from 'node:fs';

/**
 * The file-system calls the CLI's writers make, in one place so tests can make any of them fail
 * the way a full disk, a read-only folder or an immutable file does.
 */
export type FilePort = {
  mkdir(folder: string): void;
  /** The file at `path`, after symbolic links. */
  stat(path: string): fs.Stats;
  /** The entry at `path` without following a symbolic link, or undefined when there is none. */
  lstat(path: string): fs.Stats | undefined;
  readdir(folder: string): string[];
  readFile(path: string): Uint8Array;
  open(path: string, flags: string): number;
  /** Writes from `offset` on; returns how many bytes were written. */
  write(fd: number, bytes: Uint8Array, offset: number): number;
  /** Reads into `into` from the file's `position`; returns how many bytes were read (0 at the end). */
  read(fd: number, into: Uint8Array, position: number): number;
  fsync(fd: number): void;
  close(fd: number): void;
  rename(from: string, to: string): void;
  link(existing: string, alias: string): void;
  unlink(path: string): void;
};

export const nodeFilePort: FilePort = {
  mkdir: (folder) => void fs.mkdirSync(folder, { recursive: true }),
  stat: (path) => fs.statSync(path),
  lstat: (path) => fs.lstatSync(path, { throwIfNoEntry: false }),
  readdir: (folder) => fs.readdirSync(folder),
  readFile: (path) => fs.readFileSync(path),
  open: (path, flags) => fs.openSync(path, flags),
  write: (fd, bytes, offset) => fs.writeSync(fd, bytes, offset),
  read: (fd, into, position) => fs.readSync(fd, into, 0, into.byteLength, position),
  fsync: (fd) => fs.fsyncSync(fd),
  close: (fd) => fs.closeSync(fd),
  rename: (from, to) => fs.renameSync(from, to),
  link: (existing, alias) => fs.linkSync(existing, alias),
  unlink: (path) => fs.unlinkSync(path),
};
