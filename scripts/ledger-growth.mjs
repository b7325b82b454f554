#!/usr/bin/env node
// Growth of a workspace worked day after day: gen-days.mjs's days 1 … N−1 run one by one into one
// workspace (each run's wall time and the workspace's size printed), then day N's run on that
// workspace is timed against day 1's on a new one, alternately, so that both see the same load.
// Usage: node scripts/ledger-growth.mjs [--days 30] [--orders 20000] [--seed 42] [--reps 3] [--keep DIR [--measure-only]] [--cli PATH]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(import.meta.dirname, '..');
const BENCH = path.resolve(ROOT, '../shared/bench');
const { values } = parseArgs({
  options: {
    days: { type: 'string', default: '30' },
    orders: { type: 'string', default: '20000' },
    seed: { type: 'string', default: '42' },
    reps: { type: 'string', default: '3' },
    keep: { type: 'string' },
    cli: { type: 'string', default: path.join(ROOT, 'bin', 'recondesk.mjs') },
    // Time day N against day 1 on the workspace of days 1 … N−1 a run with --keep left.
    'measure-only': { type: 'boolean', default: false },
  },
});
const days = Number(values.days);
const dir = values.keep ?? fs.mkdtempSync(path.join(os.tmpdir(), 'recondesk-growth-'));
const data = path.join(dir, 'data');
const node = (args) => spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
if (!fs.existsSync(path.join(data, 'truth.json'))) {
  const generated = node([
    path.join(BENCH, 'gen-days.mjs'),
    '--days',
    values.days,
    '--orders',
    values.orders,
    '--seed',
    values.seed,
    '--out',
    data,
  ]);
  if (generated.status !== 0) throw new Error(generated.stderr);
}

/** One day's run into `workspace`: wall seconds, the workspace's size after it, and its JSON. */
function runDay(workspace, day) {
  const at = (name) => path.join(data, `day-${day}`, name);
  const started = performance.now();
  const run = node([
    values.cli,
    'reconcile',
    '--workspace',
    workspace,
    '--json',
    '--book',
    at('orders.csv'),
    at('alipay.csv'),
    at('wechat.csv'),
  ]);
  const wall = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`day ${day}: exit ${run.status}: ${run.stderr}`);
  const result = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}');
  return { wall, mb: fs.statSync(workspace).size / 1e6, result };
}

const round = (x) => Math.round(x * 100) / 100;
const ledger = path.join(dir, 'ws.sqlite');
const reuse = values['measure-only'] && fs.existsSync(ledger);
for (const name of fs.readdirSync(dir))
  if (name.startsWith('ws') && !(reuse && name === 'ws.sqlite')) fs.rmSync(path.join(dir, name));
for (let day = 1; day < (reuse ? 1 : days); day++) {
  const { wall, mb, result } = runDay(ledger, day);
  console.log(
    JSON.stringify({
      day,
      wall_s: round(wall),
      workspace_mb: round(mb),
      carried_open: result.carry_forward?.open?.count,
      open_exceptions: result.open_exceptions?.count,
    }),
  );
}
const samples = { first: [], last: [] };
for (let rep = 0; rep < Number(values.reps); rep++) {
  const fresh = path.join(dir, `ws-day1-${rep}.sqlite`);
  samples.first.push(runDay(fresh, 1).wall);
  const later = path.join(dir, `ws-day${days}-${rep}.sqlite`);
  fs.copyFileSync(ledger, later);
  const last = runDay(later, days);
  samples.last.push(last.wall);
  console.log(
    JSON.stringify({
      rep,
      day1_s: round(samples.first.at(-1)),
      [`day${days}_s`]: round(last.wall),
      [`day${days}_workspace_mb`]: round(last.mb),
      phases_s: last.result.phases_s,
    }),
  );
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(
  `median wall: day 1 ${round(median(samples.first))} s, day ${days} ${round(median(samples.last))} s, ratio ${(median(samples.last) / median(samples.first)).toFixed(2)}`,
);
if (!values.keep) fs.rmSync(dir, { recursive: true, force: true });
