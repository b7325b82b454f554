// Stripe Dashboard report downloads: the itemized balance change from activity and the payout
// reconciliation (which payout settled each balance transaction).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { imported } from './import-records.ts';

const fixture = (name: string) => new Uint8Array(fs.readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));

describe('Stripe balance report, balance change from activity', () => {
  it('reads gross, fee and net of each balance transaction, the net as the file’s net', async () => {
    const { summary, records } = await imported(
      'Itemized_balance_change_from_activity_USD.csv',
      fixture('stripe-balance-change-from-activity.csv'),
    );
    expect(summary).toMatchObject({ profile_id: 'stripe-balance-activity', rejected: 0, entries: 4 });
    expect(summary.net_minor).toEqual({ USD: 9680 + 2446 - 2550 - 1500 });
    expect(
      records.map((record) => [
        record.kind,
        record.amount_minor,
        record.fee_minor,
        record.currency,
        record.occurred_at,
      ]),
    ).toEqual([
      ['payment', 10000, 320, 'USD', '2024-01-02T10:15:03+00:00'],
      ['payment', 2550, 104, 'USD', '2024-01-02T18:40:11+00:00'],
      ['refund', -2550, 0, 'USD', '2024-01-03T09:00:00+00:00'],
      ['fee', -1500, 0, 'USD', '2024-01-05T00:02:00+00:00'],
    ]);
    expect(records[0]).toMatchObject({
      channel_ref: 'txn_1OaA1',
      order_ref: 'ch_3OaA1',
      counterparty: 'ann@example.com',
    });
  });
});

describe('Stripe payout reconciliation, itemized', () => {
  it('keeps the payout of each balance transaction as its batch', async () => {
    const { summary, records } = await imported(
      'Itemized_payout_reconciliation_EUR.csv',
      fixture('stripe-payout-reconciliation.csv'),
    );
    expect(summary).toMatchObject({ profile_id: 'stripe-payout-reconciliation', rejected: 0, entries: 3 });
    expect(summary.net_minor).toEqual({ EUR: 9835 + 3915 - 1000 });
    expect(records.map((record) => [record.kind, record.amount_minor, record.batch_ref])).toEqual([
      ['payment', 10000, 'po_1ObB1'],
      ['payment', 4000, 'po_1ObB1'],
      ['refund', -1000, 'po_1ObB1'],
    ]);
  });
});
