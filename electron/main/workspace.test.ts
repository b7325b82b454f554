import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadWorkspaceFile, looksLikeSqliteDatabase, saveWorkspaceFile } from './workspace.ts';

/** A header-valid database of `pages` 512-byte pages whose last byte marks which one it is. */
function database(marker: number, pages = 1): Uint8Array {
  const bytes = new Uint8Array(512 * pages);
  bytes.set(new TextEncoder().encode('SQLite format 3\0'));
  bytes[16] = 0x02;
  bytes[17] = 0x00;
  bytes[bytes.length - 1] = marker;
  return bytes;
}

let folder = '';

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'recondesk-workspace-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('looksLikeSqliteDatabase', () => {
  it('accepts whole pages behind the SQLite magic', () => {
    expect(looksLikeSqliteDatabase(database(1, 3))).toBe(true);
  });

  it('refuses foreign, truncated and empty files', () => {
    expect(looksLikeSqliteDatabase(new TextEncoder().encode('PK\u0003\u0004 not a database'.padEnd(512)))).toBe(false);
    expect(looksLikeSqliteDatabase(database(1, 2).subarray(0, 700))).toBe(false);
    expect(looksLikeSqliteDatabase(new Uint8Array())).toBe(false);
  });
});

describe('workspace save and load', () => {
  it('returns null when there is no workspace yet', async () => {
    expect(await loadWorkspaceFile(folder)).toBeNull();
  });

  it('round-trips and keeps the previous good copy as .bak', async () => {
    expect(await saveWorkspaceFile(folder, database(1))).toEqual({
      saved: true,
      path: join(folder, 'workspace.sqlite'),
    });
    await saveWorkspaceFile(folder, database(2));
    expect((await loadWorkspaceFile(folder))?.at(-1)).toBe(2);
    expect((await readFile(join(folder, 'workspace.sqlite.bak'))).at(-1)).toBe(1);
    expect((await readdir(folder)).sort()).toEqual(['workspace.sqlite', 'workspace.sqlite.bak']);
  });

  it('refuses to save bytes that are not a database and keeps the old workspace', async () => {
    await saveWorkspaceFile(folder, database(1));
    const result = await saveWorkspaceFile(folder, new TextEncoder().encode('garbage'));
    expect(result).toEqual({
      saved: false,
      reason: 'error',
      message: `Refused to save "${join(folder, 'workspace.sqlite')}": the data is not a SQLite database`,
    });
    expect((await loadWorkspaceFile(folder))?.at(-1)).toBe(1);
  });

  it('sets a corrupt workspace aside and returns the last good copy', async () => {
    await saveWorkspaceFile(folder, database(1));
    await saveWorkspaceFile(folder, database(2));
    await writeFile(join(folder, 'workspace.sqlite'), 'torn');
    expect((await loadWorkspaceFile(folder))?.at(-1)).toBe(1);
    expect(await readFile(join(folder, 'workspace.sqlite.unreadable'), 'utf8')).toBe('torn');
  });

  it('returns null for a corrupt workspace without a good copy, keeping the file', async () => {
    await writeFile(join(folder, 'workspace.sqlite'), 'not sqlite');
    expect(await loadWorkspaceFile(folder)).toBeNull();
    expect(await readdir(folder)).toEqual(['workspace.sqlite.unreadable']);
  });
});
