import type { CategoryCode } from './categories.ts';
import type { KeyTotal } from './key-totals.ts';

/** What a run decides per source: the cross-day cut-off (epoch seconds) and the tolerance. */
export type KeyRule = { crossDayFrom: number | null; toleranceMinor: number };

/**
 * The matching rules: each key gets exactly one category. Rules are tried in order; the first
 * that applies wins.
 */
export function categorize(k: KeyTotal, rule: KeyRule): CategoryCode {
  const within = (difference: number) => Math.abs(difference) <= rule.toleranceMinor;
  if (k.book_id === null) return 'statement_only';
  if (k.statement_currency === null) return bookAlone(k, rule);
  switch (k.status) {
    case 'succeeded':
      if (k.payments >= 2) return 'duplicate_charge';
      if (k.statement_currency !== k.book_currency || k.statement_currency !== k.statement_currency_max)
        return 'currency_mismatch';
      if (k.reversed !== 0) return 'status_mismatch';
      if (k.refunded !== 0) return 'refund_mismatch';
      if (k.payments === 0) return 'status_mismatch';
      return within(k.paid - k.amount) ? 'matched' : 'amount_mismatch';
    case 'pending':
    case 'failed':
      return k.payments >= 1 ? 'paid_not_notified' : 'status_mismatch';
    case 'refunded':
      return within(k.refunded - k.refund) ? 'refund_matched' : 'refund_mismatch';
    case 'closed':
      if (k.reversed !== 0) return 'revoked';
      return k.payments >= 1 ? 'paid_not_notified' : 'status_mismatch';
    default:
      return 'status_mismatch';
  }
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
      return k.refund <= rule.toleranceMinor ? 'refund_matched' : 'refund_mismatch';
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
