// The same WeChat bill downloaded twice (one byte differs) was reconciled as two statements: every
// payment became a duplicate charge, exit 0. reconcile now refuses the repeat (exit 2), or keeps
// only the file given later (--replace), or keeps both when told to (--allow-overlap).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'bin', 'recondesk.mjs');
const ORDERS = path.join(ROOT, 'samples/orders.csv');
// Both bills in one folder: files are taken in path order, so where the repository sits must not matter.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'recondesk-overlap-'));
const WECHAT = path.join(tmp, 'wechat.csv');
const REDOWNLOADED = path.join(tmp, 'wechat (1).csv');
const bill = fs.readFileSync(path.join(ROOT, 'samples/wechat.csv'), 'utf8');
fs.writeFileSync(WECHAT, bill);
fs.writeFileSync(REDOWNLOADED, bill.replace('o36kCpDMwdIhi1zyQLTXrJoE5nVT', 'o36kCpDMwdIhi1zyQLTXrJoE5nVU'));

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

type Categories = Record<string, { count: number; amount_minor: number }>;

function reconcile(...args: string[]) {
  const run = spawnSync(process.execPath, [CLI, 'reconcile', '--book', ORDERS, ...args, '--json'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 50_000,
  });
  const last = run.status === 0 ? (JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as object) : null;
  const json = last as { categories: Categories; imports: Record<string, unknown> } | null;
  return { code: run.status, stderr: run.stderr, json };
}

describe('reconcile given a statement twice', () => {
  it('refuses the repeat with exit 2, naming the file of this run it repeats', () => {
    const run = reconcile(WECHAT, REDOWNLOADED);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `${WECHAT}: looks like a statement already imported: the file wechat (1).csv of this run ` +
        '(2024-03-15T00:00:00+08:00 to 2024-03-16T00:00:00+08:00, 100% of 1,568 entries identical); ' +
        '--replace keeps only this file, --allow-overlap keeps both',
    );
  });

  it('with --replace keeps only the file given later in name order, as if it were alone', () => {
    const replaced = reconcile(WECHAT, REDOWNLOADED, '--replace');
    expect(replaced.code).toBe(0);
    expect(Object.keys(replaced.json?.imports ?? {})).toEqual(['wechat.csv', 'orders.csv']);
    // The sample day's WeChat figures (core/import/overlap.test.ts compares every category).
    expect(replaced.json?.categories['matched']?.count).toBe(1502);
    expect(replaced.json?.categories['duplicate_charge']?.count).toBe(3);
  });

  it('with --allow-overlap keeps both, and every payment is charged twice', () => {
    const run = reconcile(WECHAT, REDOWNLOADED, '--allow-overlap');
    expect(run.code).toBe(0);
    expect(run.json?.categories['duplicate_charge']).toMatchObject({ count: 1518, amount_minor: 109_351_736 });
  });

  it('refuses --replace with --allow-overlap', () => {
    const run = reconcile(WECHAT, '--replace', '--allow-overlap');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('give --replace or --allow-overlap, not both');
  });
});
