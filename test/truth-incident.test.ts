// End to end against the benchmark's exact ground truth on a day with a gateway failover
// (gen.mjs --incident) and the same day without it: check.mjs must print OK on both; the
// failover day has one incident on the fallback channel and a gap in the failing one's trades, both
// covering the planted window, the ordinary day none.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BENCH = path.resolve(ROOT, '..', 'shared', 'bench');
const CLI = path.join(ROOT, 'bin', 'recondesk.mjs');
const TIMEOUT = 60_000;
const WINDOW = { from: Date.parse('2024-03-15T14:00:00+08:00'), to: Date.parse('2024-03-15T14:30:00+08:00') };

type Incident = {
  channel: string;
  from: string;
  to: string;
  cause: string;
  observed: number;
  expected: number;
  categories: Record<string, { count: number }>;
};
let dir = '';

function generate(name: string, extra: string[]): string {
  const out = path.join(dir, name);
  const g = spawnSync(
    process.execPath,
    [path.join(BENCH, 'gen.mjs'), '--orders', '20000', '--seed', '7', '--out', out, ...extra],
    {
      encoding: 'utf8',
    },
  );
  if (g.status !== 0) throw new Error(`gen.mjs failed: ${g.stderr}`);
  return out;
}

/** Reconcile a generated day with --json and check it against its truth. */
function reconcileAndCheck(day: string): { check: string; status: number | null; incidents: Incident[] } {
  const files = ['alipay.csv', 'wechat.csv'].map((name) => path.join(day, name));
  const r = spawnSync(
    process.execPath,
    [CLI, 'reconcile', '--book', path.join(day, 'orders.csv'), ...files, '--json'],
    {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      timeout: TIMEOUT - 5_000,
    },
  );
  expect(r.status, r.stderr.slice(-2000)).toBe(0);
  const last = r.stdout.trim().split('\n').pop() ?? '';
  const c = spawnSync(process.execPath, [path.join(BENCH, 'check.mjs'), path.join(day, 'truth.json'), '-'], {
    input: last,
    encoding: 'utf8',
  });
  return { check: c.stdout, status: c.status, incidents: (JSON.parse(last) as { incidents: Incident[] }).incidents };
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'recondesk-incident-'));
}, TIMEOUT);

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('reconcile against the benchmark truth with and without a gateway failover (20,000 orders, seed 7)', () => {
  it(
    'reports the failover day exactly, channel switches included, with the failover and the gap over the planted window',
    () => {
      const result = reconcileAndCheck(generate('incident', ['--incident', '14:00-14:30']));
      expect(result.check).toMatch(/^OK recondesk: 13 categories/);
      expect(result.status).toBe(0);
      expect(result.incidents.map((incident) => `${incident.channel}:${incident.cause}`).sort()).toEqual([
        'alipay:trade_gap',
        'wechat:gateway_failover',
      ]);
      for (const incident of result.incidents) {
        const from = Date.parse(incident.from);
        const to = Date.parse(incident.to);
        const covered = Math.min(to, WINDOW.to) - Math.max(from, WINDOW.from);
        expect(covered / (WINDOW.to - WINDOW.from)).toBeGreaterThanOrEqual(0.8);
        expect(to - WINDOW.to).toBeLessThanOrEqual(15 * 60_000);
        expect(WINDOW.from - from).toBeLessThanOrEqual(15 * 60_000);
      }
      const failover = result.incidents.find((incident) => incident.channel === 'wechat');
      expect(failover?.categories['channel_switched']?.count).toBeGreaterThan(100);
      // Alipay, the channel that was down, traded far fewer than the half hours beside the window predict.
      const gap = result.incidents.find((incident) => incident.channel === 'alipay');
      expect(gap?.observed).toBeLessThan((gap?.expected ?? 0) / 2);
    },
    TIMEOUT,
  );

  it(
    'reports the ordinary day exactly and no incident',
    () => {
      const result = reconcileAndCheck(generate('ordinary', []));
      expect(result.check).toMatch(/^OK recondesk: 12 categories/);
      expect(result.status).toBe(0);
      expect(result.incidents).toEqual([]);
    },
    TIMEOUT,
  );
});
