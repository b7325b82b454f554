import { ageBucket, agingOf, type AgeBucket } from '../../../../core/ledger/aging.ts';
import { daysBetween } from '../../../../core/ledger/business-date.ts';
import type { RunRecord } from '../../../../core/ledger/history.ts';
import type { LedgerItem } from '../../../../core/ledger/item.ts';
import type { PeriodSignoff } from '../../../../core/ledger/signoff-state.ts';
import { amountBound } from '../results/grid-view.ts';

/** The ledger's latest business day: the day open items are aged to. */
export function latestBusinessDate(history: readonly RunRecord[]): string | null {
  let latest: string | null = null;
  for (const run of history)
    if (run.business_date && (!latest || run.business_date > latest)) latest = run.business_date;
  return latest;
}

/** Every business day of the ledger, oldest first. */
export const businessDates = (history: readonly RunRecord[]): string[] =>
  [...new Set(history.flatMap((run) => (run.business_date ? [run.business_date] : [])))].sort();

/** Days since the item was found: to the latest business day while open, to the day it closed once closed. */
export function itemAge(item: LedgerItem, latest: string | null): number {
  const until = item.state === 'open' ? latest : (item.closed_date ?? latest);
  return until ? Math.max(0, daysBetween(item.origin_date, until)) : 0;
}

/** What the open items list is narrowed to; empty fields do not narrow. */
export type ItemFilter = {
  state: 'open' | 'resolved' | 'all';
  categories: string[];
  ages: AgeBucket[];
  /** Case-insensitive part of the order reference, the source or the item id. */
  search: string;
  /** Items up to this amount, sign aside, typed in major units ("0.05"): small differences cleared in bulk. */
  maxAmount: string;
};

export const DEFAULT_FILTER: ItemFilter = { state: 'open', categories: [], ages: [], search: '', maxAmount: '' };

const withinAmount = (item: LedgerItem, typed: string): boolean => {
  const bound = amountBound(typed, item.currency);
  return typeof bound !== 'number' || Math.abs(item.amount_minor) <= bound;
};

export function filterItems(items: readonly LedgerItem[], filter: ItemFilter, latest: string | null): LedgerItem[] {
  const needle = filter.search.trim().toLowerCase();
  return items.filter(
    (item) =>
      (filter.state === 'all' || item.state === filter.state) &&
      (filter.categories.length === 0 || filter.categories.includes(item.category)) &&
      (filter.ages.length === 0 || filter.ages.includes(ageBucket(itemAge(item, latest)))) &&
      (needle === '' || [item.order_ref, item.source, item.id].some((text) => text.toLowerCase().includes(needle))) &&
      withinAmount(item, filter.maxAmount),
  );
}

/** How many open items fall in each age bucket (every bucket present). */
export const openAging = (items: readonly LedgerItem[], latest: string | null): Record<AgeBucket, number> =>
  agingOf(items.filter((item) => item.state === 'open').map((item) => itemAge(item, latest)));

/** The approved period an item's business day falls in: nothing about it may change then. */
export const lockOf = (item: LedgerItem, signoffs: readonly PeriodSignoff[]): PeriodSignoff | undefined =>
  signoffs.find(
    (period) => period.status === 'approved' && period.from <= item.origin_date && item.origin_date <= period.to,
  );
