// A statement in a legacy encoding on the command line: what was decided about it is in the
// JSON of convert, detect and reconcile as warnings, and --encoding answers what the bytes leave open.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'bin', 'recondesk.mjs');

type Said = { code: string; message: string; line?: number };
type FileJson = { encoding?: string; warnings: Said[]; error?: string; best?: { encoding: string } };

let folder = '';
let latin = '';
let ambiguous = '';

const sheet = (partner: string) =>
  [
    '"Date","Label","Currency","Amount","Amount Currency","Partner Name","Bank Account"',
    `"12/15/2018","Zahlung ${partner}","EUR","1,525.00","1,000.00","${partner}",""`,
    '',
  ].join('\n');

beforeAll(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'recondesk-encoding-'));
  latin = path.join(folder, 'latin.csv');
  ambiguous = path.join(folder, 'ambiguous.csv');
  fs.writeFileSync(latin, iconv.encode(sheet('Müller Straße'), 'windows-1252'));
  fs.writeFileSync(ambiguous, iconv.encode(sheet('PÄÄ OY'), 'windows-1252'));
});

afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

function recondesk(...args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 50_000 });
  const last = run.stdout.trim().split('\n').pop() ?? '';
  return {
    code: run.status,
    stderr: run.stderr,
    json: (last.startsWith('{') ? JSON.parse(last) : {}) as Record<string, unknown>,
  };
}

const files = (json: Record<string, unknown>) => json.files as Record<string, FileJson>;
const codes = (said: Said[] | undefined) => (said ?? []).map((entry) => entry.code);

describe('--encoding and warnings on the command line', () => {
  it('convert names the encoding it inferred and the currency it assumed in files.<path>.warnings', () => {
    const run = recondesk('convert', latin, '--to', 'ndjson', '--out', folder, '--json');
    expect(run.code, run.stderr).toBe(0);
    expect(files(run.json)[latin]?.encoding).toBe('windows-1252');
    expect(codes(files(run.json)[latin]?.warnings)).toEqual(['encoding_inferred', 'currency_assumed']);
  });

  it('convert refuses bytes that read as two texts with exit 2, and reads them once --encoding answers', () => {
    const refused = recondesk('convert', ambiguous, '--to', 'ndjson', '--out', folder);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('reads as two different texts');
    expect(refused.stderr).toContain('--encoding on the command line');
    const answered = recondesk(
      'convert',
      ambiguous,
      '--to',
      'ndjson',
      '--out',
      folder,
      '--encoding',
      'latin1',
      '--json',
    );
    expect(answered.code, answered.stderr).toBe(0);
    expect(files(answered.json)[ambiguous]).toMatchObject({ encoding: 'windows-1252' });
    const records = fs.readFileSync(path.join(folder, 'ambiguous.canonical.ndjson'), 'utf8');
    expect(records).toContain('"counterparty":"PÄÄ OY"');
  });

  it('detect reports the question as a warning under files.<path>', () => {
    const run = recondesk('detect', ambiguous, latin, '--json');
    expect(run.code, run.stderr).toBe(0);
    expect(codes(files(run.json)[ambiguous]?.warnings)).toContain('encoding_ambiguous');
    expect(files(run.json)[ambiguous]?.best?.encoding).toBe('undecided');
    expect(files(run.json)[latin]?.best?.encoding).toBe('windows-1252');
  });

  it('reconcile lists each import’s warnings under imports.<path>, and refuses an unknown --encoding', () => {
    const orders = path.join(ROOT, 'samples/orders.csv');
    const run = recondesk('reconcile', '--book', orders, latin, '--json');
    expect(run.code, run.stderr).toBe(0);
    const imports = run.json.imports as Record<string, FileJson>;
    expect(codes(imports['latin.csv']?.warnings)).toEqual(['encoding_inferred', 'currency_assumed']);
    expect(imports['orders.csv']?.warnings).toEqual([]);
    const bad = recondesk('reconcile', '--book', orders, latin, '--encoding', 'ebcdic');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      '--encoding must be one of utf-8, utf-16le, utf-16be, gb18030, windows-1252, not "ebcdic"',
    );
  });
});
