#!/usr/bin/env node
// Runs gen-days.mjs's days one by one into one workspace, each day's bills with its bank statement
// and the last day with only its bank statement, and checks each day's result with check-days.mjs
// (carry-forward, settlement, bank-only and corrections) and day 1's categories with check.mjs;
// then each bill day K − 1 in one run with day K's bank statement (settlement and bank-only).
// Usage: node scripts/check-days.mjs [--days 5] [--orders 20000] [--seed 42] [--keep DIR]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(import.meta.dirname, '..');
const BENCH = path.resolve(ROOT, '../shared/bench');
const { values } = parseArgs({
  options: {
    days: { type: 'string', default: '5' },
    orders: { type: 'string', default: '20000' },
    seed: { type: 'string', default: '42' },
    keep: { type: 'string' },
  },
});
const dir = values.keep ?? fs.mkdtempSync(path.join(os.tmpdir(), 'recondesk-days-'));
const data = path.join(dir, 'data');
const node = (args, input) =>
  spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', input, maxBuffer: 1 << 28 });

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
const truth = JSON.parse(fs.readFileSync(path.join(data, 'truth.json'), 'utf8'));
const workspace = path.join(dir, 'ws.sqlite');
let failed = 0;
const days = Number(values.days);
const bank = (day) => path.join(data, `day-${day}`, 'bank.xml');
for (let day = 1; day <= days + 1; day++) {
  const bills = day > days ? [] : ['alipay.csv', 'wechat.csv'].map((name) => path.join(data, `day-${day}`, name));
  const files = [...bills, ...(day >= 2 ? [bank(day)] : [])];
  const started = performance.now();
  const run = node([
    'bin/recondesk.mjs',
    'reconcile',
    '--workspace',
    workspace,
    '--json',
    ...(day > days ? [] : ['--book', path.join(data, `day-${day}`, 'orders.csv')]),
    ...files,
  ]);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const last = run.stdout.trim().split('\n').pop() ?? '';
  if (run.status !== 0) {
    console.log(`day ${day}: reconcile exit ${run.status}: ${run.stderr.trim()}`);
    failed++;
    continue;
  }
  const check = node([path.join(BENCH, 'check-days.mjs'), path.join(data, 'truth.json'), String(day), '-'], last);
  const size = fs.statSync(workspace).size;
  console.log(
    `day ${day}: ${seconds} s, workspace ${(size / 1e6).toFixed(1)} MB: ${(check.stdout + check.stderr).trim()}`,
  );
  if (check.status !== 0) failed++;
  if (day === 1) {
    const single = path.join(dir, 'day-1.truth.json');
    fs.writeFileSync(single, JSON.stringify(truth.days[0].single_day));
    const categories = node([path.join(BENCH, 'check.mjs'), single, '-'], last);
    console.log(`day 1 categories: ${(categories.stdout + categories.stderr).trim()}`);
    if (categories.status !== 0) failed++;
  }
}
for (let day = 2; day <= days + 1; day++) {
  const bill = path.join(data, `day-${day - 1}`);
  const started = performance.now();
  const run = node([
    'bin/recondesk.mjs',
    'reconcile',
    '--json',
    '--book',
    path.join(bill, 'orders.csv'),
    path.join(bill, 'alipay.csv'),
    path.join(bill, 'wechat.csv'),
    bank(day),
  ]);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (run.status !== 0) {
    console.log(`bill day ${day - 1} + bank day ${day}: reconcile exit ${run.status}: ${run.stderr.trim()}`);
    failed++;
    continue;
  }
  const last = run.stdout.trim().split('\n').pop() ?? '';
  const check = node(
    [
      path.join(BENCH, 'check-days.mjs'),
      path.join(data, 'truth.json'),
      String(day),
      '-',
      '--only',
      'settlement,bank_only',
    ],
    last,
  );
  console.log(`bill day ${day - 1} + bank day ${day}, one run: ${seconds} s: ${(check.stdout + check.stderr).trim()}`);
  if (check.status !== 0) failed++;
}
if (!values.keep) fs.rmSync(dir, { recursive: true, force: true });
process.exitCode = failed === 0 ? 0 : 1;
