import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const CLI = path.join(ROOT, 'bin', 'recondesk.mjs');
const SAMPLES = ['samples/orders.csv', 'samples/alipay.csv', 'samples/wechat.csv'];

let built = '';
let tmp = '';

beforeAll(() => {
  const build = spawnSync('npm', ['run', 'build:cli'], { cwd: ROOT, encoding: 'utf8' });
  built = build.status === 0 ? '' : `npm run build:cli failed (exit ${build.status}): ${build.stderr.slice(-1000)}`;
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'recondesk-cli-'));
});

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

/** Run the CLI from the repository root; stdout's last line is kept apart for --json. */
function recondesk(...args: string[]) {
  if (built) throw new Error(built);
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 50_000 });
  const lastLine = result.stdout.trim().split('\n').pop() ?? '';
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, lastLine };
}

const ordersWith = (edit: (text: string) => string, name: string): string => {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, edit(fs.readFileSync(path.join(ROOT, 'samples/orders.csv'), 'utf8')));
  return file;
};

describe('recondesk usage errors exit 2 with a message', () => {
  it('refuses reconcile without --book', () => {
    const run = recondesk('reconcile', 'samples/wechat.csv');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('reconcile needs --book ORDERS');
  });

  it('refuses reconcile without a statement', () => {
    const run = recondesk('reconcile', '--book', 'samples/orders.csv');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('needs at least one STATEMENT');
  });

  it('refuses an unknown command and a malformed option value', () => {
    expect(recondesk('reconsile').code).toBe(2);
    const window = recondesk(
      'reconcile',
      '--book',
      'samples/orders.csv',
      'samples/wechat.csv',
      '--cross-day-window',
      '1m',
    );
    expect(window.code).toBe(2);
    expect(window.stderr).toContain('--cross-day-window must be whole seconds (0 or more), not "1m"');
  });

  it('names a statement file that does not exist', () => {
    const run = recondesk('reconcile', '--book', 'samples/orders.csv', 'samples/no-such-bill.csv');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('samples/no-such-bill.csv');
  });

  it.each(['convert', 'detect'])(
    'names a file that does not exist in %s, with exit 2 and no stack trace',
    (command) => {
      const args = command === 'convert' ? ['--to', 'ndjson', '--out', tmp] : [];
      const run = recondesk(command, 'samples/no-such-bill.csv', ...args);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('no-such-bill.csv');
      expect(run.stderr).not.toMatch(/\n\s+at /);
    },
  );

  it('names the input whose header is broken', () => {
    const broken = ordersWith(
      (text) => text.replace('order_no,channel,channel_txn_no,amount,', 'order_no,channel,channel_txn_no,amt,'),
      'orders-broken.csv',
    );
    const run = recondesk('reconcile', '--book', broken, 'samples/wechat.csv');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('orders-broken.csv');
    expect(run.stderr).toContain('No header row with');
  });
});

describe('recondesk help and version', () => {
  it.each([
    ['reconcile', '--tolerance [SOURCE=]N'],
    ['convert', '--to FORMAT'],
    ['detect', '--json'],
    ['profiles', 'profiles list'],
  ])("%s --help prints that command's usage on stdout, exit 0", (command, option) => {
    const run = recondesk(command, '--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`recondesk ${command}`);
    expect(run.stdout).toContain(option);
    expect(run.stderr).toBe('');
  });

  it('--version prints the package version; no command prints the usage on stderr, exit 2', () => {
    const version = recondesk('--version');
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^recondesk \d+\.\d+\.\d+$/);
    const bare = recondesk();
    expect(bare.code).toBe(2);
    expect(bare.stdout).toBe('');
    expect(bare.stderr).toContain('recondesk COMMAND --help');
  });

  it.each([
    [['--language', 'fr'], '--language must be en or zh-CN, not "fr"'],
    [
      ['--tolerance', '-1'],
      '--tolerance must be [SOURCE=]N, N whole minor units (0 or more) or a percentage such as 0.5%, not "-1"',
    ],
    [
      ['--tolerance', 'wechat=1.5'],
      '--tolerance must be [SOURCE=]N, N whole minor units (0 or more) or a percentage such as 0.5%, not "wechat=1.5"',
    ],
    [['--date-window', 'bank=x'], '--date-window must be [SOURCE=]DAYS, whole days (0 or more), not "bank=x"'],
    [
      ['--fee-rate', 'alipay=abc'],
      '--fee-rate must look like alipay=0.006 or alipay=0.6% (a rate from 0 to 100%), not "alipay=abc"',
    ],
    [
      ['--tolerance', 'wechat=1', '--tolerance', 'wechat=2'],
      '--tolerance must be [SOURCE=]N, N whole minor units (0 or more) or a percentage such as 0.5%, not "wechat=2" (that source is given twice)',
    ],
  ])('reconcile %j is refused naming what is allowed', (option, message) => {
    const run = recondesk('reconcile', '--book', 'samples/orders.csv', 'samples/wechat.csv', ...option);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(`recondesk reconcile: ${message}`);
    expect(run.stdout).toBe('');
  });
});

