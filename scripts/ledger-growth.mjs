#!/usr/bin/env node
// Growth of a workspace worked day after day: gen-days.mjs's days run one by one into one
// workspace, each run timed as a whole process, with the workspace's size after it.
// Usage: node scripts/ledger-growth.mjs [--days 30] [--orders 20000] [--seed 42] [--keep DIR]
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
    keep: { type: 'string' },
  },
});
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
const workspace = path.join(dir, 'ws.sqlite');
fs.rmSync(workspace, { force: true });
const rows = [];
for (let day = 1; day <= Number(values.days); day++) {
  const at = (name) => path.join(data, `day-${day}`, name);
  const started = performance.now();
  const run = node([
    'bin/recondesk.mjs',
    'reconcile',
    '--workspace',
    workspace,
    '--json',
    '--book',
    at('orders.csv'),
    at('alipay.csv'),
    at('wechat.csv'),
  ]);
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`day ${day}: exit ${run.status}: ${run.stderr}`);
  const result = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}');
  const row = {
    day,
    wall_s: Math.round(seconds * 100) / 100,
    workspace_mb: Math.round(fs.statSync(workspace).size / 1e4) / 100,
    carried_open: result.carry_forward?.open?.count,
    open_exceptions: result.open_exceptions?.count,
    phases_s: result.phases_s,
  };
  rows.push(row);
  console.log(JSON.stringify(row));
}
const first = rows[0];
const last = rows[rows.length - 1];
if (first && last) console.log(`day ${last.day} / day 1 wall time: ${(last.wall_s / first.wall_s).toFixed(2)}`);
if (!values.keep) fs.rmSync(dir, { recursive: true, force: true });
