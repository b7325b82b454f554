import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { orphanedTemps, tempName } from '../core/index.ts';
import { FileError, fileError } from './file-error.ts';
import { nodeFilePort, type FilePort } from './file-port.ts';

export type AtomicWriteOptions = {
  port?: FilePort;
  /**
   * Runs once the new content is on disk in the temp file, before it replaces the target; a
   * throw leaves the target as it was. The workspace is checked and its backups rotated here.
   */
  beforeReplace?: (temp: string, port: FilePort) => void;
  /** Runs once the new content is in place and its folder synced (old backups are removed here). */
  afterReplace?: (port: FilePort) => void;
};

/**
 * Replace `target` with `bytes` so that a crash at any point leaves the old file or the new one,
 * never a torn one: temp file in the same folder, fsync, rename over the target, fsync the
 * folder. Any failure throws a FileError naming `target` as given, after removing the temp file.
 */
export function writeFileAtomic(target: string, bytes: Uint8Array | string, options: AtomicWriteOptions = {}): void {
  const port = options.port ?? nodeFilePort;
  const folder = path.dirname(path.resolve(target));
  let temp: string | undefined;
  try {
    port.mkdir(folder);
    // A folder in the way is refused before anything is written beside it.
    if (port.lstat(target)?.isDirectory()) throw new FileError('write', target, 'EISDIR', 'it is a folder');
    removeOrphanTemps(target, port);
    temp = tempPathFor(target);
    writeSynced(port, temp, typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes);
    options.beforeReplace?.(temp, port);
    port.rename(temp, target);
    temp = undefined;
  } catch (error) {
    if (temp !== undefined) removeQuietly(port, temp);
    throw fileError('write', target, error);
  }
  syncFolder(port, folder);
  options.afterReplace?.(port);
}

/** The unique part of a temp name starts with the writer's process id. */
const WRITER = /^\.[^]*\.(\d+)-[0-9a-f]+\.tmp$/;

/** `.name.PID-RANDOM.tmp` beside the target: hidden, unique, and the writer's process id in it. */
export function tempPathFor(target: string): string {
  const unique = `${process.pid}-${randomBytes(6).toString('hex')}`;
  return path.join(path.dirname(target), tempName(path.basename(target), unique));
}

/**
 * Remove the temp files a killed writer of `target` left behind: those whose process is gone.
 * A temp file of a writer still running (another run of the same command) is left alone.
 */
export function removeOrphanTemps(target: string, port: FilePort = nodeFilePort): void {
  const folder = path.dirname(target);
  for (const name of orphanedTemps(path.basename(target), port.readdir(folder))) {
    const writer = WRITER.exec(name)?.[1];
    if (writer === undefined || !isRunning(Number(writer))) removeQuietly(port, path.join(folder, name));
  }
}

function isRunning(pid: number): boolean {
  // Our own id on a leftover means an earlier process had it: this one has not written yet.
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

function writeSynced(port: FilePort, temp: string, bytes: Uint8Array): void {
  // 'wx': never reuse or follow a file that is already there.
  const fd = port.open(temp, 'wx');
  try {
    for (let offset = 0; offset < bytes.length;) offset += port.write(fd, bytes, offset);
    port.fsync(fd);
  } finally {
    port.close(fd);
  }
}

/**
 * A rename is only durable once the folder's entry is on disk. Best effort: some platforms
 * cannot open a folder, and by now the new content is in place either way.
 */
function syncFolder(port: FilePort, folder: string): void {
  try {
    const fd = port.open(folder, 'r');
    try {
      port.fsync(fd);
    } finally {
      port.close(fd);
    }
  } catch {
    // The write itself succeeded; a folder that cannot be synced is not a failed write.
  }
}

function removeQuietly(port: FilePort, file: string): void {
  try {
    port.unlink(file);
  } catch {
    // Nothing more can be done here; the next write of the same target removes it.
  }
}
