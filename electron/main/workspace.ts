import { mkdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { SaveFileResult } from '../../contracts/host-api.ts';
import { writeFileAtomic, type AtomicWriteIo } from './atomic-write.ts';

export const WORKSPACE_FILE = 'workspace.sqlite';
export const BACKUP_FILE = `${WORKSPACE_FILE}.bak`;
export const SET_ASIDE_FILE = `${WORKSPACE_FILE}.unreadable`;

const SQLITE_MAGIC = new TextEncoder().encode('SQLite format 3\0');
const SQLITE_HEADER_BYTES = 100;

/**
 * A cheap check that bytes are a whole SQLite database: the magic string, a valid page size
 * (offset 16, big-endian; 1 means 65536) and a length that is a whole number of pages.
 * The engine runs the deeper checks (integrity_check, application_id, user_version) on open.
 */
export function looksLikeSqliteDatabase(bytes: Uint8Array): boolean {
  if (bytes.byteLength < SQLITE_HEADER_BYTES) return false;
  if (!SQLITE_MAGIC.every((byte, index) => bytes[index] === byte)) return false;
  const raw = ((bytes[16] ?? 0) << 8) | (bytes[17] ?? 0);
  const pageSize = raw === 1 ? 65536 : raw;
  const isPowerOfTwo = (pageSize & (pageSize - 1)) === 0;
  if (pageSize < 512 || pageSize > 65536 || !isPowerOfTwo) return false;
  return bytes.byteLength % pageSize === 0;
}

async function readIfPresent(path: string): Promise<Uint8Array | null> {
  try {
    const buffer = await readFile(path);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Saves the workspace atomically. Before replacing a good workspace, that copy becomes
 * `workspace.sqlite.bak`, so one bad save can always be undone.
 */
export async function saveWorkspaceFile(
  folder: string,
  bytes: Uint8Array,
  io?: AtomicWriteIo,
): Promise<SaveFileResult> {
  const target = join(folder, WORKSPACE_FILE);
  if (!looksLikeSqliteDatabase(bytes)) {
    return { saved: false, reason: 'error', message: `Refused to save "${target}": the data is not a SQLite database` };
  }
  try {
    await mkdir(folder, { recursive: true });
    const current = await readIfPresent(target);
    if (current !== null && looksLikeSqliteDatabase(current)) {
      const backup = await writeFileAtomic(join(folder, BACKUP_FILE), current, io);
      if (!backup.ok) return { saved: false, reason: 'error', message: backup.message };
    }
  } catch (error) {
    return { saved: false, reason: 'error', message: `Could not save "${target}": ${String(error)}` };
  }
  const written = await writeFileAtomic(target, bytes, io);
  return written.ok ? { saved: true, path: written.path } : { saved: false, reason: 'error', message: written.message };
}

/**
 * Loads the workspace, or null when there is none yet. A workspace that is not a SQLite
 * database (torn by another program, or a foreign file) is set aside, never deleted, and the
 * last good copy is returned instead.
 */
export async function loadWorkspaceFile(folder: string): Promise<Uint8Array | null> {
  const target = join(folder, WORKSPACE_FILE);
  const current = await readIfPresent(target);
  if (current !== null && looksLikeSqliteDatabase(current)) return current;
  if (current !== null) await rename(target, join(folder, SET_ASIDE_FILE));
  const backup = await readIfPresent(join(folder, BACKUP_FILE));
  return backup !== null && looksLikeSqliteDatabase(backup) ? backup : null;
}
