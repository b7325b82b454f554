// PayPal's other download layouts: the short Amount/Balance activity file and the older history
// download whose header has a space after every comma.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { imported } from './import-records.ts';

const fixture = (name: string) => new Uint8Array(fs.readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));

describe('PayPal activity download with one Amount and a Balance', () => {
  it('reads every row signed as written, in the running balance it states', async () => {
    const { summary, records } = await imported('Download.CSV', fixture('paypal-amount-balance.csv'));
    expect(summary).toMatchObject({
      profile_id: 'paypal-activity-amount-balance',
      rejected: 0,
      entries: 6,
      net_minor: { USD: 0 },
      control_status: 'holds',
    });
    expect(records.map((record) => [record.kind, record.amount_minor, record.occurred_at])).toEqual([
      ['adjustment', 20000, '2023-01-03T09:12:44-08:00'],
      ['payment', -1099, '2023-01-05T17:40:02-08:00'],
      ['payment', 125000, '2023-01-09T08:01:19-08:00'],
      ['payment', -6437, '2023-01-12T13:30:00-08:00'],
      ['refund', 2000, '2023-01-20T10:00:00-08:00'],
      ['payout', -139464, '2023-01-31T16:45:51-08:00'],
    ]);
    expect(records[3]).toMatchObject({ channel_ref: '4021-7731-0008-2219', counterparty: 'Acme Hardware' });
  });

  it('shows the row where a balance does not follow', async () => {
    const text = new TextDecoder().decode(fixture('paypal-amount-balance.csv')).replace('"189.01"', '"189.11"');
    const { summary } = await imported('Download.CSV', text);
    expect(summary.control_status).toBe('mismatch');
  });
});

describe('PayPal history download before 2016 (spaces after the header commas)', () => {
  it('reads Gross, Fee and Net with month-first dates and PST/PDT', async () => {
    const { summary, records } = await imported('Download.csv', fixture('paypal-history-2012.csv'));
    expect(summary).toMatchObject({
      profile_id: 'paypal-history-legacy',
      rejected: 0,
      entries: 4,
      net_minor: { USD: 8692 },
      control_status: 'holds',
      encoding: 'windows-1252',
    });
    expect(
      records.map((record) => [
        record.kind,
        record.amount_minor,
        record.fee_minor,
        record.net_minor,
        record.occurred_at,
      ]),
    ).toEqual([
      ['payment', 4500, 161, 4339, '2012-03-02T10:22:31-08:00'],
      ['payment', 112000, 3278, 108722, '2012-03-04T15:05:09-08:00'],
      ['refund', -4500, -131, -4369, '2012-03-09T09:00:00-08:00'],
      ['payout', -100000, 0, -100000, '2012-03-14T11:11:11-07:00'],
    ]);
    expect(records[0]).toMatchObject({ counterparty: 'María López', order_ref: 'INV-1001', description: 'Blue mug' });
    expect(records[2]?.refund_ref).toBe('5TX12345AB678901C');
  });
});
