import { exactTotal } from '../money.ts';
import { grown, KeyTable } from './key-table.ts';
import { RecordChain } from './record-chain.ts';
import { TradeClock } from './trade-clock.ts';
import { Words } from './words.ts';

/**
 * Book and statement totals per key (source, order_ref): what the matching rules read.
 *
 * SQLite has no hash aggregation: grouping two million records by a text key sorts them all
 * (about 5 s in sql.js at 1M orders, most of a run). These totals are the same aggregation
 * kept as a hash table beside the store, fed with every record as it is stored (or, after a
 * workspace is reopened, by one scan of the record table). The records themselves, the
 * findings and every drill-down stay in SQLite. One column per total, numbered by key.
 */

/** One stored record, as far as the matching rules read it. */
export type KeyFact = {
  id: number;
  side: string;
  source: string;
  kind: string;
  order_ref: string | null;
  amount_minor: number;
  currency: string;
  status: string;
  occurred_epoch: number | null;
};

/** The totals of one key (its reference is read apart: see {@link KeyTotals.orderRef}); amounts of refunds and reversals are positive. */
export type KeyTotal = {
  source: string;
  /** The first book payment record, or null when the book has no payment for the key. */
  book_id: number | null;
  /** Book payments. */
  amount: number;
  /** Book refunds. */
  refund: number;
  /** The lowest status of the book payments (as text). */
  status: string | null;
  /** The latest book payment, in epoch seconds. */
  paid_epoch: number | null;
  /** The lowest currency of the book rows. */
  book_currency: string | null;
  /** Succeeded statement payments: how many, and their sum. */
  payments: number;
  paid: number;
  /** Statement refunds and reversals. */
  refunded: number;
  reversed: number;
  /** The lowest and highest currency of the statement rows. */
  statement_currency: string | null;
  statement_currency_max: string | null;
  /** Book payment records (an order exported twice has two). */
  book_payments: number;
  /** Statement refund records. */
  refunds: number;
};

/** The fields of a record that are not its key, as the feeds pass them. */
type Fact = Omit<KeyFact, 'source' | 'order_ref'>;

/**
 * A statement payment, refund or reversal without an order reference is a key of its own: each
 * such row is its own finding, or matched alone by amount and date (see keyless.ts), never
 * summed with the other rows that lack one.
 */
const keyedAlone = (fact: Fact): boolean =>
  fact.side === 'statement' && (fact.kind === 'payment' || fact.kind === 'refund' || fact.kind === 'reversal');

export class KeyTotals {
  private readonly table = new KeyTable();
  private readonly words = new Words();
  private readonly bookPaymentsBySource = new Map<string, number>();
  private bookId = new Float64Array(1 << 12); // 0: none (record ids start at 1)
  private amount = new Float64Array(1 << 12);
  private refund = new Float64Array(1 << 12);
  private paidEpoch = new Float64Array(1 << 12).fill(Number.NaN);
  private paid = new Float64Array(1 << 12);
  private refunded = new Float64Array(1 << 12);
  private reversed = new Float64Array(1 << 12);
  private payments = new Int32Array(1 << 12);
  private status = new Uint16Array(1 << 12); // word codes; 0: none
  private bookCurrency = new Uint16Array(1 << 12);
  private statementCurrency = new Uint16Array(1 << 12);
  private statementCurrencyMax = new Uint16Array(1 << 12);
  /** Book payment records per key, and statement refunds. */
  private bookPayments = new Int32Array(1 << 12);
  private refunds = new Int32Array(1 << 12);
  private readonly statementChain = new RecordChain();
  private readonly bookChain = new RecordChain();
  /** Succeeded statement payments per source and minute. */
  readonly trades = new TradeClock();

  /** How many keys there are; they are numbered 0 … size − 1. */
  get size(): number {
    return this.table.size;
  }

  /** Add one record given with its key as text; returns its key's number. */
  add(fact: KeyFact): number {
    const source = this.words.code(fact.source);
    const key =
      fact.order_ref === null && keyedAlone(fact)
        ? this.table.own(source)
        : this.table.findText(source, fact.order_ref);
    return this.addTo(key, fact.source, fact);
  }

  /** Add one record whose reference is the UTF-8 bytes text[start, start + length) (start −1: null); returns its key's number. */
  addAt(source: string, text: Uint8Array, start: number, length: number, fact: Fact): number {
    const code = this.words.code(source);
    const key = start < 0 && keyedAlone(fact) ? this.table.own(code) : this.table.find(code, text, start, length);
    return this.addTo(key, source, fact);
  }

  /** Key number `key`'s totals, written into `into`. */
  read(key: number, into: KeyTotal): KeyTotal {
    const word = (code: number | undefined) => this.words.word(code ?? 0);
    const epoch = this.paidEpoch[key] ?? Number.NaN;
    into.source = word(this.table.source(key)) ?? '';
    into.book_id = this.bookId[key] || null;
    into.amount = this.amount[key] ?? 0;
    into.refund = this.refund[key] ?? 0;
    into.status = word(this.status[key]);
    into.paid_epoch = Number.isNaN(epoch) ? null : epoch;
    into.book_currency = word(this.bookCurrency[key]);
    into.payments = this.payments[key] ?? 0;
    into.paid = this.paid[key] ?? 0;
    into.refunded = this.refunded[key] ?? 0;
    into.reversed = this.reversed[key] ?? 0;
    into.statement_currency = word(this.statementCurrency[key]);
    into.statement_currency_max = word(this.statementCurrencyMax[key]);
    into.book_payments = this.bookPayments[key] ?? 0;
    into.refunds = this.refunds[key] ?? 0;
    return into;
  }

