import { FeeRows } from './fee-rows.ts';
import { KeyTotals, type KeyFact } from './key-totals.ts';

/** One stored record, as far as a run reads it. */
export type RecordFact = KeyFact & { fee_minor: number | null; fee_rate_ppm: number | null };

/**
 * What a run reads instead of every record: the totals per key and the statement rows that
 * state a fee, kept beside the store for the imports named in `importIds`.
 */
export class MatchTotals {
  readonly keys = new KeyTotals();
  readonly fees = new FeeRows();
  /** The imports whose records are in the totals. */
  readonly importIds = new Set<number>();

  add(fact: RecordFact): void {
    this.keys.add(fact);
    this.addFee(fact.source, fact);
  }

  /** Add a record whose reference is the UTF-8 bytes text[start, start + length) (start −1: null). */
  addAt(
    source: string,
    text: Uint8Array,
    start: number,
    length: number,
    fact: Omit<RecordFact, 'source' | 'order_ref'>,
  ): void {
    this.keys.addAt(source, text, start, length, fact);
    this.addFee(source, fact);
  }

  private addFee(source: string, fact: Omit<RecordFact, 'source' | 'order_ref'>): void {
    if (fact.side !== 'statement' || fact.fee_minor === null) return;
    this.fees.add(fact.id, source, fact.kind, fact.amount_minor, fact.fee_minor, fact.fee_rate_ppm);
  }
}
