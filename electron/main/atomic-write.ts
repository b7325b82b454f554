import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { tempName } from '../../core/store/generations.ts';

export type WriteOutcome = { ok: true; path: string } | { ok: false; path: string; message: string };

/** The few file operations an atomic write needs; tests pass failing ones. */
export type TempFileHandle = {
  writeFile(data: Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
};

export type AtomicWriteIo = {
  open(path: string, flags: string): Promise<TempFileHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
};

const nodeIo: AtomicWriteIo = {
  open: (path, flags) => open(path, flags),
  rename: (from, to) => rename(from, to),
  unlink: (path) => unlink(path),
};

/** A fresh temp file beside `target`, named so the next start can recognise one a killed save left. */
export function tempPathFor(target: string): string {
  const unique = `${process.pid}-${randomBytes(6).toString('hex')}`;
  return join(dirname(target), tempName(basename(target), unique));
}

export function reasonOf(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === undefined ? error.message : `${code}: ${error.message}`;
  }
  return String(error);
}

export async function writeAndSync(io: AtomicWriteIo, temp: string, bytes: Uint8Array): Promise<void> {
  // 'wx': never reuse or follow a file that is already there.
  const handle = await io.open(temp, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * A rename is only durable once the folder's entry is on disk. Best effort: some platforms
 * (Windows) cannot open a folder, and by now the new content is in place either way.
 */
export async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // The write itself succeeded; a folder that cannot be synced is not a failed save.
  }
}

/**
 * Replaces `target` with `bytes` so that a crash at any point leaves either the old file or the
 * new one, never a torn one: temp file in the same folder, fsync, rename over the target, fsync
 * the folder. On failure the temp file is removed and the old file is left as it was.
 */
export async function writeFileAtomic(
  target: string,
  bytes: Uint8Array,
  io: AtomicWriteIo = nodeIo,
): Promise<WriteOutcome> {
  const temp = tempPathFor(target);
  try {
    await writeAndSync(io, temp, bytes);
    await io.rename(temp, target);
  } catch (error) {
    await io.unlink(temp).catch(() => undefined);
    return { ok: false, path: target, message: `Could not save "${target}": ${reasonOf(error)}` };
  }
  await syncFolder(dirname(target));
  return { ok: true, path: target };
}
