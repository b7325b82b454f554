// A statement that never states its account currency, read in the currency the user names on
// the command line: convert and reconcile both book it in that currency.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sharedPath } from './shared-folder.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'bin', 'recondesk.mjs');
const SHEET =
  sharedPath('realworld/generic_sheet/oca-sheet_sample_statement_en.csv', 'test/account-currency-cli.test.ts') ?? '';

const lastJson = (stdout: string) => JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as Record<string, unknown>;

describe.skipIf(!SHEET)('--currency on the command line', () => {
  it('convert books the file in the named currency instead of the assumed one', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'recondesk-currency-'));
    const convert = (...extra: string[]) =>
      spawnSync(process.execPath, [CLI, 'convert', SHEET, '--to', 'ndjson', '--out', out, ...extra]);
    const assumed = convert('--json');
    const chosen = convert('--json', '--currency', 'usd');
    const files = (run: typeof assumed) =>
      (lastJson(run.stdout.toString()).files as Record<string, { net_minor: unknown }>)[SHEET];
    expect(files(assumed)?.net_minor).toEqual({ EUR: 149150 });
    expect(files(chosen)?.net_minor).toEqual({ USD: 149150 });
    const bad = convert('--currency', 'euro');
    expect(bad.status).toBe(2);
    expect(bad.stderr.toString()).toContain('"EURO" is not an ISO 4217 currency code.');
    fs.rmSync(out, { recursive: true, force: true });
  });

  it('reconcile reads the statement in the named currency', () => {
    const run = spawnSync(process.execPath, [
      CLI,
      'reconcile',
      '--book',
      path.join(ROOT, 'samples/orders.csv'),
      SHEET,
      '--json',
      '--currency',
      'USD',
    ]);
    expect(run.status).toBe(0);
    const imports = lastJson(run.stdout.toString()).imports as Record<string, { net_minor: unknown }>;
    expect(imports['oca-sheet_sample_statement_en.csv']?.net_minor).toEqual({ USD: 149150 });
  });
});
