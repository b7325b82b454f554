import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import initSqlJs from 'sql.js';
import { FileError, fileError } from './file-error.ts';
import { nodeFilePort, type FilePort } from './file-port.ts';
import {
  createHandlers,
  type ByteSource,
  type EngineHandlers,
  type EngineOptions,
  type HandlerContext,
} from '../core/index.ts';

/** The path each file source was made from (the reader threads open files by path). */
export const sourcePaths = new WeakMap<ByteSource, string>();

/**
 * The engine with Node's native SHA-256, reading files in this thread or through `readFile`, with
 * the user's profiles (`--profiles` folders) beside the built-ins.
 */
export async function createNodeEngine(
  readFile?: EngineOptions['readFile'],
  profiles: EngineOptions['profiles'] = [],
): Promise<EngineHandlers> {
  const sqlJs = await initSqlJs();
  return createHandlers({
    sqlJs,
    profiles,
    ...(readFile ? { readFile } : {}),
    createHasher: () => {
      const hash = createHash('sha256');
      return { update: (bytes) => void hash.update(bytes), digest: () => hash.digest('hex') };
    },
  });
}

/**
 * A file on disk as a byte source, read in 1 MiB chunks. A file that cannot be opened for
 * reading, or is not a file, is refused here, before any file is read.
 */
export function fileSource(filePath: string, port: FilePort = nodeFilePort): ByteSource {
  const size = readableSize(filePath, port);
  const source: ByteSource = {
    name: path.basename(filePath),
    size,
    stream: () => fs.createReadStream(filePath, { highWaterMark: 1 << 20 }),
  };
  sourcePaths.set(source, filePath);
  return source;
}

function readableSize(filePath: string, port: FilePort): number {
  try {
    // Stat first: opening a named pipe would wait for a writer.
    const stat = port.stat(filePath);
    if (stat.isDirectory()) throw new FileError('read', filePath, 'EISDIR', 'it is a folder');
    if (!stat.isFile()) throw new FileError('read', filePath, '', 'it is not a regular file');
    port.close(port.open(filePath, 'r'));
    return stat.size;
  } catch (error) {
    throw fileError('read', filePath, error);
  }
}

/** Progress on stderr when it is a terminal; silent otherwise. `user` is recorded on the audit trail. */
export function cliContext(user?: string): HandlerContext {
  const tty = process.stderr.isTTY;
  let last = 0;
  return {
    ...(user === undefined ? {} : { user }),
    cancelled: () => false,
    progress: (p) => {
      if (!tty) return;
      const nowMs = Date.now();
      if (nowMs - last < 100 && p.done < p.total) return;
      last = nowMs;
      const percent = p.total > 0 ? Math.floor((p.done / p.total) * 100) : 0;
      process.stderr.write(`\r${p.phase} ${p.file ?? ''} ${percent}%`.padEnd(60) + (p.done >= p.total ? '\r' : ''));
    },
  };
}
