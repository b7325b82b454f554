import { describe, expect, it } from 'vitest';
import { channelBill } from './channel-bill.ts';
import { fundBill } from './fund-bill.ts';
import { settle } from './settle.ts';
import type { BankEntry } from './types.ts';

const day = (bill_date: string) => ({ source: 'alipay', bill_date, currency: 'CNY', files: [`fund-${bill_date}.csv`] });

/** Alipay's trade bill of 2024-03-15: 1,000.00 of trades (6.00 fees), a 100.00 refund (0.60 back) → 894.60. */
const trades = channelBill({ ...day('2024-03-15'), account: null }, [
  { kind: 'payment', amount_minor: 100_000, fee_minor: 600 },
  { kind: 'refund', amount_minor: -10_000, fee_minor: -60 },
]);

/** The 账务明细 of the same day: each movement signed as the balance moved, a transfer and a withdrawal beside them. */
const sameDay = (feeCharged = -600) =>
  fundBill(day('2024-03-15'), [
    { kind: 'payment', amount_minor: 100_000, fee_minor: 0 },
    { kind: 'fee', amount_minor: feeCharged + 60, fee_minor: 0 },
    { kind: 'refund', amount_minor: -10_000, fee_minor: 0 },
    { kind: 'adjustment', amount_minor: 50_000, fee_minor: 0 },
    { kind: 'payout', amount_minor: -1_200_000, fee_minor: 0 },
  ]);

const credit: BankEntry = {
  record_id: 1,
  import_id: 9,
  file: 'bank.xml',
  line: 12,
  amount_minor: 89_460,
  currency: 'CNY',
  booked_on: '2024-03-16',
  reference: 'REF1',
  code: null,
  counterparty: '支付宝（中国）网络技术有限公司',
  description: 'ALIPAY SETTLEMENT 20240315',
};

const payoutWith = (...fundBills: ReturnType<typeof fundBill>[]) =>
  settle({ bills: [trades], fundBills, entries: [credit], bankDates: ['2024-03-16'] }).settlement.payouts[0];

describe('the cross-check of a payout with the channel’s fund bills', () => {
  it('nets a fund bill to payments − refunds − fees + fees given back, transfers and withdrawals left out', () => {
    expect(sameDay()).toMatchObject({ net_minor: 89_460, payout_minor: 1_200_000 });
  });

  it('is cross_checked when the bill day’s fund bill nets to the expected payout', () => {
    expect(payoutWith(sameDay())).toMatchObject({
      status: 'matched',
      expected_minor: 89_460,
      fund_bill: {
        status: 'cross_checked',
        net_minor: 89_460,
        net_difference_minor: 0,
        payout_minor: null,
        files: ['fund-2024-03-15.csv'],
      },
    });
  });

  it('is a fund_bill_difference when the fund bill charged more fees than the trade bill says', () => {
    expect(payoutWith(sameDay(-700))?.fund_bill).toMatchObject({
      status: 'fund_bill_difference',
      net_minor: 89_360,
      net_difference_minor: -100,
    });
  });

  it('compares the withdrawal on the due day’s fund bill with the expected payout', () => {
    const withdrawn = (amount: number) =>
      fundBill(day('2024-03-16'), [{ kind: 'payout', amount_minor: -amount, fee_minor: 0 }]);
    expect(payoutWith(sameDay(), withdrawn(89_460))?.fund_bill).toMatchObject({
      status: 'cross_checked',
      payout_minor: 89_460,
      payout_difference_minor: 0,
      files: ['fund-2024-03-15.csv', 'fund-2024-03-16.csv'],
    });
    expect(payoutWith(withdrawn(89_000))?.fund_bill).toMatchObject({
      status: 'fund_bill_difference',
      net_minor: null,
      net_difference_minor: null,
      payout_minor: 89_000,
      payout_difference_minor: -460,
    });
  });

  it('adds nothing to the expected payout, and is null when the run has no fund bill', () => {
    expect(payoutWith()).toMatchObject({ expected_minor: 89_460, status: 'matched', fund_bill: null });
    expect(payoutWith(sameDay(-700))).toMatchObject({ expected_minor: 89_460, status: 'matched' });
  });
});

describe('the payout lag of a channel bill', () => {
  const bill = (lag_days?: number) =>
    channelBill({ ...day('2024-03-15'), account: null, ...(lag_days === undefined ? {} : { lag_days }) }, [
      { kind: 'payment', amount_minor: 10_000, fee_minor: 60 },
    ]);
  const dueOn = (lag: number | undefined, bankDate: string) =>
    settle({ bills: [bill(lag)], entries: [], bankDates: [bankDate] }).settlement.payouts.map((payout) => [
      payout.due_on,
      payout.status,
    ]);

  it('is T+1 when the profile states none, and the bill is then not due on its own day', () => {
    expect(dueOn(undefined, '2024-03-16')).toEqual([['2024-03-16', 'missing']]);
    expect(dueOn(undefined, '2024-03-15')).toEqual([]);
  });

  it('is the bill’s own lag when its profile states one: T+0 and T+2', () => {
    expect(dueOn(0, '2024-03-15')).toEqual([['2024-03-15', 'missing']]);
    expect(dueOn(2, '2024-03-16')).toEqual([]);
    expect(dueOn(2, '2024-03-17')).toEqual([['2024-03-17', 'missing']]);
  });
});
