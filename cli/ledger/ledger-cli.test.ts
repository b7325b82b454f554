import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const BENCH = path.resolve(ROOT, '..', 'shared', 'bench');
const CLI = path.join(ROOT, 'bin', 'recondesk.mjs');
const DAYS = 3;

let dir = '';

beforeAll(() => {
  const build = spawnSync('npm', ['run', 'build:cli'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`npm run build:cli failed: ${build.stderr.slice(-1000)}`);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'recondesk-ledger-cli-'));
  const generated = spawnSync(
    process.execPath,
    [path.join(BENCH, 'gen-days.mjs'), '--days', String(DAYS), '--orders', '1000', '--seed', '11', '--out', dir],
    { encoding: 'utf8' },
  );
  if (generated.status !== 0) throw new Error(generated.stderr);
});

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function recondesk(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 50_000 });
  const last = result.stdout.trim().split('\n').pop() ?? '';
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(last) as Record<string, unknown>;
  } catch {
    // Not JSON: the test reads stdout or stderr.
  }
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, json };
}

const files = (day: number) =>
  ['orders.csv', 'alipay.csv', 'wechat.csv'].map((name) => path.join(dir, `day-${day}`, name));

/** The day's run: statements and the order export in the given order. */
function runDay(workspace: string, day: number, order: number[], ...extra: string[]) {
  const [orders, ...statements] = files(day);
  const given = order.map((index) => (index === 0 ? ['--book', orders ?? ''] : [statements[index - 1] ?? '']));
  return recondesk('reconcile', '--workspace', workspace, '--json', '--user', 'wang', ...given.flat(), ...extra);
}

/** What a run's JSON says that does not depend on the clock or the machine. */
const stable = (json: Record<string, unknown>) => {
  const {
    phases_s: _phases,
    total_s: _total,
    handling: _handling,
    run_id: _run,
    completeness: _c,
    imports: _i,
    rows: _r,
    ...rest
  } = json;
  return rest;
};

const openItems = (workspace: string) => {
  const listed = recondesk('history', '--workspace', workspace, '--open', '--json');
  const items = (listed.json['open'] ?? []) as {
    id: string;
    category: string;
    amount_minor: number;
    origin_date: string;
  }[];
  return items.map(({ id, category, amount_minor, origin_date }) => ({ id, category, amount_minor, origin_date }));
};

