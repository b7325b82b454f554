import type { KeyRecords, KeyRule } from './classify.ts';
import type { Partners } from './partners.ts';
import type { KeyTotal, KeyTotals } from './key-totals.ts';
import { toleranceFor } from './tolerance.ts';

/** Keys left open because several of the other side fit them equally, each with those keys. */
export type Ambiguous = Map<number, number[]>;

/** An open key of one side: its number, amount and calendar day (days since 1970 in the statement's zone). */
type Open = { key: number; amount: number; day: number };

const DAY_SECONDS = 86_400;

/**
 * Matching by amount and date, for sources whose date window (`--date-window [SOURCE=]DAYS`) is
 * not 0: a statement payment that no order reference pairs (none, or one the book does not know,
 * and not paid across channels) is paired with the still-open book payment of its source (paid,
 * with nothing on the statement) of the same amount — exactly, or within the source's tolerance —
 * whose calendar day is at most DAYS from the payment's. Only the closest amounts fit; when
 * exactly one book payment fits and it fits no other statement payment, the two are a pair
 * (`matched`, rule `amount_date`, added to `partners`). When two or more fit equally, none is
 * taken: every statement payment and book payment of the tie is returned, with the keys it ties
 * with, to be left open as `ambiguous`.
 */
export function keylessPartners(
  totals: KeyTotals,
  scope: ReadonlyMap<string, KeyRule>,
  records: (key: number) => KeyRecords,
  partners: Partners,
): Ambiguous {
  const ambiguous: Ambiguous = new Map();
  const open = new Map<string, { statements: Open[]; books: Open[] }>();
  for (const [source, rule] of scope) if (rule.dateWindowDays > 0) open.set(source, { statements: [], books: [] });
  if (open.size === 0) return ambiguous;
  const k = {} as KeyTotal;
  for (let number = 0; number < totals.size; number++) {
    const source = totals.sourceOf(number);
    const lists = open.get(source);
    if (!lists) continue;
    const { offsetMinutes } = scope.get(source) as KeyRule;
    if (totals.statementOnly(number) && !partners.of.has(number)) {
      totals.read(number, k);
      if (k.payments !== 1 || k.refunded !== 0 || k.reversed !== 0) continue;
      const epoch = records(number).paidEpoch;
      if (epoch !== null) lists.statements.push({ key: number, amount: k.paid, day: dayOf(epoch, offsetMinutes) });
    } else if (totals.bookOnly(number) && !partners.books.has(number)) {
      totals.read(number, k);
      if (k.status !== 'succeeded' || k.book_payments !== 1 || k.refund !== 0 || k.paid_epoch === null) continue;
      lists.books.push({ key: number, amount: k.amount, day: dayOf(k.paid_epoch, offsetMinutes) });
    }
  }
  for (const [source, { statements, books }] of open) {
    const fits = closestFits(statements, books, scope.get(source) as KeyRule);
    const wantedBy = new Map<number, number[]>();
    for (const [statement, fitting] of fits)
      for (const book of fitting) wantedBy.set(book, [...(wantedBy.get(book) ?? []), statement]);
    for (const [statement, fitting] of fits) {
      const [book] = fitting;
      if (fitting.length === 1 && book !== undefined && wantedBy.get(book)?.length === 1) {
        partners.of.set(statement, { book, category: 'matched', rule: 'amount_date' });
        partners.books.add(book);
        continue;
      }
      ambiguous.set(statement, fitting);
      for (const tied of fitting) ambiguous.set(tied, wantedBy.get(tied) ?? []);
    }
  }
  return ambiguous;
}

/** Per statement payment with any fit, the book payments of the closest amount within tolerance and window. */
function closestFits(statements: readonly Open[], books: Open[], rule: KeyRule): Map<number, number[]> {
  books.sort((a, b) => a.amount - b.amount || a.key - b.key);
  const fits = new Map<number, number[]>();
  for (const statement of statements) {
    // A relative tolerance is of the book amount: no book amount beyond twice the payment's can fit.
    const reach = toleranceFor(rule.tolerance, 2 * Math.abs(statement.amount));
    let best = Number.POSITIVE_INFINITY;
    let fitting: number[] = [];
    for (let at = firstFrom(books, statement.amount - reach); at < books.length; at++) {
      const book = books[at] as Open;
      if (book.amount > statement.amount + reach) break;
      const difference = Math.abs(statement.amount - book.amount);
      if (difference > toleranceFor(rule.tolerance, book.amount)) continue;
      if (Math.abs(statement.day - book.day) > rule.dateWindowDays) continue;
      if (difference < best) [best, fitting] = [difference, [book.key]];
      else if (difference === best) fitting.push(book.key);
    }
    if (fitting.length > 0) fits.set(statement.key, fitting);
  }
  return fits;
}

/** The first index of the sorted `books` whose amount is at least `amount`. */
function firstFrom(books: readonly Open[], amount: number): number {
  let [low, high] = [0, books.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((books[middle] as Open).amount < amount) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The calendar day of an instant in a zone `offsetMinutes` east of UTC, as days since 1970-01-01. */
const dayOf = (epoch: number, offsetMinutes: number): number => Math.floor((epoch + offsetMinutes * 60) / DAY_SECONDS);
