import { link, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import initSqlJs from 'sql.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  HOST_CHANNELS,
  type RestoreCopyResult,
  type SaveFileResult,
  type WorkspaceCopy,
  type WorkspaceLoad,
} from '../../contracts/host-api.ts';
import { app, fake } from '../../test/fake-electron/index.ts';
import { versionOf, workspaceVersion } from '../../test/workspace-versions.ts';
import { registerHostHandlers } from './host-handlers.ts';
import { PACKAGED_ORIGIN } from './app-origin.ts';
import { createWorkspaceStore } from './workspace.ts';
import { nodeWorkspaceIo } from './workspace-io.ts';

vi.mock('electron', () => import('../../test/fake-electron/index.ts'));

const sqlJs = await initSqlJs();
const version = (v: number) => workspaceVersion(sqlJs, v);

let folder = '';

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'recondesk-workspace-'));
  fake.reset();
  app.setPath('userData', folder);
  registerHostHandlers(PACKAGED_ORIGIN);
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const load = () => fake.invoke<WorkspaceLoad>(HOST_CHANNELS.loadWorkspace);
const save = (bytes: Uint8Array) => fake.invoke<SaveFileResult>(HOST_CHANNELS.saveWorkspace, [bytes]);
const copies = () => fake.invoke<WorkspaceCopy[]>(HOST_CHANNELS.listWorkspaceCopies);
const restore = (generation: unknown) =>
  fake.invoke<RestoreCopyResult>(HOST_CHANNELS.restoreWorkspaceCopy, [generation]);

/** The folder as name → which save each file is (null: it does not pass the checks). */
async function versions(): Promise<Record<string, number | null>> {
  const out: Record<string, number | null> = {};
  for (const name of (await readdir(folder)).sort()) {
    out[name] = versionOf(sqlJs, new Uint8Array(await readFile(join(folder, name))));
  }
  return out;
}

async function saveAll(...numbers: number[]): Promise<void> {
  for (const number of numbers) expect(await save(version(number))).toMatchObject({ saved: true });
}

