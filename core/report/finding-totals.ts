import type { Finding } from '../match/types.ts';

/** What the totals row under a category sheet adds up, for the findings of one currency. */
export type FindingTotals = {
  currency: string;
  count: number;
  /** The category amounts (for mismatches: statement − book, signed, so this is the net). */
  amount: bigint;
  /** Their absolute values: what a mismatch costs to clear, whichever way each one goes. */
  absolute: bigint;
  book: bigint;
  statement: bigint;
};

/**
 * The findings' totals per currency, in currency order; sums are bigint so no day is too big.
 *
 * @example findingTotals(findings)[0] // { currency: 'CNY', count: 3, amount: -150n, absolute: 350n, … }
 */
export function findingTotals(findings: Iterable<Finding>): FindingTotals[] {
  const byCurrency = new Map<string, FindingTotals>();
  for (const finding of findings) {
    let totals = byCurrency.get(finding.currency);
    if (!totals) {
      totals = { currency: finding.currency, count: 0, amount: 0n, absolute: 0n, book: 0n, statement: 0n };
      byCurrency.set(finding.currency, totals);
    }
    const amount = BigInt(finding.amount_minor);
    totals.count += 1;
    totals.amount += amount;
    totals.absolute += amount < 0n ? -amount : amount;
    totals.book += BigInt(finding.book?.amount_minor ?? 0);
    totals.statement += BigInt(finding.statement?.amount_minor ?? 0);
  }
  return [...byCurrency.values()].sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0));
}
