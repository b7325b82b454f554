import { describe, expect, it } from 'vitest';
import { correctionsCsv, type Correction } from './corrections.ts';

const correction = (order_ref: string, amount_minor: number, currency = 'CNY'): Correction => ({
  order_ref,
  channel: 'wechat',
  current_status: 'PENDING',
  proposed_status: 'PAID',
  channel_txn_id: '4200001234',
  amount_minor,
  currency,
  paid_at: '2024-03-15T10:00:00+08:00',
  reason: 'paid_not_notified',
  business_date: '2024-03-15',
  finding_id: 'F20240315-0123456789ab',
});

describe('the corrections file', () => {
  it('has a stable header, amounts in the currency’s digits, and no cell that starts a formula', () => {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
      correctionsCsv([correction('SO1', 1250), correction('=HYPERLINK("x")', -5), correction('K1', 1234, 'KWD')]),
    );
    expect(text.split('\r\n')).toEqual([
      '\uFEFForder_ref,channel,current_status,proposed_status,channel_txn_id,amount,currency,paid_at,reason,business_date,finding_id',
      'SO1,wechat,PENDING,PAID,4200001234,12.50,CNY,2024-03-15T10:00:00+08:00,paid_not_notified,2024-03-15,F20240315-0123456789ab',
      `"'=HYPERLINK(""x"")",wechat,PENDING,PAID,4200001234,-0.05,CNY,2024-03-15T10:00:00+08:00,paid_not_notified,2024-03-15,F20240315-0123456789ab`,
      'K1,wechat,PENDING,PAID,4200001234,1.234,KWD,2024-03-15T10:00:00+08:00,paid_not_notified,2024-03-15,F20240315-0123456789ab',
      '',
    ]);
  });
});
