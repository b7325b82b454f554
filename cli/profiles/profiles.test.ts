import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'bin', 'recondesk.mjs');
const ING = '../shared/realworld/bank_csv/nl-ing-mutatiesoort-extra_ofxstatement-dutch.csv';
// The shared folder beside the repository holds the real ING export; a clone without it skips that test.
const HAS_ING = fs.existsSync(path.join(ROOT, ING));
if (!HAS_ING) console.warn(`skipped: cli/profiles/profiles.test.ts (the ING walk-through) reads ${ING}, absent here`);

let tmp = '';
let built = '';

beforeAll(() => {
  const build = spawnSync('npm', ['run', 'build:cli'], { cwd: ROOT, encoding: 'utf8' });
  built = build.status === 0 ? '' : `npm run build:cli failed: ${build.stderr.slice(-1000)}`;
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'recondesk-profiles-'));
});

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

function recondesk(...args: string[]) {
  if (built) throw new Error(built);
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 50_000 });
  const json = () => JSON.parse(result.stdout.trim().split('\n').pop() ?? 'null') as Record<string, unknown>;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, json };
}

describe('recondesk profiles', () => {
  it.skipIf(!HAS_ING)(
    'duplicates a built-in as mine, validates, tests, diffs, publishes and finds it first in detection',
    () => {
      const folder = path.join(tmp, 'mine');
      const draft = path.join(folder, 'ing.json');
      expect(recondesk('profiles', 'duplicate', 'nl-ing@1', '--out', draft).code).toBe(0);
      expect(recondesk('profiles', 'validate', draft, '--json').json()).toEqual({
        files: [{ file: draft, valid: true, profile: 'nl-ing@2', status: 'draft', errors: [] }],
      });

      const preview = recondesk('profiles', 'test', draft, ING, '--json');
      expect(preview.code).toBe(0);
      const [shown] = preview.json().files as { rows: number; imported: number; confidence: number; head: string[] }[];
      expect([shown?.rows, shown?.imported, shown?.confidence]).toEqual([6, 6, 1]);
      expect(shown?.head[0]).toContain('"Bedrag (EUR)"');

      const edited = JSON.parse(fs.readFileSync(draft, 'utf8')) as { profile: { timeZone: string } };
      edited.profile.timeZone = 'UTC';
      fs.writeFileSync(draft, JSON.stringify(edited));
      const diff = recondesk('profiles', 'diff', 'nl-ing@1', draft, ING);
      expect(diff.code).toBe(0);
      expect(diff.stdout).toContain('0 added, 0 removed, 6 changed, 0 unchanged');
      expect(diff.stdout).toContain('occurred_at: 2020-02-13T00:00:00+01:00 → 2020-02-13T00:00:00+00:00');

      expect(recondesk('profiles', 'publish', draft, '--note', 'UTC dates', '--profiles', folder).code).toBe(0);
      const list = recondesk('profiles', 'list', '--profiles', folder, '--json').json().profiles as { label: string }[];
      expect(list.filter((p) => p.label.startsWith('nl-ing@'))).toEqual([
        expect.objectContaining({ label: 'nl-ing@2', origin: 'user', status: 'published', note: 'UTC dates' }),
        expect.objectContaining({ label: 'nl-ing@1', origin: 'builtin' }),
      ]);
      const detected = recondesk('detect', ING, '--profiles', folder, '--json').json();
      expect(Object.values(detected.files as object)).toEqual([
        expect.objectContaining({ best: expect.objectContaining({ profile_version: 2, by: 'user' }) }),
      ]);
      const forced = recondesk(
        'convert',
        ING,
        '--profiles',
        folder,
        '--profile',
        `${ING}=nl-ing@1`,
        '--to',
        'ndjson',
        '--out',
        tmp,
        '--json',
      );
      expect((forced.json().files as Record<string, { profile: string; detection_by: string }>)[ING]).toMatchObject({
        profile: 'nl-ing@1',
        detection_by: 'requested',
      });

      // A published file edited afterwards is refused: published versions never change.
      const published = JSON.parse(fs.readFileSync(draft, 'utf8')) as { profile: { timeZone: string } };
      published.profile.timeZone = 'Asia/Tokyo';
      fs.writeFileSync(draft, JSON.stringify(published));
      const refused = recondesk('detect', ING, '--profiles', folder);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain(
        `${draft} at /library/content_hash: nl-ing@2 was changed after it was published`,
      );
    },
  );

  it('refuses a profile file with every error, each with its JSON path, and a nested quantifier', () => {
    const bad = path.join(tmp, 'bad.json');
    const exported = recondesk('profiles', 'export', 'nl-ing@1', '--out', tmp);
    expect(exported.code).toBe(0);
    const data = JSON.parse(fs.readFileSync(path.join(tmp, 'nl-ing.v1.json'), 'utf8')) as {
      profile: Record<string, unknown>;
    };
    fs.writeFileSync(
      bad,
      JSON.stringify({ ...data.profile, side: 'both', metadata: [{ name: 'x', pattern: '^(a+)+$' }] }),
    );
    const result = recondesk('profiles', 'validate', bad);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(`${bad} at /side: must be one of: statement, book`);
    fs.writeFileSync(bad, JSON.stringify({ ...data.profile, metadata: [{ name: 'x', pattern: '^(a+)+$' }] }));
    expect(recondesk('profiles', 'validate', bad).stdout).toContain(
      `${bad} at /metadata/0/pattern: pattern ^(a+)+$ repeats a group that holds a quantifier itself`,
    );
    expect(recondesk('profiles', 'import', bad, '--profiles', path.join(tmp, 'lib')).code).toBe(2);
  });

  it('imports into a workspace library, shows it from there, and prints help for each subcommand', () => {
    const workspace = path.join(tmp, 'ws.sqlite');
    const exported = path.join(tmp, 'nl-ing.v1.json');
    if (!fs.existsSync(exported)) recondesk('profiles', 'export', 'nl-ing@1', '--out', tmp);
    const copy = JSON.parse(fs.readFileSync(exported, 'utf8')) as { profile: Record<string, unknown> };
    fs.writeFileSync(path.join(tmp, 'mine.json'), JSON.stringify({ ...copy.profile, id: 'my-bank' }));
    const imported = recondesk('profiles', 'import', path.join(tmp, 'mine.json'), '--workspace', workspace, '--json');
    expect(imported.json()).toEqual({ imported: ['my-bank@1 (draft)'] });
    const shown = recondesk('profiles', 'show', 'my-bank@1', '--workspace', workspace, '--json').json();
    expect(shown).toMatchObject({ profile: 'my-bank@1', origin: 'user', status: 'draft' });
    for (const sub of ['list', 'show', 'validate', 'test', 'diff', 'duplicate', 'publish', 'import', 'export']) {
      const usage = recondesk('profiles', sub, '--help');
      expect([sub, usage.code, usage.stdout.startsWith(`recondesk profiles ${sub}`)]).toEqual([sub, 0, true]);
    }
  });

  it('reconciles with a user profile for a book file whose columns the ops team renamed', () => {
    const folder = path.join(tmp, 'books');
    const draft = path.join(folder, 'orders.json');
    expect(recondesk('profiles', 'duplicate', 'orders-basic', '--id', 'shop-orders', '--out', draft).code).toBe(0);
    const renamed = fs.readFileSync(draft, 'utf8').replaceAll('"order_no"', '"订单号"');
    fs.writeFileSync(draft, renamed);
    const orders = path.join(tmp, 'shop-orders.csv');
    const original = fs.readFileSync(path.join(ROOT, 'samples/orders.csv'));
    const text = new TextDecoder('gb18030').decode(original);
    fs.writeFileSync(orders, text.replace(/^order_no,/, '订单号,'));
    const args = ['samples/alipay.csv', 'samples/wechat.csv', '--json'];
    const mine = recondesk('reconcile', '--book', orders, '--profiles', folder, ...args);
    const builtin = recondesk('reconcile', '--book', 'samples/orders.csv', ...args);
    expect([mine.code, builtin.code]).toEqual([0, 0]);
    const imports = mine.json().imports as Record<string, { profile: string; detection_by: string }>;
    expect(Object.values(imports)).toContainEqual(
      expect.objectContaining({ profile: 'shop-orders@1', detection_by: 'user' }),
    );
    expect(mine.json().categories).toEqual(builtin.json().categories);
  });
});
