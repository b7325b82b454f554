import type { MatchKey } from '../profile/types.ts';
import type { CategoryCode } from './categories.ts';
import type { KeyTotal } from './key-totals.ts';
import type { MatchRule } from './match-rules.ts';
import { toleranceFor, type Tolerance } from './tolerance.ts';

/**
 * What a run decides per source: the cross-day cut-off (epoch seconds), the tolerance, the date
 * window for matching by amount and date (days; 0: off), the statement's offset from UTC in
 * minutes, which tells the calendar day of an instant, and the secondary keys its statements'
 * profiles list (`matchKeys`).
 */
export type KeyRule = {
  crossDayFrom: number | null;
  tolerance: Tolerance;
  dateWindowDays: number;
  offsetMinutes: number;
  secondaryKeys: readonly MatchKey[];
};

/**
 * A key's records, read for the few keys whose totals alone cannot tell the rule: several
 * statement payments or several book payments, or a statement payment matched by amount and date.
 */
export type KeyRecords = {
  /** The succeeded statement payments' amounts, in the order stored. */
  trades: number[];
  /** The book payments' amounts, in the order stored. */
  bookAmounts: number[];
  /** Whether every book payment has the same content (an order exported twice). */
  bookSame: boolean;
  /** When the latest succeeded statement payment happened, in epoch seconds (null: no time). */
  paidEpoch: number | null;
};

/** A key's category and the rule that paired (or did not pair) its records. */
export type Decision = { category: CategoryCode; rule: MatchRule };

/** Whether {@link categorize} needs the key's records. */
export const needsRecords = (k: KeyTotal): boolean =>
  k.book_id !== null && k.statement_currency !== null && (k.payments >= 2 || k.book_payments >= 2);

/** Largest number of trades whose subsets are searched for the order amount. */
const SUBSET_LIMIT = 12;

/**
 * The matching rules: each key gets exactly one category and the rule that decided it. Rules
 * are tried in order; the first that applies wins. `records` is required when {@link needsRecords}.
 * A key whose book payments are one order exported twice is decided on one copy (`k.amount` is
 * then that copy's amount on return).
 */
export function categorize(k: KeyTotal, rule: KeyRule, records?: KeyRecords): Decision {
  const within = (difference: number) => Math.abs(difference) <= toleranceFor(rule.tolerance, k.amount);
  if (k.book_id === null) {
    const refundAlone = k.payments === 0 && k.reversed === 0 && k.refunded !== 0;
    return { category: 'statement_only', rule: refundAlone ? 'refund_without_original' : 'unpaired' };
  }
  if (k.statement_currency === null) return { category: bookAlone(k, rule), rule: 'unpaired' };
  let bookRule: MatchRule | null = null;
  if (records && k.book_payments >= 2) {
    if (records.bookSame) {
      k.amount = records.bookAmounts[0] ?? k.amount;
      bookRule = 'book_duplicate';
    } else bookRule = 'batch';
  }
  const decided = (category: CategoryCode, own: MatchRule): Decision => {
    if (bookRule === 'book_duplicate' && category === 'matched') return { category: 'book_duplicate', rule: bookRule };
    return { category, rule: bookRule ?? own };
  };
  const amountRule = (difference: number): MatchRule => (difference === 0 ? 'exact' : 'tolerance');
  switch (k.status) {
    case 'succeeded':
      if (k.payments >= 2) return decided(...severalTrades(k, records?.trades ?? [], within));
      if (k.statement_currency !== k.book_currency || k.statement_currency !== k.statement_currency_max)
        return decided('currency_mismatch', 'exact');
      if (k.reversed !== 0) return decided('status_mismatch', 'exact');
      if (k.refunded !== 0) return decided('refund_mismatch', 'exact');
      if (k.payments === 0) return decided('status_mismatch', 'unpaired');
      return within(k.paid - k.amount)
        ? decided('matched', amountRule(k.paid - k.amount))
        : decided('amount_mismatch', 'exact');
    case 'pending':
    case 'failed':
      return decided(k.payments >= 1 ? 'paid_not_notified' : 'status_mismatch', 'exact');
    case 'refunded': {
      const own: MatchRule = k.refunds >= 2 ? 'refund_sum' : amountRule(k.refunded - k.refund);
      return decided(within(k.refunded - k.refund) ? 'refund_matched' : 'refund_mismatch', own);
    }
    case 'closed':
      if (k.reversed !== 0) return decided('revoked', 'exact');
      return decided(k.payments >= 1 ? 'paid_not_notified' : 'status_mismatch', 'exact');
    default:
      return decided('status_mismatch', 'exact');
  }
}

/**
 * A paid order with several statement payments: together the order amount, a split payment;
 * one of them the order amount, the others repeat it (a duplicate charge); exactly one subset of
 * them the order amount, the rest charged again; several subsets, ambiguous; none, but two of the
 * same amount, a duplicate charge; otherwise an amount mismatch.
 */
function severalTrades(
  k: KeyTotal,
  trades: readonly number[],
  within: (difference: number) => boolean,
): [CategoryCode, MatchRule] {
  if (within(k.paid - k.amount)) return ['matched', 'split'];
  if (trades.some((trade) => within(trade - k.amount))) return ['duplicate_charge', 'duplicate'];
  const subsets = trades.length <= SUBSET_LIMIT ? subsetsMaking(trades, k.amount, within) : 0;
  if (subsets === 1) return ['duplicate_charge', 'split'];
  if (subsets > 1) return ['ambiguous', 'ambiguous'];
  // Trades repeating one another (the same file or charge twice) repeat the charge, whatever the order says.
  if (new Set(trades).size < trades.length) return ['duplicate_charge', 'duplicate'];
  return ['amount_mismatch', 'split'];
}

/** How many subsets of two or more trades add up to the amount (counting stops at 2). */
function subsetsMaking(trades: readonly number[], amount: number, within: (difference: number) => boolean): number {
  let found = 0;
  for (let mask = 1; mask < 1 << trades.length && found < 2; mask++) {
    if ((mask & (mask - 1)) === 0) continue;
    let sum = 0;
    for (let i = 0; i < trades.length; i++) if (mask & (1 << i)) sum += trades[i] ?? 0;
    if (within(sum - amount)) found++;
  }
  return found;
}

/** A book order with no statement row at all. */
function bookAlone(k: KeyTotal, rule: KeyRule): CategoryCode {
  switch (k.status) {
    case 'succeeded':
      return k.paid_epoch !== null && rule.crossDayFrom !== null && k.paid_epoch >= rule.crossDayFrom
        ? 'pending_cross_day'
        : 'book_only';
    case 'pending':
    case 'failed':
      return 'unpaid';
    case 'refunded':
      return k.refund <= toleranceFor(rule.tolerance, k.amount) ? 'refund_matched' : 'refund_mismatch';
    case 'closed':
      return 'closed';
    default:
      return 'status_mismatch';
  }
}

/** The amount a key counts with in its category (each category's amount rule). */
export function categoryAmount(k: KeyTotal, category: CategoryCode): number {
  switch (category) {
    case 'statement_only':
      return k.payments > 0 ? k.paid : -(k.refunded + k.reversed);
    case 'paid_not_notified':
      return k.paid;
    case 'ambiguous':
      return k.book_id === null ? k.paid : k.amount;
    case 'amount_mismatch':
    case 'duplicate_charge':
      return k.paid - k.amount;
    case 'refund_matched':
      return k.refund;
    case 'refund_mismatch':
      return k.refunded - k.refund;
    case 'revoked':
      return k.reversed;
    default:
      return k.amount;
  }
}
