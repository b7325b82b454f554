import { exactTotal } from '../money.ts';
import type { ChannelBill } from './types.ts';

/** One kind of a bill's records, summed: what a channel bill is built from. */
export type KindTotals = { kind: string; amount_minor: number; fee_minor: number };

/**
 * A channel bill from its records' totals per kind: payments are the gross; refunds and reversals
 * (WeChat REVOKED) the refunds; each row's fee (charged positive, given back negative) plus fee
 * rows the net fees; adjustments as stated; payout rows are what the channel says it paid out.
 */
export function channelBill(
  head: Pick<ChannelBill, 'source' | 'bill_date' | 'currency' | 'account' | 'files' | 'lag_days'>,
  kinds: readonly KindTotals[],
): ChannelBill {
  const bill: ChannelBill = {
    ...head,
    gross_minor: 0,
    refunds_minor: 0,
    fees_minor: 0,
    adjustments_minor: 0,
    stated_payout_minor: null,
  };
  for (const { kind, amount_minor: amount, fee_minor: fee } of kinds) {
    bill.fees_minor = exactTotal(bill.fees_minor + fee);
    if (kind === 'payment') bill.gross_minor = exactTotal(bill.gross_minor + amount);
    else if (kind === 'refund' || kind === 'reversal') bill.refunds_minor = exactTotal(bill.refunds_minor - amount);
    else if (kind === 'fee') bill.fees_minor = exactTotal(bill.fees_minor - amount);
    else if (kind === 'adjustment') bill.adjustments_minor = exactTotal(bill.adjustments_minor + amount);
    else if (kind === 'payout') bill.stated_payout_minor = exactTotal((bill.stated_payout_minor ?? 0) - amount);
  }
  return bill;
}