  /** The reference of key number `key`. */
  orderRef(key: number): string | null {
    return this.table.orderRef(key);
  }

  /** The ids of key number `key`'s statement records, in the order they were stored. */
  statementRecords(key: number): number[] {
    return this.statementChain.of(key);
  }

  /** The ids of key number `key`'s book payment and refund records, in the order they were stored. */
  bookRecords(key: number): number[] {
    return this.bookChain.of(key);
  }

  /** The key of `orderRef` on `source`, or -1 when no record has it. */
  lookup(source: string, orderRef: string): number {
    const code = this.words.known(source);
    return code === 0 ? -1 : this.table.lookupText(code, orderRef);
  }

  /** Whether key number `key` has statement payments and no book payment (a candidate paid on another channel). */
  statementOnly(key: number): boolean {
    return (this.bookId[key] ?? 0) === 0 && (this.payments[key] ?? 0) > 0;
  }

  /** Whether key number `key` has a book payment and no statement record. */
  bookOnly(key: number): boolean {
    return (this.bookId[key] ?? 0) !== 0 && this.statementCurrency[key] === 0;
  }

  /** The source of key number `key`. */
  sourceOf(key: number): string {
    return this.words.word(this.table.source(key)) ?? '';
  }

  /** Book payment records of the sources not in `scope`: no statement covers them. */
  bookPaymentsOutside(scope: ReadonlySet<string>): number {
    let count = 0;
    for (const [source, payments] of this.bookPaymentsBySource) if (!scope.has(source)) count += payments;
    return count;
  }

  private addTo(key: number, source: string, fact: Fact): number {
    if (key >= this.bookId.length) this.grow();
    const { kind, amount_minor: amount } = fact;
    const currency = this.words.code(fact.currency);
    if (fact.side === 'book') {
      this.bookCurrency[key] = this.words.lower(this.bookCurrency[key] ?? 0, currency);
      if (kind === 'payment' || kind === 'refund') this.bookChain.add(key, fact.id);
      if (kind === 'payment') {
        this.bookPayments[key] = (this.bookPayments[key] ?? 0) + 1;
        this.bookPaymentsBySource.set(source, (this.bookPaymentsBySource.get(source) ?? 0) + 1);
        const first = this.bookId[key] ?? 0;
        if (first === 0 || fact.id < first) this.bookId[key] = fact.id;
        this.amount[key] = exactTotal((this.amount[key] ?? 0) + amount);
        this.status[key] = this.words.lower(this.status[key] ?? 0, this.words.code(fact.status));
        const epoch = fact.occurred_epoch;
        if (epoch !== null && !(epoch <= (this.paidEpoch[key] ?? Number.NaN))) this.paidEpoch[key] = epoch;
      } else if (kind === 'refund') this.refund[key] = exactTotal((this.refund[key] ?? 0) - amount);
      return key;
    }
    this.statementChain.add(key, fact.id);
    this.statementCurrency[key] = this.words.lower(this.statementCurrency[key] ?? 0, currency);
    this.statementCurrencyMax[key] = this.words.higher(this.statementCurrencyMax[key] ?? 0, currency);
    if (kind === 'payment' && fact.status === 'succeeded') {
      if (fact.occurred_epoch !== null) this.trades.add(source, fact.occurred_epoch);
      this.payments[key] = (this.payments[key] ?? 0) + 1;
      this.paid[key] = exactTotal((this.paid[key] ?? 0) + amount);
    } else if (kind === 'refund') {
      this.refunds[key] = (this.refunds[key] ?? 0) + 1;
      this.refunded[key] = exactTotal((this.refunded[key] ?? 0) - amount);
    } else if (kind === 'reversal') this.reversed[key] = exactTotal((this.reversed[key] ?? 0) - amount);
    return key;
  }

  private grow(): void {
    const size = this.bookId.length * 2;
    const epochs = grown(this.paidEpoch, size);
    epochs.fill(Number.NaN, this.paidEpoch.length);
    this.paidEpoch = epochs;
    this.bookId = grown(this.bookId, size);
    this.amount = grown(this.amount, size);
    this.refund = grown(this.refund, size);
    this.paid = grown(this.paid, size);
    this.refunded = grown(this.refunded, size);
    this.reversed = grown(this.reversed, size);
    this.payments = grown(this.payments, size);
    this.status = grown(this.status, size);
    this.bookCurrency = grown(this.bookCurrency, size);
    this.statementCurrency = grown(this.statementCurrency, size);
    this.statementCurrencyMax = grown(this.statementCurrencyMax, size);
    this.bookPayments = grown(this.bookPayments, size);
    this.refunds = grown(this.refunds, size);
  }
}
