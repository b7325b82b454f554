import { exactTotal, feeAtRate } from '../money.ts';
import { grown } from './key-table.ts';
import { Words } from './words.ts';
import type { FeeTotals } from './types.ts';

/** A statement row whose fee differs from its rate applied to its amount. */
export type FeeMismatch = { id: number; expected: number; ratePpm: number };

/**
 * The statement rows that state a fee, one column per field, kept beside the store like the
 * key totals: the fee check of a run reads them instead of every record.
 */
export class FeeRows {
  private size = 0;
  private ids = new Float64Array(1 << 12);
  private sources = new Uint16Array(1 << 12);
  private payment = new Uint8Array(1 << 12);
  private amounts = new Float64Array(1 << 12);
  private fees = new Float64Array(1 << 12);
  /** The row's own rate in parts per million; NaN when it states none. */
  private rates = new Float64Array(1 << 12);
  private readonly sourceWords = new Words();

  add(id: number, source: string, kind: string, amount: number, fee: number, ratePpm: number | null): void {
    if (this.size === this.ids.length) this.grow();
    const at = this.size++;
    this.ids[at] = id;
    this.sources[at] = this.sourceWords.code(source);
    this.payment[at] = kind === 'payment' ? 1 : 0;
    this.amounts[at] = amount;
    this.fees[at] = fee;
    this.rates[at] = ratePpm ?? Number.NaN;
  }

  /**
   * Check every row of the sources in `defaultRates` (the run's rate per source, or null): the
   * expected fee is |amount| × rate, half-up to the minor unit, signed like the amount.
   */
  check(defaultRates: ReadonlyMap<string, number | null>): {
    totals: Record<string, FeeTotals>;
    mismatches: FeeMismatch[];
  } {
    const totals = new Map<number, FeeTotals>();
    const mismatches: FeeMismatch[] = [];
    for (let at = 0; at < this.size; at++) {
      const code = this.sources[at] ?? 0;
      const sourceRate = defaultRates.get(this.sourceWords.word(code) ?? '');
      if (sourceRate === undefined) continue;
      let total = totals.get(code);
      if (!total) {
        total = { rows: 0, trade_fee_minor: 0, refund_fee_minor: 0, net_fee_minor: 0, fee_mismatch: 0 };
        totals.set(code, total);
      }
      const fee = this.fees[at] ?? 0;
      total.rows++;
      if (this.payment[at]) total.trade_fee_minor = exactTotal(total.trade_fee_minor + fee);
      else total.refund_fee_minor = exactTotal(total.refund_fee_minor + fee);
      total.net_fee_minor = exactTotal(total.net_fee_minor + fee);
      const own = this.rates[at] ?? Number.NaN;
      const rate = Number.isNaN(own) ? sourceRate : own;
      if (rate === null) continue;
      const expected = feeAtRate(this.amounts[at] ?? 0, rate);
      if (expected === fee) continue;
      total.fee_mismatch++;
      mismatches.push({ id: this.ids[at] ?? 0, expected, ratePpm: rate });
    }
    const bySource = [...totals].map(([code, total]) => [this.sourceWords.word(code) ?? '', total] as const);
    bySource.sort(([a], [b]) => (a < b ? -1 : 1));
    return { totals: Object.fromEntries(bySource), mismatches };
  }

  private grow(): void {
    const size = this.ids.length * 2;
    this.ids = grown(this.ids, size);
    this.sources = grown(this.sources, size);
    this.payment = grown(this.payment, size);
    this.amounts = grown(this.amounts, size);
    this.fees = grown(this.fees, size);
    this.rates = grown(this.rates, size);
  }
}