describe('saving the workspace', () => {
  it('starts empty when nothing was saved', async () => {
    expect(await load()).toEqual({ bytes: null, refused: null, copy: null });
  });

  it('keeps exactly three good copies, newest first, however many saves', async () => {
    await load();
    await saveAll(1, 2, 3, 4, 5, 6);
    expect(await versions()).toEqual({
      'workspace.sqlite': 6,
      'workspace.sqlite.1': 5,
      'workspace.sqlite.2': 4,
      'workspace.sqlite.3': 3,
    });
    expect(versionOf(sqlJs, (await load()).bytes ?? new Uint8Array())).toBe(6);
  });

  it('keeps N copies when told to keep N', async () => {
    const store = createWorkspaceStore({ folder, sqlJs: () => Promise.resolve(sqlJs), keep: 5 });
    for (let number = 1; number <= 8; number++) await store.save(version(number));
    expect(Object.values(await versions())).toEqual([8, 7, 6, 5, 4, 3]);
  });

  it('never rotates when the written file fails to verify, and leaves no temp file', async () => {
    await load();
    await saveAll(1, 2, 3);
    const before = await versions();
    // The disk hands back something other than what was written (a bad sector, a full disk that lied).
    const store = createWorkspaceStore({
      folder,
      sqlJs: () => Promise.resolve(sqlJs),
      io: {
        ...nodeWorkspaceIo,
        readFile: async (path) => {
          const bytes = await nodeWorkspaceIo.readFile(path);
          return path.endsWith('.tmp') ? bytes.map((byte, index) => (index > 200 ? 0xa5 : byte)) : bytes;
        },
      },
    });
    const result = await store.save(version(4));
    expect(result).toMatchObject({ saved: false, reason: 'error' });
    expect(result.saved ? '' : result.message).toMatch(
      /^Could not save ".+workspace\.sqlite": the written file did not verify: The workspace is (damaged|torn)/,
    );
    expect(await versions()).toEqual(before);
  });

  it('refuses bytes that are not a workspace before touching the folder', async () => {
    await saveAll(1);
    expect(await save(new TextEncoder().encode('garbage'))).toEqual({
      saved: false,
      reason: 'error',
      message: `Refused to save "${join(folder, 'workspace.sqlite')}": The workspace is not a SQLite database.`,
    });
    expect(await versions()).toEqual({ 'workspace.sqlite': 1 });
  });

  it('keeps copies where the file system has no hard links', async () => {
    const store = createWorkspaceStore({
      folder,
      sqlJs: () => Promise.resolve(sqlJs),
      io: {
        ...nodeWorkspaceIo,
        link: () => Promise.reject(Object.assign(new Error('not supported'), { code: 'EPERM' })),
      },
    });
    for (let number = 1; number <= 5; number++) await store.save(version(number));
    expect(Object.values(await versions())).toEqual([5, 4, 3, 2]);
  });

  it('does not keep one save twice after a save killed between keeping the current file and replacing it', async () => {
    await load();
    await saveAll(1, 2, 3);
    // What the killed save did: older copies moved up, the current file linked as copy 1, then nothing.
    await rename(join(folder, 'workspace.sqlite.2'), join(folder, 'workspace.sqlite.3'));
    await rename(join(folder, 'workspace.sqlite.1'), join(folder, 'workspace.sqlite.2'));
    await link(join(folder, 'workspace.sqlite'), join(folder, 'workspace.sqlite.1'));
    fake.reset();
    app.setPath('userData', folder);
    registerHostHandlers(PACKAGED_ORIGIN);
    await load();
    await saveAll(4);
    expect(Object.values(await versions())).toEqual([4, 3, 2, 1]);
  });

  it('sets aside a current file replaced behind its back instead of keeping it as a copy', async () => {
    await load();
    await saveAll(1, 2);
    await writeFile(join(folder, 'workspace.sqlite'), 'overwritten by another program');
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await saveAll(3);
    const names = await versions();
    const aside = Object.keys(names).find((name) => name.startsWith('workspace.sqlite.refused-'));
    expect(aside).toBeDefined();
    expect(names).toEqual({ 'workspace.sqlite': 3, 'workspace.sqlite.1': 1, [aside ?? '']: null });
  });
});

/** A file that passes the header check but not the others, and one cut short; what each refusal says. */
const REFUSED_FILES: [string, () => Uint8Array, RegExp][] = [
  [
    'torn by a crash',
    () => version(4).subarray(0, 4096 * 2),
    /^The workspace is torn \(8192 bytes where the header says \d+ pages of 4096 bytes\)\.$/,
  ],
  [
    'of another application',
    () => {
      const other = new sqlJs.Database();
      other.exec('PRAGMA application_id = 7; CREATE TABLE note (text TEXT)');
      return other.export();
    },
    /^The workspace belongs to another application\.$/,
  ],
  [
    'from a newer version',
    () => {
      const newer = new sqlJs.Database(version(4));
      newer.exec('PRAGMA user_version = 99');
      return newer.export();
    },
    /^The workspace was written by a newer ReconDesk \(schema 99, this one knows \d+\)\.$/,
  ],
  [
    'with a damaged page',
    () => {
      const bytes = version(4).slice();
      bytes.fill(0xa5, bytes.byteLength - 4096, bytes.byteLength - 4096 + 12);
      return bytes;
    },
    /^The workspace is damaged \(.+\)\.$/,
  ],
];

