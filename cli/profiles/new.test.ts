import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { validateProfile } from '../../core/profile/validate.ts';
import { convertCommand } from '../convert.ts';
import { profilesNewCommand } from './new.ts';
import { profilesValidateCommand } from './validate.ts';

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

  it('is the ops path for a table no profile fits: new → validate → convert --profiles reads every entry with the right net', async () => {
    const file = path.join(folder, 'konto.csv');
    fs.writeFileSync(file, STATEMENT);
    const library = path.join(folder, 'profiles');
    fs.mkdirSync(library);
    expect(await profilesNewCommand(['--from', file, '--out', path.join(library, 'p.json'), '--currency', 'EUR'])).toBe(
      0,
    );
    expect(await profilesValidateCommand([path.join(library, 'p.json')])).toBe(0);
    const out = path.join(folder, 'out');
    expect(await convertCommand([file, '--profiles', library, '--to', 'ndjson', '--out', out, '--json'])).toBe(0);
    const result = JSON.parse(printed.at(-1) ?? '{}') as {
      files: Record<
        string,
        { detection_by: string; entries: number; rejected: number; net_minor: object; control: string }
      >;
    };
    // −850.00 + 2,300.00, the running balance chaining from 1,150.00 to 3,450.00
    expect(result.files[file]).toMatchObject({
      detection_by: 'user',
      entries: 2,
      rejected: 0,
      net_minor: { EUR: 145000 },
      control: 'holds',
    });
    expect(fs.readFileSync(path.join(out, 'konto.canonical.ndjson'), 'utf8').trim().split('\n')).toHaveLength(2);
  });
});
