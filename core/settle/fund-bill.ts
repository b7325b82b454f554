import { exactTotal } from '../money.ts';
import type { KindTotals } from './channel-bill.ts';
import type { FundBill, FundCheck } from './types.ts';

/**
 * A fund bill from its records' totals per kind: payments, refunds and fee rows (charged negative,
 * given back positive) make its net, as signed in the bill; payout (提现) rows are what left the
 * balance. Transfers and other adjustments are neither.
 */
export function fundBill(head: Omit<FundBill, 'net_minor' | 'payout_minor'>, kinds: readonly KindTotals[]): FundBill {
  const bill: FundBill = { ...head, files: [...head.files], net_minor: 0, payout_minor: null };
  for (const { kind, amount_minor: amount } of kinds) {
    if (kind === 'payment' || kind === 'refund' || kind === 'reversal' || kind === 'fee')
      bill.net_minor = exactTotal(bill.net_minor + amount);
    else if (kind === 'payout') bill.payout_minor = exactTotal((bill.payout_minor ?? 0) - amount);
  }
  return bill;
}

/**
 * A payout's expected amount (from the trade bill) against the channel's fund bills: the bill
 * day's fund bill nets to it, and the payout rows of the fund bill of the day it is due pay it
 * out. `cross_checked` when every figure there is agrees; null when neither fund bill is there.
 *
 * @example
 * fundCheck(176_628, day, undefined)?.status; // 'cross_checked' when day.net_minor is 176_628
 */
export function fundCheck(expected: number, day: FundBill | undefined, due: FundBill | undefined): FundCheck | null {
  if (!day && !due) return null;
  const net = day ? day.net_minor : null;
  const payout = due?.payout_minor ?? null;
  const netDifference = net === null ? null : exactTotal(net - expected);
  const payoutDifference = payout === null ? null : exactTotal(payout - expected);
  const agrees = (netDifference ?? 0) === 0 && (payoutDifference ?? 0) === 0;
  return {
    net_minor: net,
    net_difference_minor: netDifference,
    payout_minor: payout,
    payout_difference_minor: payoutDifference,
    status: agrees ? 'cross_checked' : 'fund_bill_difference',
    files: [...new Set([...(day?.files ?? []), ...(payout === null ? [] : (due?.files ?? []))])],
  };
}

/** Fund bills of the same channel, day and currency (several files of one day) as one. */
export function mergedFundBills(bills: readonly FundBill[]): Map<string, FundBill> {
  const merged = new Map<string, FundBill>();
  for (const bill of bills) {
    const key = `${bill.source}\u0000${bill.bill_date}\u0000${bill.currency}`;
    const known = merged.get(key);
    if (!known) {
      merged.set(key, { ...bill, files: [...bill.files] });
      continue;
    }
    known.net_minor = exactTotal(known.net_minor + bill.net_minor);
    if (bill.payout_minor !== null) known.payout_minor = exactTotal((known.payout_minor ?? 0) + bill.payout_minor);
    known.files.push(...bill.files);
  }
  return merged;
}
