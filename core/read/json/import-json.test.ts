import { describe, expect, it } from 'vitest';
import { createSha256 } from '../../import/hash.ts';
import type { ReadTotals } from '../../import/types.ts';
import { readFile } from '../../import/read-file.ts';
import { bytesSource, controlStatus, type RowIssue } from '../../import/types.ts';
import { builtinProfiles } from '../../profile/builtin.ts';
import type { Profile } from '../../profile/types.ts';
import { validateProfile } from '../../profile/validate.ts';

type Outcome = { profile: string | null; totals: ReadTotals | null; rejections: RowIssue[]; error: string | null };

async function read(name: string, text: string, profiles: readonly Profile[]): Promise<Outcome> {
  const outcome: Outcome = { profile: null, totals: null, rejections: [], error: null };
  const file = bytesSource(name, new TextEncoder().encode(text));
  for await (const event of readFile(file, { profiles, createHasher: createSha256 })) {
    if (event.type === 'start') outcome.profile = event.profile_id;
    if (event.type === 'batch') outcome.rejections.push(...event.rejections);
    if (event.type === 'end') outcome.totals = event.totals;
    if (event.type === 'error') outcome.error = event.issue.message;
  }
  return outcome;
}

const txn = (id: string, type: string, amount: number, fee: number, net: number) =>
  JSON.stringify({ id, object: 'balance_transaction', type, amount, fee, net, currency: 'eur', created: 1700000000 });

describe('Stripe JSON through the import pipeline', () => {
  it('detects a list of balance transactions and imports each with its kind, fee and net', async () => {
    const text = `{"object": "list", "has_more": false, "url": "/v1/balance_transactions", "data": [\n${[
      txn('txn_1', 'charge', 2000, 88, 1912),
      txn('txn_2', 'refund', -500, 0, -500),
      txn('txn_3', 'payout', -1412, 0, -1412),
      txn('txn_4', 'stripe_fee', -30, 0, -30),
    ].join(',\n')}\n]}`;
    const { profile, totals, rejections } = await read('balance.json', text, builtinProfiles());
    expect(profile).toBe('stripe-balance-transaction');
    expect(rejections).toEqual([]);
    expect(totals).toMatchObject({ rows: 4, imported: 4, rejected: 0, entries: 4, net_minor: { EUR: -30 } });
    expect(totals?.controls).toEqual([
      {
        label: 'amount − fee = net, on each of 4 EUR entries',
        stated: '-0.30 EUR',
        computed: '-0.30 EUR',
        holds: true,
      },
      // fee_details left out of these entries: that check has nothing to check.
    ]);
    expect(totals?.metadata).toMatchObject({ has_more: 'false', list_url: '/v1/balance_transactions' });
  });

  it('flags a balance transaction whose amount − fee is not its net', async () => {
    const { totals } = await read('bad.json', txn('txn_1', 'charge', 2000, 88, 2000), builtinProfiles());
    expect(controlStatus(totals?.controls ?? [])).toBe('mismatch');
    expect(totals?.controls[0]).toMatchObject({ stated: '20.00 EUR', computed: '19.12 EUR', holds: false });
  });
});

describe('NDJSON through the import pipeline', () => {
  const result = validateProfile({
    id: 'test-ndjson',
    version: 1,
    name: { en: 'NDJSON payments', 'zh-CN': 'NDJSON 收款' },
    side: 'statement',
    format: 'json',
    source: { value: 'test' },
    encoding: 'utf-8',
    detect: { patterns: ['"payment_id"'] },
    json: {
      lines: true,
      entries: { path: '$' },
      columns: {
        payment_id: 'payment_id',
        order: 'order.ref',
        currency: { path: 'currency', type: 'currency' },
        amount: { path: 'amount', type: 'amount' },
      },
      net: { column: 'amount' },
    },
    clean: { trim: true, stripPrefixes: [] },
    timeZone: 'UTC',
    currency: { column: 'currency' },
    rowKinds: { fixed: { kind: 'payment', status: 'succeeded' } },
    fields: { amount: { column: 'amount' }, channel_ref: { column: 'payment_id' }, order_ref: { column: 'order' } },
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));

  it('imports every good line and rejects a broken one with its line', async () => {
    const text = [
      '{"payment_id": "p1", "order": {"ref": "SO1"}, "currency": "cny", "amount": "10.50"}',
      '{"payment_id": "p2", "order": {"ref": "SO2"}, "currency": "cny", "amount": 20.',
      '{"payment_id": "p3", "order": {"ref": "SO3"}, "currency": "cny", "amount": 0.01}',
    ].join('\n');
    const { profile, totals, rejections } = await read('payments.ndjson', text, [result.value]);
    expect(profile).toBe('test-ndjson');
    expect(totals).toMatchObject({ rows: 3, imported: 2, rejected: 1, entries: 3, net_minor: { CNY: 1051 } });
    expect(rejections).toEqual([
      expect.objectContaining({ line: 2, code: 'entry_unreadable', message: expect.stringMatching(/not valid JSON/) }),
    ]);
  });
});
