// The committed sample day (samples/): the CLI must report exactly samples/expected.json for it,
// and scripts/make-samples.mjs must still produce those files byte for byte.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLES = path.join(ROOT, 'samples');
const CLI = path.join(ROOT, 'bin', 'recondesk.mjs');
const FILES = ['orders.csv', 'alipay.csv', 'wechat.csv', 'expected.json'];
const TIMEOUT = 120_000;

type Totals = { count: number; amount_minor: number };
type Category = Totals & { by_source?: Record<string, Totals> };
type Result = {
  rows: Record<string, number>;
  categories: Record<string, Category>;
  fees: Record<string, { net_fee_minor: number; fee_mismatch: number }>;
  controls: Record<string, unknown>;
};

const expected = JSON.parse(fs.readFileSync(path.join(SAMPLES, 'expected.json'), 'utf8')) as Result;
const SOURCES = ['alipay', 'wechat'];
const temps: string[] = [];
const tempDir = (prefix: string) => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  temps.push(d);
  return d;
};
afterAll(() => {
  for (const d of temps) fs.rmSync(d, { recursive: true, force: true });
});

const byFileName = <T>(o: Record<string, T> | undefined): Record<string, T> =>
  Object.fromEntries(Object.entries(o ?? {}).map(([k, v]) => [path.basename(k), v]));

/** The result reduced to what expected.json states: nothing more is compared. */
function comparable(r: Partial<Result>) {
  const categories: Record<string, unknown> = {};
  for (const code of Object.keys(expected.categories)) {
    const c = r.categories?.[code];
    categories[code] = c && {
      count: c.count,
      amount_minor: c.amount_minor,
      // a source with nothing in the category may be left out
      by_source: Object.fromEntries(
        SOURCES.map((s) => {
          const t = c.by_source?.[s];
          return [s, { count: t?.count ?? 0, amount_minor: t?.amount_minor ?? 0 }];
        }),
      ),
    };
  }
  const fees: Record<string, unknown> = {};
  for (const s of Object.keys(expected.fees)) {
    const f = r.fees?.[s];
    fees[s] = f && { net_fee_minor: f.net_fee_minor, fee_mismatch: f.fee_mismatch };
  }
  const rows = byFileName(r.rows);
  const controls = byFileName(r.controls);
  return {
    rows: Object.fromEntries(Object.keys(expected.rows).map((k) => [k, rows[k]])),
    categories,
    fees,
    controls: Object.fromEntries(Object.keys(expected.controls).map((k) => [k, controls[k]])),
  };
}

describe('samples/', () => {
  it(
    'reconciles to exactly samples/expected.json',
    () => {
      const tmp = tempDir('recondesk-samples-');
      const r = spawnSync(
        process.execPath,
        [
          CLI,
          'reconcile',
          '--book',
          path.join(SAMPLES, 'orders.csv'),
          path.join(SAMPLES, 'alipay.csv'),
          path.join(SAMPLES, 'wechat.csv'),
          '--json',
          '--out',
          path.join(tmp, 'diff.xlsx'),
          '--workspace',
          path.join(tmp, 'ws.sqlite'),
        ],
        { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: TIMEOUT - 5_000 },
      );
      expect(r.status, `exit ${r.status}; stderr:\n${(r.stderr ?? '').slice(-2000)}`).toBe(0);
      const last = (r.stdout ?? '').trim().split('\n').pop() ?? '';
      const result = JSON.parse(last) as Result;
      expect(comparable(result)).toEqual({
        rows: expected.rows,
        categories: expected.categories,
        fees: expected.fees,
        controls: expected.controls,
      });
    },
    TIMEOUT,
  );

  it(
    'is what scripts/make-samples.mjs generates, byte for byte',
    () => {
      const tmp = tempDir('recondesk-samples-gen-');
      const g = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'make-samples.mjs'), '--out', tmp], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: TIMEOUT - 5_000,
      });
      expect(g.status, g.stderr).toBe(0);
      for (const f of FILES) {
        const a = fs.readFileSync(path.join(SAMPLES, f));
        const b = fs.readFileSync(path.join(tmp, f));
        expect(b.equals(a), `${f} differs from samples/${f}`).toBe(true);
      }
    },
    TIMEOUT,
  );

  it('plants every category at least three times', () => {
    for (const [code, c] of Object.entries(expected.categories)) {
      expect(c.count, code).toBeGreaterThanOrEqual(3);
    }
    expect(Object.keys(expected.categories)).toHaveLength(14);
    for (const s of SOURCES) expect(expected.fees[s]?.fee_mismatch, s).toBeGreaterThanOrEqual(3);
  });
});