describe('recondesk reconcile --workspace, day after day', () => {
  it('gives the same results every day and the same open items whatever order each day’s files are given in', () => {
    const first = path.join(dir, 'first.sqlite');
    const second = path.join(dir, 'second.sqlite');
    const orders = [
      [0, 1, 2],
      [2, 0, 1],
      [1, 2, 0],
    ];
    for (let day = 1; day <= DAYS; day++) {
      const a = runDay(first, day, [0, 1, 2]);
      const b = runDay(second, day, orders[day - 1] ?? []);
      expect(a.code, a.stderr).toBe(0);
      expect(b.code, b.stderr).toBe(0);
      expect(stable(b.json)).toEqual(stable(a.json));
      expect(a.json['business_date']).toBe(`2024-03-1${4 + day}`);
    }
    const items = openItems(first);
    expect(items.length).toBeGreaterThan(0);
    expect(openItems(second)).toEqual(items);
    const history = recondesk('history', '--workspace', first, '--json');
    const runs = history.json['runs'] as { business_date: string; user: string; files: { sha256: string }[] }[];
    expect(runs.map((run) => run.business_date)).toEqual(['2024-03-15', '2024-03-16', '2024-03-17']);
    expect(runs.every((run) => run.user === 'wang' && run.files.length === 3)).toBe(true);
    expect(runs[0]?.files[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
  }, 150_000);

  it('resolves and reopens findings with who, when and why, and refuses what it cannot do with exit 2', () => {
    const workspace = path.join(dir, 'resolve.sqlite');
    expect(runDay(workspace, 1, [0, 1, 2]).code).toBe(0);
    const open = openItems(workspace);
    const mismatches = open.filter((item) => item.category === 'amount_mismatch');
    const [one, two] = mismatches;
    if (!one || !two) throw new Error('the day has fewer than two amount mismatches');
    const resolved = recondesk(
      'resolve',
      '--workspace',
      workspace,
      '--finding',
      one.id,
      two.id,
      '--reason',
      '差额已调账',
      '--note',
      'booked the difference',
      '--user',
      'zhao',
      '--json',
    );
    expect(resolved.code, resolved.stderr).toBe(0);
    expect((resolved.json['resolved'] as { id: string }[]).map((item) => item.id)).toEqual([one.id, two.id].sort());
    const trail = recondesk('history', '--workspace', workspace, '--finding', one.id, '--json');
    expect(trail.json['item']).toMatchObject({
      state: 'resolved',
      closed_how: 'manual',
      reason: '差额已调账',
      note: 'booked the difference',
      closed_by: 'zhao',
    });
    expect((trail.json['events'] as { action: string }[]).map((event) => event.action)).toEqual(['opened', 'resolved']);

    const again = recondesk('resolve', '--workspace', workspace, '--finding', one.id, '--reason', '已人工核实');
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(`${one.id} is not open`);
    const unknownReason = recondesk(
      'resolve',
      '--workspace',
      workspace,
      '--finding',
      mismatches[2]?.id ?? '',
      '--reason',
      'because',
    );
    expect(unknownReason.code).toBe(2);
    expect(unknownReason.stderr).toContain('No reason code "because"');

    const reopened = recondesk('reopen', '--workspace', workspace, '--finding', one.id, '--user', 'zhao');
    expect(reopened.code, reopened.stderr).toBe(0);
    expect(recondesk('reopen', '--workspace', workspace, '--finding', one.id).code).toBe(2);

    // Bulk: every amount mismatch up to 0.50 either side, written off.
    const small = open.filter(
      (item) => item.category === 'amount_mismatch' && Math.abs(item.amount_minor) <= 50 && item.id !== two.id,
    );
    const bulk = recondesk(
      'resolve',
      '--workspace',
      workspace,
      '--category',
      'amount_mismatch',
      '--max-amount',
      '0.50',
      '--reason',
      '小额核销',
      '--json',
    );
    if (small.length === 0) expect(bulk.code).toBe(2);
    else {
      expect(bulk.code, bulk.stderr).toBe(0);
      expect((bulk.json['resolved'] as unknown[]).length).toBe(small.length);
    }
  }, 150_000);

  it('writes the corrections file, reruns a day from a newer download without --book, and starts over with --new', () => {
    const workspace = path.join(dir, 'rerun.sqlite');
    const corrections = path.join(dir, 'corrections.csv');
    const day1 = runDay(workspace, 1, [0, 1, 2], '--corrections', corrections);
    expect(day1.code, day1.stderr).toBe(0);
    const bytes = fs.readFileSync(corrections);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines[0]).toBe(
      'order_ref,channel,current_status,proposed_status,channel_txn_id,amount,currency,paid_at,reason,business_date,finding_id',
    );
    const count = (day1.json['corrections'] as { paid_not_notified: number }).paid_not_notified;
    expect(lines).toHaveLength(count + 1);
    expect(lines[1]).toMatch(
      /^SO20240315\d{8},(alipay|wechat),PENDING,PAID,\w+,\d+\.\d{2},CNY,2024-03-15T[\d:]+\+08:00,paid_not_notified,2024-03-15,F20240315-[0-9a-f]{12}$/,
    );

    const wechat = files(1)[2] ?? '';
    const rerun = recondesk('reconcile', '--workspace', workspace, '--json', '--replace', wechat);
    expect(rerun.code, rerun.stderr).toBe(0);
    const ledgerView = ({
      categories,
      carry_forward,
      open_exceptions,
      aging,
      corrections,
      business_date,
    }: Record<string, unknown>) => ({
      categories,
      carry_forward,
      open_exceptions,
      aging,
      corrections,
      business_date,
    });
    expect(ledgerView(rerun.json)).toEqual(ledgerView(day1.json));

    const fresh = runDay(workspace, 2, [0, 1, 2], '--new');
    expect(fresh.code, fresh.stderr).toBe(0);
    expect((fresh.json['carry_forward'] as { resolved: { count: number } }).resolved.count).toBe(0);
    expect(fs.existsSync(`${workspace}.1`)).toBe(true);
    const past = runDay(workspace, 1, [0, 1, 2]);
    expect(past.code).toBe(2);
    expect(past.stderr).toContain("The workspace's latest business day is 2024-03-16");
  }, 150_000);
});
