import type { XmlLayout } from '../../profile/layouts.ts';
import { compilePath, type XmlPath } from './path.ts';
import type { XmlEntry } from './entry.ts';

/** What a total needs of the entries it counts: how many, their absolute sum, its currency, whether all are amounts. */
export type EntrySum = { count: number; absolute: number; currency: string | undefined; allAmounts: boolean };

const emptySum = (): EntrySum => ({ count: 0, absolute: 0, currency: undefined, allAmounts: true });

function addTo(sum: EntrySum, entry: XmlEntry): void {
  sum.count++;
  const amount = entry.amount;
  if (amount && sum.currency === undefined) sum.currency = amount.currency;
  if (amount && typeof amount.minor === 'number') sum.absolute += Math.abs(amount.minor);
  else sum.allAmounts = false;
}

/**
 * The entries of a statement (or of a message) as the controls need them, gathered as each
 * entry is read so that the entries themselves need not be kept: their sum, their sum per value
 * of each path a total filters on (`CdtDbtInd`, `TxSts`), and their net per currency.
 */
export class EntryTally {
  readonly all = emptySum();
  /** Signed sum of the entries that are amounts, per currency. */
  readonly net = new Map<string, number>();
  private readonly filters: { path: string; read: XmlPath; sums: Map<string | undefined, EntrySum> }[];

  constructor(layout: XmlLayout) {
    const paths = new Set((layout.totals ?? []).flatMap((rule) => (rule.filter ? [rule.filter.entry] : [])));
    this.filters = [...paths].map((path) => ({ path, read: compilePath(path), sums: new Map() }));
  }

  add(entry: XmlEntry): void {
    addTo(this.all, entry);
    const amount = entry.amount;
    if (amount && typeof amount.minor === 'number')
      this.net.set(amount.currency, (this.net.get(amount.currency) ?? 0) + amount.minor);
    for (const filter of this.filters) {
      const value = filter.read(entry.scope)[0];
      let sum = filter.sums.get(value);
      if (sum === undefined) filter.sums.set(value, (sum = emptySum()));
      addTo(sum, entry);
    }
  }

  /** The entries whose `path` reads `value` (all entries without a path). */
  sum(path?: string, value?: string): EntrySum {
    if (path === undefined) return this.all;
    return this.filters.find((filter) => filter.path === path)?.sums.get(value) ?? emptySum();
  }
}
