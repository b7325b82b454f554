import type { MatchKey } from '../profile/types.ts';
import type { KeyRule } from './classify.ts';
import type { KeyTotal, KeyTotals } from './key-totals.ts';
import type { Partners } from './partners.ts';

/** The keys besides the order reference a statement's profile can say its rows are matched on (`matchKeys`). */
export const SECONDARY_KEYS: readonly MatchKey[] = ['channel_ref', 'refund_ref'];
export type SecondaryKey = MatchKey;

/** What matching on a secondary key reads from the records (see secondary-lookups.ts). */
export type SecondaryLookups = {
  /** The distinct values of `field` on the key's statement rows: its payments' channel_ref, its refunds' refund_ref. */
  statementValues: (key: number, field: SecondaryKey) => string[];
  /**
   * Per source and value, the order references of the book records carrying it (payments for
   * channel_ref, refunds for refund_ref), for the values asked per source.
   */
  bookOrders: (field: SecondaryKey, wanted: ReadonlyMap<string, ReadonlySet<string>>) => Map<string, string[]>;
};

/** The lookup key of a source and a value in {@link SecondaryLookups.bookOrders}' answer. */
export const sourceValue = (source: string, value: string): string => `${source}\u0000${value}`;

/**
 * Secondary keys: a statement payment or refund whose order reference is missing or names no
 * book payment, on a source whose profile lists `channel_ref` or `refund_ref` among its match
 * keys, is paired with the order whose book record carries the same channel transaction id (a
 * payment, the order still without a statement payment) or the same refund reference (a refund),
 * on the same source. The pair (rule `secondary_key`) is then decided by the rules like any key:
 * matched, amount mismatch, paid not notified, refund matched… A value that names several orders,
 * or an order that several rows name, pairs nothing: ties are never taken.
 */
export function secondaryPartners(
  totals: KeyTotals,
  scope: ReadonlyMap<string, KeyRule>,
  lookups: SecondaryLookups,
  partners: Partners,
): void {
  for (const field of SECONDARY_KEYS) {
    if (![...scope.values()].some((rule) => rule.secondaryKeys.includes(field))) continue;
    const asked = new Map<number, { source: string; value: string }>();
    const wanted = new Map<string, Set<string>>();
    const k = {} as KeyTotal;
    for (let number = 0; number < totals.size; number++) {
      const source = totals.sourceOf(number);
      if (!scope.get(source)?.secondaryKeys.includes(field) || partners.of.has(number)) continue;
      totals.read(number, k);
      if (k.book_id !== null || !unpaired(k, field)) continue;
      const values = lookups.statementValues(number, field);
      const [value] = values;
      if (values.length !== 1 || value === undefined) continue;
      asked.set(number, { source, value });
      let sourceValues = wanted.get(source);
      if (!sourceValues) wanted.set(source, (sourceValues = new Set()));
      sourceValues.add(value);
    }
    if (asked.size === 0) continue;
    const orders = lookups.bookOrders(field, wanted);
    const byBook = new Map<number, number[]>();
    for (const [number, { source, value }] of asked) {
      const refs = [...new Set(orders.get(sourceValue(source, value)) ?? [])];
      const [ref] = refs;
      if (refs.length !== 1 || ref === undefined) continue;
      const book = totals.lookup(source, ref);
      if (book < 0 || partners.books.has(book) || !open(totals.read(book, k), field)) continue;
      byBook.set(book, [...(byBook.get(book) ?? []), number]);
    }
    for (const [book, numbers] of byBook) {
      const [number] = numbers;
      if (numbers.length !== 1 || number === undefined) continue;
      partners.of.set(number, { book, category: null, rule: 'secondary_key' });
      partners.books.add(book);
    }
  }
}

/** A statement key a secondary key can pair: one payment (channel_ref), or refunds only (refund_ref). */
const unpaired = (k: KeyTotal, field: SecondaryKey): boolean =>
  k.reversed === 0 &&
  (field === 'channel_ref' ? k.payments === 1 && k.refunded === 0 : k.payments === 0 && k.refunded !== 0);

/** A book key it can pair with: one payment line; for a payment, none on the statement yet; for a refund, at most one. */
const open = (k: KeyTotal, field: SecondaryKey): boolean =>
  k.book_id !== null &&
  k.book_payments === 1 &&
  (field === 'channel_ref' ? k.payments === 0 && k.refunded === 0 && k.reversed === 0 : k.payments <= 1);
