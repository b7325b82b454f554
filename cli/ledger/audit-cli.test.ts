import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import initSqlJs from 'sql.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'bin', 'recondesk.mjs');
const DAY = ['--from', '2024-03-15', '--to', '2024-03-15'];

let built = '';
let tmp = '';
let ws = '';

beforeAll(() => {
  const build = spawnSync('npm', ['run', 'build:cli'], { cwd: ROOT, encoding: 'utf8' });
  built = build.status === 0 ? '' : `npm run build:cli failed (exit ${build.status}): ${build.stderr.slice(-1000)}`;
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'recondesk-ledger-'));
  ws = path.join(tmp, 'ws.sqlite');
});

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

function recondesk(...args: string[]) {
  if (built) throw new Error(built);
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 50_000 });
  const lastLine = result.stdout.trim().split('\n').pop() ?? '';
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, lastLine };
}

type Report = {
  entries: { seq: number; action: string; user: string; subject: string }[];
  chain: { entries: number; head: string; intact: boolean; broken_at?: number };
  signoffs: { status: string; preparer: string; reviewer?: string }[];
};
const auditReport = (): Report => JSON.parse(recondesk('audit', '--workspace', ws, '--json').lastLine) as Report;

describe('audit trail, sign-off and undo on the command line', () => {
  it('records a masked reconcile and prints its trail on the workbook’s Audit sheet', async () => {
    const out = path.join(tmp, 'diff.xlsx');
    const run = recondesk(
      'reconcile',
      '--book',
      'samples/orders.csv',
      'samples/alipay.csv',
      'samples/wechat.csv',
      '--workspace',
      ws,
      '--out',
      out,
      '--user',
      'li.wei',
      '--mask',
      '--json',
    );
    expect(run.code, run.stderr).toBe(0);
    const report = auditReport();
    expect(report.entries.map((entry) => `${entry.action} ${entry.user}`)).toEqual([
      'import li.wei',
      'import li.wei',
      'import li.wei',
      'run li.wei',
      'setting.mask li.wei',
    ]);
    expect(report.chain).toMatchObject({ entries: 5, intact: true });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const audit = workbook.getWorksheet('Audit');
    // The workbook is written last: its count and head are the workspace's.
    expect(audit?.getCell('B2').value).toBe(5);
    expect(audit?.getCell('B3').value).toBe(report.chain.head);
    expect(String(workbook.getWorksheet('Summary')?.getCell('A2').value)).toMatch(/^Personal data masked/);
  });

  it('refuses a review by the preparer with exit 2, and locks the day once another user approves', () => {
    expect(recondesk('signoff', '--workspace', ws, ...DAY, '--as', 'preparer', '--user', 'li.wei').code).toBe(0);
    const same = recondesk('signoff', '--workspace', ws, ...DAY, '--as', 'reviewer', '--approve', '--user', 'li.wei');
    expect(same.code).toBe(2);
    expect(same.stderr).toContain('li.wei prepared the business day 2024-03-15; another user must review it.');
    const approved = recondesk(
      'signoff',
      '--workspace',
      ws,
      ...DAY,
      '--as',
      'reviewer',
      '--approve',
      '--user',
      'chen.jing',
      '--json',
    );
    expect(approved.code).toBe(0);
    expect(JSON.parse(approved.lastLine)).toMatchObject({
      ok: true,
      entry: { action: 'signoff.approve', detail: { chain_entries: 6 } },
      period: { status: 'approved', preparer: 'li.wei', reviewer: 'chen.jing' },
    });
    const text = recondesk('audit', '--workspace', ws);
    expect(text.stdout).toContain(
      'sign-off 2024-03-15 to 2024-03-15: approved (prepared by li.wei, reviewed by chen.jing)',
    );
    expect(text.stdout).toMatch(/The audit trail is intact \(7 entries, head [0-9a-f]{64}\)\./);
  });

  it('undoes only what its user may, as a new entry', () => {
    const other = recondesk('undo', '--workspace', ws, '--user', 'li.wei');
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('Only chen.jing, who made it, can withdraw sign-off entry #7.');
    const undone = recondesk('undo', '--workspace', ws, '--user', 'chen.jing', '--json');
    expect(undone.code).toBe(0);
    expect(JSON.parse(undone.lastLine)).toMatchObject({
      entry: { action: 'undo', detail: { undoes: 7, inverse: 'withdrawn' } },
    });
    const report = auditReport();
    expect(report.signoffs).toEqual([expect.objectContaining({ status: 'ready' })]);
    expect(report.chain).toMatchObject({ entries: 8, intact: true });
  });

  it('exits 3 naming the entry when the trail was edited with a plain SQLite tool', async () => {
    const sqlJs = await initSqlJs();
    const db = new sqlJs.Database(fs.readFileSync(ws));
    db.exec("DROP TRIGGER audit_refuses_update; UPDATE audit SET user = 'mallory' WHERE seq = 2");
    const edited = path.join(tmp, 'edited.sqlite');
    fs.writeFileSync(edited, db.export());
    db.close();
    const audit = recondesk('audit', '--workspace', edited);
    expect(audit.code).toBe(3);
    expect(audit.stdout).toContain(
      'The audit trail was changed outside ReconDesk: entry #2 was edited (its content does not give its hash)',
    );
    const undo = recondesk('undo', '--workspace', edited, '--user', 'li.wei');
    expect(undo.stderr).toContain('warning:');
  });

  it('explains each command with --help, and refuses a workspace that is not there', () => {
    for (const command of ['audit', 'undo', 'signoff']) {
      const help = recondesk(command, '--help');
      expect(help.code).toBe(0);
      expect(help.stdout).toContain(`recondesk ${command} --workspace WS`);
    }
    const missing = recondesk('undo', '--workspace', path.join(tmp, 'none.sqlite'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('none.sqlite');
    const bad = recondesk('signoff', '--workspace', ws, ...DAY, '--as', 'reviewer', '--user', 'x');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('a reviewer gives --approve or --return');
  });

  it('masks counterparties in converted files with --mask', () => {
    const masked = recondesk('convert', 'samples/orders.csv', '--to', 'json', '--out', tmp, '--mask');
    expect(masked.code, masked.stderr).toBe(0);
    const converted = JSON.parse(fs.readFileSync(path.join(tmp, 'orders.canonical.json'), 'utf8')) as {
      records: { order_ref: string; counterparty: string | null }[];
    };
    // The first order's customer is C01270110 in the export.
    expect(converted.records[0]).toMatchObject({ order_ref: 'SO2024031500000001', counterparty: 'C********' });
  });
});
