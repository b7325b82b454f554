import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import initSqlJs from 'sql.js';
import { InputError } from './usage.ts';
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

/** A file on disk as a byte source, read in 1 MiB chunks. */
export function fileSource(filePath: string): ByteSource {
  let size: number;
  try {
    const stat = fs.statSync(filePath);
    if (!stat.isFile()) throw new InputError(`${filePath}: is not a file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${filePath}: cannot be read (no such file, or no permission)`);
  }
  const source: ByteSource = {
    name: path.basename(filePath),
    size,
    stream: () => fs.createReadStream(filePath, { highWaterMark: 1 << 20 }),
  };
  sourcePaths.set(source, filePath);
  return source;
}

/** Progress on stderr when it is a terminal; silent otherwise. */
export function cliContext(): HandlerContext {
  const tty = process.stderr.isTTY;
  let last = 0;
  return {
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
