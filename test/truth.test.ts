// End to end against the benchmark's exact ground truth: a generated day of 20,000 orders is
// reconciled by the CLI and its --json result is compared with truth.json by the bench's check.mjs.
// Then the same files are given in another argument order: the result must not change.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BENCH = path.resolve(ROOT, '..', 'shared', 'bench');
const CLI = path.join(ROOT, 'bin', 'recondesk.mjs');
const TIMEOUT = 120_000;

let dir = '';
let first: { code: number | null; json: Record<string, unknown> | null; stdout: string; stderr: string } | null = null;

function reconcile(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, 'reconcile', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: TIMEOUT - 5_000,
  });
  const last = (r.stdout ?? '').trim().split('\n').pop() ?? '';
  let json: Record<string, unknown> | null;
  try {
    json = JSON.parse(last) as Record<string, unknown>;
  } catch {
    json = null;
  }
  return { code: r.status, json, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}
const why = (r: { code: number | null; stderr: string }) => `exit ${r.code}; stderr:\n${r.stderr.slice(-2000)}`;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'recondesk-truth-'));
  const g = spawnSync(
    process.execPath,
    [path.join(BENCH, 'gen.mjs'), '--orders', '20000', '--seed', '7', '--out', dir],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (g.status !== 0) throw new Error(`gen.mjs failed: ${g.stderr}`);
}, TIMEOUT);

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('reconcile against the benchmark truth (20,000 orders, seed 7)', () => {
  it(
    'reports exactly the truth: every category, fees, row counts and control totals',
    () => {
      const r = reconcile([
        '--book',
        path.join(dir, 'orders.csv'),
        path.join(dir, 'alipay.csv'),
        path.join(dir, 'wechat.csv'),
        '--json',
        '--out',
        path.join(dir, 'diff.xlsx'),
        '--workspace',
        path.join(dir, 'ws-1.sqlite'),
      ]);
      first = r;
      expect(r.code, why(r)).toBe(0);
      expect(r.json, 'the last stdout line is one JSON object').not.toBeNull();
      const c = spawnSync(process.execPath, [path.join(BENCH, 'check.mjs'), path.join(dir, 'truth.json'), '-'], {
        input: JSON.stringify(r.json),
        encoding: 'utf8',
      });
      const lines = (c.stdout ?? '').trim().split('\n');
      expect(
        lines.some((l) => l.startsWith('OK')),
        c.stdout + c.stderr,
      ).toBe(true);
      expect(c.status, c.stdout).toBe(0);
      expect(fs.existsSync(path.join(dir, 'diff.xlsx'))).toBe(true);
    },
    TIMEOUT,
  );

  it(
    'gives the same categories, fees and rows whatever the order of the files on the command line',
    () => {
      expect(first?.json, 'the first run must have produced a result').toBeTruthy();
      const r = reconcile([
        path.join(dir, 'wechat.csv'),
        path.join(dir, 'alipay.csv'),
        '--json',
        '--out',
        path.join(dir, 'diff-2.xlsx'),
        '--workspace',
        path.join(dir, 'ws-2.sqlite'),
        '--book',
        path.join(dir, 'orders.csv'),
      ]);
      expect(r.code, why(r)).toBe(0);
      expect(r.json).not.toBeNull();
      const a = first!.json!;
      const b = r.json!;
      expect(b.categories).toEqual(a.categories);
      expect(b.fees).toEqual(a.fees);
      expect(b.rows).toEqual(a.rows);
    },
    TIMEOUT,
  );
});
