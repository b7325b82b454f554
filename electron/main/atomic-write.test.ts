import { chmod, mkdir, mkdtemp, open, readdir, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic, type AtomicWriteIo } from './atomic-write.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

const realIo: AtomicWriteIo = { open: (p, f) => open(p, f), rename, unlink };

let folder = '';

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'recondesk-atomic-'));
});

afterEach(async () => {
  await chmod(folder, 0o700).catch(() => undefined);
  await rm(folder, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('writes a new file and leaves no temp file behind', async () => {
    const target = join(folder, 'report.xlsx');
    const outcome = await writeFileAtomic(target, bytes('new content'));
    expect(outcome).toEqual({ ok: true, path: target });
    expect(await readFile(target, 'utf8')).toBe('new content');
    expect(await readdir(folder)).toEqual(['report.xlsx']);
  });

  it('writes a fresh temp file beside the target, syncs it to disk, and only then renames it over the target', async () => {
    const target = join(folder, 'report.xlsx');
    await writeFile(target, 'old content');
    const steps: string[] = [];
    const recording: AtomicWriteIo = {
      open: async (path, flags) => {
        const beside = dirname(path) === folder && /^\.report\.xlsx\.\d+-[0-9a-f]+\.tmp$/.test(basename(path));
        steps.push(`open ${beside ? 'temp beside target' : path} ${flags}`);
        const handle = await open(path, flags);
        return {
          writeFile: async (data) => (steps.push('write'), handle.writeFile(data)),
          sync: async () => (steps.push('sync'), handle.sync()),
          close: async () => (steps.push('close'), handle.close()),
        };
      },
      rename: async (from, to) => (steps.push(`rename to ${to === target ? 'target' : to}`), rename(from, to)),
      unlink,
    };
    expect(await writeFileAtomic(target, bytes('new content'), recording)).toEqual({ ok: true, path: target });
    expect(steps).toEqual(['open temp beside target wx', 'write', 'sync', 'close', 'rename to target']);
    expect(await readFile(target, 'utf8')).toBe('new content');
  });

  it('replaces an existing file', async () => {
    const target = join(folder, 'report.xlsx');
    await writeFile(target, 'old content');
    await writeFileAtomic(target, bytes('new content'));
    expect(await readFile(target, 'utf8')).toBe('new content');
    expect(await readdir(folder)).toEqual(['report.xlsx']);
  });

  it('keeps the old file and removes the temp file when writing the temp file fails', async () => {
    const target = join(folder, 'workspace.sqlite');
    await writeFile(target, 'old content');
    const diskFull: AtomicWriteIo = {
      ...realIo,
      open: async (path, flags) => {
        const handle = await open(path, flags);
        return {
          writeFile: async () => {
            throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
          },
          sync: () => handle.sync(),
          close: () => handle.close(),
        };
      },
    };
    const outcome = await writeFileAtomic(target, bytes('new content'), diskFull);
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? '' : outcome.message).toBe(`Could not save "${target}": ENOSPC: no space left on device`);
    expect(await readFile(target, 'utf8')).toBe('old content');
    expect(await readdir(folder)).toEqual(['workspace.sqlite']);
  });

  it('keeps the old file when the rename fails (target locked)', async () => {
    const target = join(folder, 'report.xlsx');
    await writeFile(target, 'old content');
    const locked: AtomicWriteIo = {
      ...realIo,
      rename: async () => {
        throw Object.assign(new Error('resource busy or locked'), { code: 'EBUSY' });
      },
    };
    const outcome = await writeFileAtomic(target, bytes('new content'), locked);
    expect(outcome).toMatchObject({ ok: false, path: target });
    expect(outcome.ok ? '' : outcome.message).toContain('report.xlsx');
    expect(await readFile(target, 'utf8')).toBe('old content');
    expect(await readdir(folder)).toEqual(['report.xlsx']);
  });

  it('fails with a message naming the file when the target is a folder', async () => {
    const target = join(folder, 'exports');
    await mkdir(target);
    await writeFile(join(target, 'keep.txt'), 'kept');
    const outcome = await writeFileAtomic(target, bytes('new content'));
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? '' : outcome.message).toContain(`"${target}"`);
    expect(await readFile(join(target, 'keep.txt'), 'utf8')).toBe('kept');
    expect(await readdir(folder)).toEqual(['exports']);
  });

  it('fails when the folder does not exist', async () => {
    const target = join(folder, 'missing', 'report.xlsx');
    const outcome = await writeFileAtomic(target, bytes('x'));
    expect(outcome).toMatchObject({ ok: false, path: target });
    expect(outcome.ok ? '' : outcome.message).toMatch(/ENOENT/);
  });

  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)(
    'keeps the old file when the folder is read-only',
    async () => {
      const target = join(folder, 'report.xlsx');
      await writeFile(target, 'old content');
      await chmod(folder, 0o500);
      const outcome = await writeFileAtomic(target, bytes('new content'));
      expect(outcome.ok).toBe(false);
      await chmod(folder, 0o700);
      expect(await readFile(target, 'utf8')).toBe('old content');
      expect(await readdir(folder)).toEqual(['report.xlsx']);
    },
  );
});
