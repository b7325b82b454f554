import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { validateProfile } from '../../core/profile/validate.ts';
import { profilesNewCommand } from './new.ts';

const STATEMENT =
  'Buchungstag;Verwendungszweck;Betrag;Saldo\n02.01.2024;Miete;-850,00;1.150,00\n15.01.2024;Gehalt;2.300,00;3.450,00\n';

describe('recondesk profiles new --from FILE', () => {
  let folder = '';
  let printed: string[] = [];
  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'profiles-new-'));
    printed = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => void printed.push(line));
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.restoreAllMocks();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('writes a valid draft with --out and says what it wrote in --json', async () => {
    const file = path.join(folder, 'konto.csv');
    fs.writeFileSync(file, STATEMENT);
    const out = path.join(folder, 'profiles', 'konto.json');
    fs.mkdirSync(path.dirname(out));
    expect(await profilesNewCommand(['--from', file, '--out', out, '--currency', 'EUR', '--json'])).toBe(0);
    const draft = validateProfile(JSON.parse(fs.readFileSync(out, 'utf8')));
    expect(draft.ok && draft.value.fields.amount).toEqual({ column: 'Betrag' });
    expect(draft.ok && draft.value.controls?.checks[0]?.column).toBe('Saldo');
    const json = JSON.parse(printed.at(-1) ?? '{}') as { ok: boolean; profile: string };
    expect(json.ok).toBe(true);
    expect(json.profile).toMatch(/^generic@[0-9a-f]{8}$/);
  });

  it('exits 2 naming the question when the file leaves one open', async () => {
    const file = path.join(folder, 'konto.csv');
    fs.writeFileSync(file, STATEMENT);
    expect(await profilesNewCommand(['--from', file, '--json'])).toBe(2);
    const json = JSON.parse(printed.at(-1) ?? '{}') as { issues: { message: string }[] };
    expect(json.issues[0]?.message).toContain('--currency CODE');
  });
});
