import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRunParameters } from '../core/index.ts';
import { cliContext, createNodeEngine } from './node-engine.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const CLI = path.join(ROOT, 'bin', 'recondesk.mjs');
const SAMPLES = ['samples/alipay.csv', 'samples/wechat.csv'];

let tmp = '';

beforeAll(() => {
  const build = spawnSync('npm', ['run', 'build:cli'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`npm run build:cli failed: ${build.stderr.slice(-1000)}`);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'recondesk-remembered-'));
});

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

/** A workspace whose run settings were typed in the app: tolerance 5.00, a 3-day expiry, a 4-hour target. */
async function workspaceWithSettings(name: string): Promise<string> {
  const typed = readRunParameters(
    {
      crossDayWindow: '60',
      feeRates: ['alipay=0.6%'],
      tolerances: ['500', 'wechat=500'],
      crossDayExpiryDays: '3',
      targets: ['paid_not_notified=4'],
    },
    { crossDayWindowSeconds: 60, amountToleranceMinor: 0, feeRatesPpm: {} },
  );
  if (!typed.ok) throw new Error('the typed settings are valid');
  const engine = await createNodeEngine();
  await engine['ledger/settings']({ run_parameters: typed.parameters }, cliContext());
  const file = path.join(tmp, name);
  fs.writeFileSync(file, await engine['workspace/export']({}, cliContext()));
  return file;
}

function reconcile(workspace: string, ...flags: string[]) {
  const out = `${workspace}.xlsx`;
  const args = ['reconcile', '--workspace', workspace, '--json', '--out', out, '--book', 'samples/orders.csv'];
  const result = spawnSync(process.execPath, [CLI, ...args, ...SAMPLES, ...flags], { cwd: ROOT, encoding: 'utf8' });
  const json = JSON.parse(result.stdout.trim().split('\n').pop() ?? '{}') as {
    categories: Record<string, { count: number }>;
  };
  return { code: result.status, stderr: result.stderr, json, out, workspace };
}

/** The Summary's parameter rows as label → value. */
async function parameterRows(file: string): Promise<Map<string, unknown>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const values = new Map<string, unknown>();
  workbook.worksheets[0]?.eachRow((row) => {
    const label = row.getCell(1).value;
    if (typeof label === 'string') values.set(label, row.getCell(2).value);
  });
  return values;
}

/** The Target h cell of a category's row in the Summary's handling table. */
async function targetHours(file: string, label: string): Promise<unknown> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  let target: unknown;
  workbook.worksheets[0]?.eachRow((row) => {
    if (row.getCell(1).value === label && row.getCell(7).value !== null) target = row.getCell(7).value;
  });
  return target;
}

describe('reconcile --workspace takes the run settings the workspace remembers', () => {
  it('for every flag not given, and says so on one stderr line', async () => {
    const run = reconcile(await workspaceWithSettings('remembered.sqlite'));
    expect(run.code).toBe(0);
    // A tolerance of 5.00 matches the sample day's four small mismatches (9 without it).
    expect(run.json.categories['amount_mismatch']?.count).toBe(5);
    const said = run.stderr.split('\n').filter((line) => line.includes("the workspace's run settings"));
    expect(said).toEqual([
      "recondesk reconcile: the workspace's run settings are used where no flag is given (a flag wins): " +
        '--cross-day-window 60 --fee-rate alipay=0.6% --tolerance 500 --tolerance wechat=500 ' +
        '--cross-day-expiry-days 3 --target paid_not_notified=4',
    ]);
    const rows = await parameterRows(run.out);
    expect(rows.get('Amount tolerance')).toBe(5);
    expect(rows.get('Amount tolerance, wechat')).toBe(5);
    expect(rows.get('Cross-day expiry (days)')).toBe(3);
    expect(rows.get('Target (hours), Paid, not notified')).toBe(4);
    // The ledger day took both: its handling table's target, and the expiry the history names.
    expect(await targetHours(run.out, 'Paid, not notified (paid_not_notified)')).toBe(4);
    const history = spawnSync(process.execPath, [CLI, 'history', '--workspace', run.workspace, '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(history.stdout).toContain('"cross_day_expiry_days":3');
  });

  it('a flag given wins over the remembered value, and the line names only the others', async () => {
    const run = reconcile(
      await workspaceWithSettings('flags.sqlite'),
      '--tolerance',
      '0',
      '--cross-day-expiry-days',
      '2',
    );
    expect(run.code).toBe(0);
    expect(run.json.categories['amount_mismatch']?.count).toBe(9);
    expect(run.stderr).toContain('--target paid_not_notified=4');
    expect(run.stderr).not.toContain('--tolerance');
    expect(run.stderr).not.toContain('--cross-day-expiry-days');
    const rows = await parameterRows(run.out);
    expect(rows.get('Amount tolerance')).toBe(0);
    expect(rows.has('Amount tolerance, wechat')).toBe(false);
    expect(rows.get('Cross-day expiry (days)')).toBe(2);
  });

  it('says nothing when the workspace remembers no settings', () => {
    const run = reconcile(path.join(tmp, 'new.sqlite'));
    expect(run.code).toBe(0);
    expect(run.json.categories['amount_mismatch']?.count).toBe(9);
    expect(run.stderr).not.toContain("the workspace's run settings");
  });

  it('refuses a target or an expiry that is not one, naming what the flag takes', () => {
    const run = (...flags: string[]) =>
      spawnSync(process.execPath, [CLI, 'reconcile', '--book', 'samples/orders.csv', ...SAMPLES, ...flags], {
        cwd: ROOT,
        encoding: 'utf8',
      });
    const target = run('--target', 'matched=2');
    expect(target.status).toBe(2);
    expect(target.stderr).toContain('--target must be CATEGORY=HOURS such as paid_not_notified=2h');
    expect(target.stderr).toContain('not "matched=2"');
    const expiry = run('--cross-day-expiry-days', '-1');
    expect(expiry.status).toBe(2);
    expect(expiry.stderr).toContain('--cross-day-expiry-days must be whole days (0 or more), not "-1"');
  });
});
