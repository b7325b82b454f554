import { exactTotal } from '../money.ts';
import { grown } from './key-table.ts';

/**
 * Every stored record, as far as the completeness control follows it: its key, its import,
 * its amount and currency, its side and whether the order rules read its kind. Kept in typed
 * arrays beside the key totals (about 20 bytes a record), so a run can tell each record's
 * outcome from its key's without reading the record table again.
 */

/** Kinds the key totals add up, per side; records of other kinds are not read by any order rule. */
const READ_KINDS = { book: new Set(['payment', 'refund']), statement: new Set(['payment', 'refund', 'reversal']) };

const BOOK = 1;
const READ = 2;

/** Records and amounts per currency, of one import and one outcome. */
export type OutcomeTally = { records: number; amount_minor: Record<string, number> };

/** Per import id, per outcome number (see {@link RecordTrail.tally}), what its records add up to. */
export type TrailTally = Map<number, Map<number, OutcomeTally>>;

export class RecordTrail {
  private key = new Int32Array(1 << 12);
  private slot = new Uint16Array(1 << 12);
  private currency = new Uint8Array(1 << 12);
  private amount = new Float64Array(1 << 12);
  private flags = new Uint8Array(1 << 12);
  private count = 0;
  /** Per slot, its import id (-1: the import being stored, not yet numbered). */
  private readonly imports: number[] = [];
  private readonly slotByImport = new Map<number, number>();
  private readonly currencies: string[] = [];
  private readonly currencyCodes = new Map<string, number>();
  /** Per slot, the sources of its statement records. */
  private readonly statementSources: Set<string>[] = [];
  private current = -1;
  /** The last statement source added (the same string object row after row), so most rows skip the set. */
  private lastSource: string | null = null;

  /** Records added from now on belong to import `importId` (null: the one being stored, numbered by {@link name}). */
  use(importId: number | null): void {
    const known = importId === null ? undefined : this.slotByImport.get(importId);
    if (known !== undefined) {
      if (known !== this.current) this.lastSource = null;
      this.current = known;
      return;
    }
    if (this.imports.length > 0xffff) throw new RangeError('too many imports in one workspace');
    this.current = this.imports.length;
    this.imports.push(importId ?? -1);
    this.statementSources.push(new Set());
    if (importId !== null) this.slotByImport.set(importId, this.current);
    this.lastSource = null;
  }

  /** The import being stored got its id. */
  name(importId: number): void {
    if (this.current < 0 || this.imports[this.current] !== -1) return;
    this.imports[this.current] = importId;
    this.slotByImport.set(importId, this.current);
  }

  add(key: number, side: string, source: string, kind: string, amount: number, currency: string): void {
    if (this.current < 0) this.use(null);
    const at = this.count++;
    if (at === this.key.length) this.grow();
    const book = side === 'book';
    this.key[at] = key;
    this.slot[at] = this.current;
    this.currency[at] = this.currencyCode(currency);
    this.amount[at] = amount;
    this.flags[at] = (book ? BOOK : 0) | ((book ? READ_KINDS.book : READ_KINDS.statement).has(kind) ? READ : 0);
    if (!book && source !== this.lastSource) {
      this.statementSources[this.current]?.add(source);
      this.lastSource = source;
    }
  }

  /** Per import id, the sources its statement records name (a converted file's rows keep their own). */
  statementSourcesByImport(): Map<number, ReadonlySet<string>> {
    return new Map(this.imports.map((id, slot) => [id, this.statementSources[slot] ?? new Set<string>()]));
  }

  /**
   * What each import's records add up to per outcome number (1 … outcomes − 1).
   * `keyOutcome[key]` is the number the classification gave the key (0: none); `ruleless` is
   * that of records of a kind no rule reads; `outside` that of a key whose source no statement
   * covers, which only a book record can have. A statement record of such a key, or of a key
   * given nothing, gets no outcome: the control then finds it missing.
   */
  tally(keyOutcome: Uint8Array, codes: { outcomes: number; ruleless: number; outside: number }): TrailTally {
    const width = this.currencies.length;
    const { outcomes } = codes;
    const records = new Float64Array(this.imports.length * outcomes * width);
    const amounts = new Float64Array(records.length);
    for (let at = 0; at < this.count; at++) {
      const flags = this.flags[at] ?? 0;
      let outcome = flags & READ ? (keyOutcome[this.key[at] ?? 0] ?? 0) : codes.ruleless;
      if (outcome === codes.outside && !(flags & BOOK)) outcome = 0;
      if (outcome === 0) continue;
      const cell = ((this.slot[at] ?? 0) * outcomes + outcome) * width + (this.currency[at] ?? 0);
      records[cell] = (records[cell] ?? 0) + 1;
      amounts[cell] = (amounts[cell] ?? 0) + (this.amount[at] ?? 0);
    }
    return this.tallies(records, amounts, outcomes);
  }

  private tallies(records: Float64Array, amounts: Float64Array, outcomes: number): TrailTally {
    const width = this.currencies.length;
    const byImport: TrailTally = new Map();
    this.imports.forEach((id, slot) => {
      const byOutcome = new Map<number, OutcomeTally>();
      for (let outcome = 1; outcome < outcomes; outcome++) {
        for (let currency = 0; currency < width; currency++) {
          const cell = (slot * outcomes + outcome) * width + currency;
          const count = records[cell] ?? 0;
          if (count === 0) continue;
          let tally = byOutcome.get(outcome);
          if (!tally) byOutcome.set(outcome, (tally = { records: 0, amount_minor: {} }));
          tally.records += count;
          // Float sums of integers are exact while every partial sum stays below 2^53.
          tally.amount_minor[this.currencies[currency] ?? ''] = exactTotal(amounts[cell] ?? 0);
        }
      }
      byImport.set(id, byOutcome);
    });
    return byImport;
  }

  private currencyCode(currency: string): number {
    let code = this.currencyCodes.get(currency);
    if (code === undefined) {
      code = this.currencies.length;
      if (code > 0xff) throw new RangeError('too many currencies in one workspace');
      this.currencies.push(currency);
      this.currencyCodes.set(currency, code);
    }
    return code;
  }

  private grow(): void {
    const size = this.key.length * 2;
    this.key = grown(this.key, size);
    this.slot = grown(this.slot, size);
    this.currency = grown(this.currency, size);
    this.amount = grown(this.amount, size);
    this.flags = grown(this.flags, size);
  }
}
