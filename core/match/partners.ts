import type { CategoryCode } from './categories.ts';
import type { KeyTotal } from './key-totals.ts';
import type { MatchRule } from './match-rules.ts';

/**
 * Statement keys paired with a book key of another reference (another channel's, the one a
 * secondary key names, or an order found by amount and date), the category the pair gets (null:
 * the rules decide it on both keys together) and the rule that paired them.
 */
export type Partners = {
  /** Statement key → its book key, the pair's category and the rule that paired them. */
  of: Map<number, { book: number; category: CategoryCode | null; rule: MatchRule }>;
  /** The book keys taken by a pair: they count with their statement key. */
  books: Set<number>;
};

/**
 * The pair as one key: the statement key `statement` takes the book side of `book` and adds the
 * statement rows of `book`, so the rules and the category's amount rule read both (the extra
 * charge of a duplicate is the payment on the other channel).
 */
export function mergeKeys(statement: KeyTotal, book: KeyTotal): void {
  statement.book_id = book.book_id;
  statement.amount = book.amount;
  statement.refund = book.refund;
  statement.status = book.status;
  statement.paid_epoch = book.paid_epoch;
  statement.book_currency = book.book_currency;
  statement.book_payments = book.book_payments;
  statement.payments += book.payments;
  statement.paid += book.paid;
  statement.refunded += book.refunded;
  statement.reversed += book.reversed;
  statement.refunds += book.refunds;
}
