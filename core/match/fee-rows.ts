import { grown } from './key-table.ts';
import type { FeeTotals } from './types.ts';

/** A statement row whose fee differs from its rate applied to its amount. */
export type FeeMismatch = { id: number; expected: number; ratePpm: number };

const MILLION = 1_000_000;

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
  private readonly sourceNames: string[] = [];
  private readonly sourceCodes = new Map<string, number>();

  add(id: number, source: string, kind: string, amount: number, fee: number, ratePpm: number | null): void {
    if (this.size === this.ids.length) this.grow();
    const at = this.size++;
    let code = this.sourceCodes.get(source);
    if (code === undefined) {
      code = this.sourceNames.push(source) - 1;
      this.sourceCodes.set(source, code);
    }
    this.ids[at] = id;
    this.sources[at] = code;
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
    const fallback = this.sourceNames.map((name) => defaultRates.get(name));
    const mismatches: FeeMismatch[] = [];
    for (let at = 0; at < this.size; at++) {
      const code = this.sources[at] ?? 0;
      const sourceRate = fallback[code];
      if (sourceRate === undefined) continue;
      let total = totals.get(code);
      if (!total) {
        total = { rows: 0, trade_fee_minor: 0, refund_fee_minor: 0, net_fee_minor: 0, fee_mismatch: 0 };
        totals.set(code, total);
      }
      const fee = this.fees[at] ?? 0;
      total.rows++;
      if (this.payment[at]) total.trade_fee_minor = exact(total.trade_fee_minor + fee);
      else total.refund_fee_minor = exact(total.refund_fee_minor + fee);
      total.net_fee_minor = exact(total.net_fee_minor + fee);
      const own = this.rates[at] ?? Number.NaN;
      const rate = Number.isNaN(own) ? sourceRate : own;
      if (rate === null) continue;
      const expected = expectedFee(this.amounts[at] ?? 0, rate);
      if (expected === fee) continue;
      total.fee_mismatch++;
      mismatches.push({ id: this.ids[at] ?? 0, expected, ratePpm: rate });
    }
    const names = [...totals.keys()].sort((a, b) => compare(this.sourceNames[a], this.sourceNames[b]));
    return {
      totals: Object.fromEntries(names.map((code) => [this.sourceNames[code], totals.get(code) as FeeTotals])),
      mismatches,
    };
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

/**
 * |amount| × rate (integer ppm), half-up to the minor unit, signed like the amount: integer
 * arithmetic, exact for any product (BigInt beyond 2^53).
 */
export function expectedFee(amount: number, ratePpm: number): number {
  const magnitude = Math.abs(amount);
  const halfUp = magnitude * ratePpm + MILLION / 2;
  let fee: number;
  if (Number.isSafeInteger(halfUp)) {
    fee = Math.floor(halfUp / MILLION);
    const rest = halfUp - fee * MILLION; // exact: every term is a safe integer
    if (rest < 0) fee--;
    else if (rest >= MILLION) fee++;
  } else fee = Number((BigInt(magnitude) * BigInt(ratePpm) + BigInt(MILLION / 2)) / BigInt(MILLION));
  return amount < 0 ? -fee : fee;
}

const compare = (a: string | undefined, b: string | undefined): number => ((a ?? '') < (b ?? '') ? -1 : 1);

function exact(value: number): number {
  if (!Number.isSafeInteger(value)) throw new RangeError(`total ${value} is beyond exact integers`);
  return value;
}