describe('opening the workspace', () => {
  it.each(REFUSED_FILES)(
    'sets a file %s aside, opens the newest good copy and keeps every copy',
    async (_, bad, reason) => {
      await load();
      await saveAll(1, 2, 3, 4);
      await writeFile(join(folder, 'workspace.sqlite'), bad());
      vi.spyOn(console, 'warn').mockImplementation(() => undefined);

      const opened = await load();
      expect(versionOf(sqlJs, opened.bytes ?? new Uint8Array())).toBe(3);
      expect(opened.copy).toMatchObject({ generation: 1, file: 'workspace.sqlite.1', imports: 0, runs: 3 });
      expect(opened.refused?.file).toBe('workspace.sqlite');
      expect(opened.refused?.reason).toMatch(reason);
      const aside = opened.refused?.set_aside_as ?? '';
      expect(aside).toMatch(/^workspace\.sqlite\.refused-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ$/);
      expect(await versions()).toEqual({
        'workspace.sqlite.1': 3,
        'workspace.sqlite.2': 2,
        'workspace.sqlite.3': 1,
        [aside]: null,
      });

      // The autosaves that follow never push the refused file over a good copy.
      await saveAll(5, 6);
      expect(await versions()).toEqual({
        'workspace.sqlite': 6,
        'workspace.sqlite.1': 5,
        'workspace.sqlite.2': 3,
        'workspace.sqlite.3': 2,
        [aside]: null,
      });
      expect(new Uint8Array(await readFile(join(folder, aside)))).toEqual(bad());
    },
  );

  it('starts empty, telling why, when the file is refused and no copy is left', async () => {
    await writeFile(join(folder, 'workspace.sqlite'), 'not sqlite');
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const opened = await load();
    expect(opened).toMatchObject({
      bytes: null,
      copy: null,
      refused: { reason: 'The workspace is not a SQLite database.' },
    });
  });

  it('removes the temp files killed saves left, and nothing else', async () => {
    await saveAll(1);
    await writeFile(join(folder, '.workspace.sqlite.4242-a1b2c3.tmp'), 'half a save');
    await writeFile(join(folder, '.workspace.sqlite.1.77-ffee.tmp'), 'half a copy');
    await writeFile(join(folder, 'notes.txt'), 'the user’s');
    await load();
    expect(await versions()).toEqual({ 'notes.txt': null, 'workspace.sqlite': 1 });
  });

  it('takes the single backup earlier versions kept as the oldest copy', async () => {
    await writeFile(join(folder, 'workspace.sqlite'), version(2));
    await writeFile(join(folder, 'workspace.sqlite.bak'), version(1));
    await load();
    expect(await versions()).toEqual({ 'workspace.sqlite': 2, 'workspace.sqlite.1': 1 });
  });
});

describe('restoring a copy', () => {
  it('lists the copies with their time and contents and hands back the one chosen', async () => {
    await load();
    await saveAll(1, 2, 3, 4);
    const listed = await copies();
    expect(listed.map(({ generation, file, imports, runs }) => ({ generation, file, imports, runs }))).toEqual([
      { generation: 1, file: 'workspace.sqlite.1', imports: 0, runs: 3 },
      { generation: 2, file: 'workspace.sqlite.2', imports: 0, runs: 2 },
      { generation: 3, file: 'workspace.sqlite.3', imports: 0, runs: 1 },
    ]);
    for (const copy of listed) expect(Date.parse(copy.saved_at)).toBeGreaterThan(Date.now() - 60_000);

    const restored = await restore(2);
    expect(restored.restored && versionOf(sqlJs, restored.bytes)).toBe(2);
    // Saving the restored workspace makes it current; what was current becomes copy 1.
    await save(restored.restored ? restored.bytes : new Uint8Array());
    expect(Object.values(await versions())).toEqual([2, 4, 3, 2]);
  });

  it('says so when the copy is missing or no longer opens, and refuses anything but a generation number', async () => {
    await load();
    await saveAll(1, 2);
    expect(await restore(3)).toEqual({ restored: false, message: 'There is no copy workspace.sqlite.3.' });
    await writeFile(join(folder, 'workspace.sqlite.1'), 'damaged');
    expect(await restore(1)).toEqual({
      restored: false,
      message: 'workspace.sqlite.1: The workspace is not a SQLite database.',
    });
    await expect(restore('../../etc/passwd')).rejects.toThrow('generation must be a whole number from 1 to 999');
  });
});
