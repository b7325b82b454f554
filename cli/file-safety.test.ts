// The CLI never writes over its inputs and says in one line why it could not read or write a
// file: the built command (npm run build:cli) run on copies of the sample day.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileSource } from './node-engine.ts';
import { nodeFilePort } from './file-port.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const CLI = path.join(ROOT, 'bin', 'recondesk.mjs');
const BUILT = fs.existsSync(path.join(ROOT, 'out', 'cli', 'recondesk.mjs'));
const ORDERS = fs.readFileSync(path.join(ROOT, 'samples', 'orders.csv'));
const WECHAT = path.join(ROOT, 'samples', 'wechat.csv');

let tmp = '';

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'recondesk-safety-'));
});

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A fresh folder holding a copy of the order export as orders.csv. */
function folderWithOrders(name: string): string {
  const folder = path.join(tmp, name);
  fs.mkdirSync(folder);
  fs.writeFileSync(path.join(folder, 'orders.csv'), ORDERS);
  return folder;
}

function recondesk(cwd: string, ...args: string[]) {
  if (!BUILT) throw new Error('the CLI is not built: run `npm run build:cli` first');
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 50_000 });
  return { code: run.status, stderr: run.stderr, stdout: run.stdout };
}

describe('an output that is one of the inputs is refused before anything is read', () => {
  const cases: [string, (folder: string) => string, string][] = [
    ['the same path', () => 'orders.csv', '--out'],
    ['./x for x', () => './orders.csv', '--out'],
    [
      'a hard link',
      (folder) => (fs.linkSync(path.join(folder, 'orders.csv'), path.join(folder, 'hard.csv')), 'hard.csv'),
      '--workspace',
    ],
    ['a symbolic link', (folder) => (fs.symlinkSync('orders.csv', path.join(folder, 'link.csv')), 'link.csv'), '--out'],
  ];
  it.each(cases)('%s: exit 2, one line, the order export unchanged', (name, alias, option) => {
    const folder = folderWithOrders(name.replaceAll(/\W/g, '-'));
    const output = alias(folder);
    const before = fs.readdirSync(folder).sort();
    const run = recondesk(folder, 'reconcile', '--book', 'orders.csv', WECHAT, option, output);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `recondesk reconcile: cannot write ${output} (${option}): it is the input orders.csv, and inputs are never written over\n`,
    );
    expect(fs.readFileSync(path.join(folder, 'orders.csv')).equals(ORDERS)).toBe(true);
    expect(fs.readdirSync(folder).sort()).toEqual(before);
  });

  it('a workspace backup that is an input is refused: a rotation would move or remove it', () => {
    const folder = folderWithOrders('backup');
    fs.copyFileSync(path.join(folder, 'orders.csv'), path.join(folder, 'ws.sqlite.3'));
    const run = recondesk(folder, 'reconcile', '--book', 'ws.sqlite.3', WECHAT, '--workspace', 'ws.sqlite');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'recondesk reconcile: cannot write ws.sqlite.3 (--workspace backup): it is the input ws.sqlite.3, and inputs are never written over\n',
    );
    expect(fs.readdirSync(folder).sort()).toEqual(['orders.csv', 'ws.sqlite.3']);
  });

  it('convert refuses a conversion that would land on another input', () => {
    const folder = folderWithOrders('convert');
    fs.writeFileSync(path.join(folder, 'orders.canonical.csv'), ORDERS);
    const run = recondesk(folder, 'convert', 'orders.csv', 'orders.canonical.csv', '--to', 'csv', '--out', '.');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'recondesk convert: cannot write orders.canonical.csv (the conversion of orders.csv): it is the input orders.canonical.csv, and inputs are never written over\n',
    );
    expect(fs.readFileSync(path.join(folder, 'orders.canonical.csv')).equals(ORDERS)).toBe(true);
  });
});

describe('a file the CLI cannot read or write is one line naming it, exit 2', () => {
  it('an output that is a folder', () => {
    const folder = folderWithOrders('out-folder');
    fs.mkdirSync(path.join(folder, 'diff.xlsx'));
    const run = recondesk(folder, 'reconcile', '--book', 'orders.csv', WECHAT, '--out', 'diff.xlsx');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('recondesk reconcile: cannot write diff.xlsx: it is a folder (EISDIR)\n');
    expect(fs.readdirSync(folder).sort()).toEqual(['diff.xlsx', 'orders.csv']);
  });

  it('an input that does not exist, and one that is a folder', () => {
    const folder = folderWithOrders('inputs');
    const missing = recondesk(folder, 'reconcile', '--book', 'orders.csv', 'alipay.csv');
    expect([missing.code, missing.stderr]).toEqual([
      2,
      'recondesk reconcile: cannot read alipay.csv: no such file or folder (ENOENT)\n',
    ]);
    const folderInput = recondesk(folder, 'detect', '.');
    expect([folderInput.code, folderInput.stderr]).toEqual([
      2,
      'recondesk detect: cannot read .: it is a folder (EISDIR)\n',
    ]);
  });

  it('an input the system will not open (permission bits do not stop root: the refusal is injected)', () => {
    const denied = {
      ...nodeFilePort,
      open: () => {
        throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES', syscall: 'open' });
      },
    };
    expect(() => fileSource(WECHAT, denied)).toThrow(`cannot read ${WECHAT}: permission denied (EACCES)`);
  });

  const immutable = chattrWorks();
  it.skipIf(immutable !== true)(
    `an immutable workbook is kept as it was, with no temp file beside it${immutable === true ? '' : ` (skipped: ${immutable})`}`,
    () => {
      const folder = folderWithOrders('immutable');
      const locked = path.join(folder, 'diff.xlsx');
      fs.writeFileSync(locked, 'last week');
      spawnSync('chattr', ['+i', locked]);
      try {
        const run = recondesk(folder, 'reconcile', '--book', 'orders.csv', WECHAT, '--out', 'diff.xlsx');
        expect(run.code).toBe(2);
        expect(run.stderr).toBe(
          'recondesk reconcile: cannot write diff.xlsx: the operation is not permitted (the file may be immutable or locked) (EPERM)\n',
        );
      } finally {
        spawnSync('chattr', ['-i', locked]);
      }
      expect(fs.readFileSync(locked, 'utf8')).toBe('last week');
      expect(fs.readdirSync(folder).sort()).toEqual(['diff.xlsx', 'orders.csv']);
    },
  );
});

/** True where this file system lets us set the immutable flag, else the reason it does not. */
function chattrWorks(): true | string {
  const probe = fs.mkdtempSync(path.join(os.tmpdir(), 'recondesk-chattr-'));
  const file = path.join(probe, 'probe');
  fs.writeFileSync(file, '');
  const set = spawnSync('chattr', ['+i', file], { encoding: 'utf8' });
  spawnSync('chattr', ['-i', file]);
  fs.rmSync(probe, { recursive: true, force: true });
  if (set.error) return 'chattr is not installed';
  return set.status === 0 ? true : `chattr +i is refused here: ${set.stderr.trim()}`;
}
