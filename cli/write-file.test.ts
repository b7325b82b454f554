import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reportFailure } from './error-boundary.ts';
import { nodeFilePort, type FilePort } from './file-port.ts';
import { removeOrphanTemps, writeFileAtomic } from './write-file.ts';

type Step = 'open' | 'write' | 'fsync' | 'rename';

/** The real file system, except that `step` on the temp file fails as the system would with `code`. */
function failingAt(step: Step, code: string): FilePort {
  const fault = (syscall: string, file?: string) =>
    Object.assign(new Error(`${code}: injected, ${syscall}${file ? ` '${file}'` : ''}`), { code, syscall });
  let tempFd = -1;
  return {
    ...nodeFilePort,
    open: (file, flags) => {
      if (step === 'open' && flags === 'wx') throw fault('open', file);
      const fd = nodeFilePort.open(file, flags);
      if (flags === 'wx') tempFd = fd;
      return fd;
    },
    write: (fd, bytes, offset) => {
      if (step === 'write' && fd === tempFd) throw fault('write');
      return nodeFilePort.write(fd, bytes, offset);
    },
    fsync: (fd) => {
      if (step === 'fsync' && fd === tempFd) throw fault('fsync');
      nodeFilePort.fsync(fd);
    },
    rename: (from, to) => {
      if (step === 'rename') throw fault('rename', from);
      nodeFilePort.rename(from, to);
    },
  };
}

const CAUSES: Record<string, string> = {
  EACCES: 'permission denied',
  ENOSPC: 'the disk is full',
  EISDIR: 'it is a folder',
  EPERM: 'the operation is not permitted (the file may be immutable or locked)',
};

let folder = '';
let target = '';
const OLD = 'order_no,amount\nSO1,12.00\n';

beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'recondesk-write-'));
  target = path.join(folder, 'diff.xlsx');
  fs.writeFileSync(target, OLD);
});

afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('replaces the file and leaves nothing else in the folder', () => {
    writeFileAtomic(target, 'new content');
    expect(fs.readFileSync(target, 'utf8')).toBe('new content');
    expect(fs.readdirSync(folder)).toEqual(['diff.xlsx']);
  });

  const faults = (['open', 'write', 'fsync', 'rename'] as const).flatMap((step) =>
    Object.keys(CAUSES).map((code) => [step, code] as const),
  );
  it.each(faults)('%s failing with %s: one line naming the file, exit 2, old bytes kept, no temp', (step, code) => {
    const lines: string[] = [];
    let exit = 0;
    try {
      writeFileAtomic(target, 'new content that never lands', { port: failingAt(step, code) });
    } catch (error) {
      exit = reportFailure('reconcile', error, (line) => lines.push(line));
    }
    expect(exit).toBe(2);
    expect(lines).toEqual([`recondesk reconcile: cannot write ${target}: ${CAUSES[code]} (${code})`]);
    expect(fs.readFileSync(target, 'utf8')).toBe(OLD);
    expect(fs.readdirSync(folder)).toEqual(['diff.xlsx']);
  });

  it('refuses a target that is a folder before writing anything beside it', () => {
    const lines: string[] = [];
    fs.mkdirSync(path.join(folder, 'out.xlsx'));
    try {
      writeFileAtomic(path.join(folder, 'out.xlsx'), 'x');
    } catch (error) {
      expect(reportFailure('convert', error, (line) => lines.push(line))).toBe(2);
    }
    expect(lines).toEqual([
      `recondesk convert: cannot write ${path.join(folder, 'out.xlsx')}: it is a folder (EISDIR)`,
    ]);
    expect(fs.readdirSync(folder).sort()).toEqual(['diff.xlsx', 'out.xlsx']);
  });

  it('a check before the replace that fails keeps the old file and removes the temp file', () => {
    expect(() =>
      writeFileAtomic(target, 'new', {
        beforeReplace: () => {
          throw Object.assign(new Error('EIO: injected'), { code: 'EIO' });
        },
      }),
    ).toThrow(`cannot write ${target}: the disk reported an input/output error (EIO)`);
    expect(fs.readFileSync(target, 'utf8')).toBe(OLD);
    expect(fs.readdirSync(folder)).toEqual(['diff.xlsx']);
  });
});

describe('removeOrphanTemps', () => {
  it('removes the temp files of writers that are gone and keeps those of a running one', () => {
    // A process id above the kernel's maximum can never be running.
    const gone = path.join(folder, '.diff.xlsx.4194999-0a1b2c.tmp');
    const running = path.join(folder, `.diff.xlsx.${process.ppid}-0a1b2c.tmp`);
    const unrelated = path.join(folder, '.other.xlsx.4194999-0a1b2c.tmp');
    for (const file of [gone, running, unrelated]) fs.writeFileSync(file, 'partial');
    removeOrphanTemps(target);
    expect(fs.readdirSync(folder).sort()).toEqual(
      ['diff.xlsx', path.basename(running), path.basename(unrelated)].sort(),
    );
  });
});
