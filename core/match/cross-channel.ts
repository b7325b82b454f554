import type { CategoryCode } from './categories.ts';
import type { KeyRule } from './classify.ts';
import type { KeyTotal, KeyTotals } from './key-totals.ts';
import type { Partners } from './partners.ts';
import { toleranceFor } from './tolerance.ts';

/**
 * Gateway failover: checkout fell back to another channel, so the export books an order on one
 * channel and its payment is on another's statement. A statement key with payments and no book
 * payment is looked up by its order reference on the other channels in scope:
 * - the order there has no statement row and is paid for the same amount: `channel_switched`
 *   (informational, matched across channels);
 * - the order there is pending, failed or closed without a statement row: `paid_not_notified`;
 * - the order there is matched on its own channel and this payment repeats its amount:
 *   `duplicate_charge` (paid on both channels).
 * Anything else stays unpaired on each side.
 */
export function crossChannelPartners(totals: KeyTotals, scope: ReadonlyMap<string, KeyRule>): Partners {
  const partners: Partners = { of: new Map(), books: new Set() };
  const sources = [...scope.keys()];
  if (sources.length < 2) return partners;
  const own = {} as KeyTotal;
  const booked = {} as KeyTotal;
  for (let number = 0; number < totals.size; number++) {
    if (!totals.statementOnly(number)) continue;
    const source = totals.sourceOf(number);
    const ref = totals.orderRef(number);
    if (ref === null || !scope.has(source)) continue;
    for (const other of sources) {
      if (other === source) continue;
      const book = totals.lookup(other, ref);
      if (book < 0 || partners.books.has(book) || totals.statementOnly(book)) continue;
      totals.read(number, own);
      totals.read(book, booked);
      const category = pairCategory(own, booked, scope.get(other) as KeyRule);
      if (category === null) continue;
      partners.of.set(number, { book, category, rule: 'cross_channel' });
      partners.books.add(book);
      break;
    }
  }
  return partners;
}

function pairCategory(statement: KeyTotal, book: KeyTotal, rule: KeyRule): CategoryCode | null {
  if (book.book_id === null || statement.payments !== 1 || statement.refunded !== 0 || statement.reversed !== 0)
    return null;
  if (statement.statement_currency !== book.book_currency) return null;
  const within = (difference: number) => Math.abs(difference) <= toleranceFor(rule.tolerance, book.amount);
  if (book.statement_currency === null) {
    if (book.status === 'succeeded') return within(statement.paid - book.amount) ? 'channel_switched' : null;
    return book.status === 'pending' || book.status === 'failed' || book.status === 'closed'
      ? 'paid_not_notified'
      : null;
  }
  const matchedThere =
    book.status === 'succeeded' &&
    book.payments === 1 &&
    book.refunded === 0 &&
    book.reversed === 0 &&
    within(book.paid - book.amount);
  return matchedThere && within(statement.paid - book.amount) ? 'duplicate_charge' : null;
}