describe('recondesk detect', () => {
  it('prints the profile of each sample file', () => {
    const run = recondesk('detect', ...SAMPLES);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^samples\/orders\.csv: orders-basic@1 \(confidence 1, utf-8\)/);
    expect(lines[1]).toMatch(/^samples\/alipay\.csv: alipay-merchant-trade@1 \(confidence 1, gb18030\)/);
    expect(lines[2]).toMatch(/^samples\/wechat\.csv: wechatpay-merchant-trade@1 \(confidence 1, utf-8\)/);
  });

  it('exits 2 for a file no profile fits', () => {
    const file = path.join(tmp, 'bank.csv');
    fs.writeFileSync(file, 'Date,Description,Debit,Credit\n2024-03-15,Coffee,4.50,\n');
    const run = recondesk('detect', file);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('No profile fits this file');
  });

  it('reports the suggested mapping for a bank table no profile fits, marked as suggested in the JSON', () => {
    const file = path.join(tmp, 'kontoauszug.csv');
    fs.writeFileSync(
      file,
      'Buchungstag;Verwendungszweck;Betrag\n01.03.2024;Miete;-850,00\n04.03.2024;Gehalt;2.100,00\n',
    );
    const run = recondesk('detect', file, '--currency', 'eur');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(
      /kontoauszug\.csv: generic@[0-9a-f]{8} \(suggested mapping — check it\) \(confidence 0, utf-8\)/,
    );
    expect(run.stderr).toContain('read with a suggested mapping');
    const json = JSON.parse(recondesk('detect', file, '--currency', 'EUR', '--json').lastLine) as {
      files: Record<string, { best: { by: string; label: string; profile: { fields: { amount: unknown } } } }>;
    };
    expect(json.files[file]?.best).toMatchObject({
      by: 'suggested',
      profile: { fields: { amount: { column: 'Betrag' } } },
    });
    expect(json.files[file]?.best.label).toMatch(/^generic@[0-9a-f]{8}$/);
  });
});

describe('recondesk convert', () => {
  it('writes one NDJSON line per WeChat record and reports it as JSON', () => {
    const out = path.join(tmp, 'convert');
    const run = recondesk('convert', 'samples/wechat.csv', '--to', 'ndjson', '--out', out, '--json');
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.lastLine) as {
      files: Record<string, { records: number; rejected: number; control: string; output: string }>;
    };
    expect(report.files['samples/wechat.csv']).toMatchObject({ records: 1568, rejected: 0, control: 'holds' });
    const lines = fs
      .readFileSync(path.join(out, 'wechat.canonical.ndjson'), 'utf8')
      .split('\n')
      .filter((line) => line !== '');
    expect(lines).toHaveLength(1568);
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({
      side: 'statement',
      source: 'wechat',
      order_ref: 'SO2024031500000008',
      amount_minor: 9904,
    });
  });
});

describe('recondesk reconcile --json', () => {
  it('ends stdout with one JSON object holding rows, categories, fees, controls and imports', () => {
    const run = recondesk(
      'reconcile',
      '--book',
      'samples/orders.csv',
      'samples/wechat.csv',
      'samples/alipay.csv',
      '--json',
    );
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.lastLine) as Record<string, unknown>;
    expect(Object.keys(result)).toEqual(expect.arrayContaining(['rows', 'categories', 'fees', 'controls', 'imports']));
    expect(result.rows).toEqual({ 'orders.csv': 3000, 'alipay.csv': 1287, 'wechat.csv': 1568 });
    expect(result.controls).toEqual({ 'alipay.csv': true, 'wechat.csv': true });
    expect(result.imports).toMatchObject({
      'alipay.csv': { profile: 'alipay-merchant-trade@1', encoding: 'gb18030', rejected: 0 },
    });
    expect(result.completeness).toMatchObject({
      holds: true,
      files: { 'samples/wechat.csv': { rows: 1568, imported: 1568, rejected: 0, holds: true } },
    });
  });

  it('shows a tampered footer total with both figures', () => {
    const file = path.join(tmp, 'alipay-tampered.csv');
    const text = iconv.decode(fs.readFileSync(path.join(ROOT, 'samples/alipay.csv')), 'gb18030');
    fs.writeFileSync(file, iconv.encode(text.replace('#交易合计：1273笔', '#交易合计：1274笔'), 'gbk'));
    const run = recondesk('reconcile', '--book', 'samples/orders.csv', file, '--json');
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.lastLine) as { controls: Record<string, unknown> };
    expect(result.controls['alipay-tampered.csv']).toBe('交易合计 笔数: the file says 1274, the rows add up to 1273');
  });
});
