import { isSettlementEntry } from '../canonical/record.ts';
import { FeeRows } from './fee-rows.ts';
import { KeyTotals, type KeyFact } from './key-totals.ts';
import { RecordTrail } from './record-trail.ts';

/** One stored record, as far as a run reads it. */
export type RecordFact = KeyFact & { fee_minor: number | null; fee_rate_ppm: number | null };

/**
 * What a run reads instead of every record: the totals per key, the statement rows that
 * state a fee and each record's trail (key, import, amount) for the completeness control,
 * kept beside the store for the imports named in `importIds`.
 */
export class MatchTotals {
  readonly keys = new KeyTotals();
  readonly fees = new FeeRows();
  readonly trail = new RecordTrail();
  /** The imports whose records are in the totals. */
  readonly importIds = new Set<number>();

  /** Bank entries and fund-bill movements are left to the settlement, which gives each its outcome. */
  add(fact: RecordFact): void {
    if (isSettlementEntry(fact.side, fact.source)) return;
    const key = this.keys.add(fact);
    this.trail.add(key, fact.side, fact.source, fact.kind, fact.amount_minor, fact.currency);
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
    if (isSettlementEntry(fact.side, source)) return;
    const key = this.keys.addAt(source, text, start, length, fact);
    this.trail.add(key, fact.side, source, fact.kind, fact.amount_minor, fact.currency);
    this.addFee(source, fact);
  }

  private addFee(source: string, fact: Omit<RecordFact, 'source' | 'order_ref'>): void {
    if (fact.side !== 'statement' || fact.fee_minor === null) return;
    this.fees.add(fact.id, source, fact.kind, fact.amount_minor, fact.fee_minor, fact.fee_rate_ppm);
  }
}
