import { currencyExponent } from '../../../../core/currency.ts';
import { parseMinor } from '../../../../core/money.ts';
import type { FindingSortColumn, FindingsQuery } from '../../../../core/rpc/contract.ts';

/** What the user chose above the grid: search, sort and column filters (amounts as typed). */
export type GridView = {
  search: string;
  sort: { column: FindingSortColumn; descending: boolean } | null;
  sources: readonly string[];
  statuses: readonly string[];
  amountMin: string;
  amountMax: string;
  /** A time range in the user's clock, "2024-03-15 10:00", as the picker gives it; empty for open. */
  from: string;
  to: string;
};

export const EMPTY_VIEW: GridView = {
  search: '',
  sort: null,
  sources: [],
  statuses: [],
  amountMin: '',
  amountMax: '',
  from: '',
  to: '',
};

/** A time the picker gave in the user's clock as an instant; null when empty or not a time. */
export function instant(local: string): string | null {
  if (local.trim() === '') return null;
  const time = new Date(local.trim().replace(' ', 'T'));
  return Number.isNaN(time.getTime()) ? null : time.toISOString();
}

const SORTABLE: readonly string[] = [
  'order_ref',
  'source',
  'amount',
  'book_status',
  'book_amount',
  'payments',
  'statement_amount',
  'refunds',
] satisfies readonly FindingSortColumn[];

export const isSortable = (column: string): column is FindingSortColumn => SORTABLE.includes(column);

/** A header click: ascending first, then descending, then back to the default order. */
export function nextSort(current: GridView['sort'], column: FindingSortColumn): GridView['sort'] {
  if (current?.column !== column) return { column, descending: false };
  return current.descending ? null : { column, descending: true };
}

/** An amount bound typed in major units ("100.50") as minor units; null when empty, 'invalid' when not an amount. */
export function amountBound(typed: string, currency: string | null): number | null | 'invalid' {
  const text = typed.trim();
  if (text === '') return null;
  const minor = parseMinor(text, (currency === null ? undefined : currencyExponent(currency)) ?? 2);
  return typeof minor === 'number' ? minor : 'invalid';
}

/** The engine query's filter part for a view; amounts that are not amounts are left out (the field says so). */
export function viewQuery(view: GridView, currency: string | null): Partial<FindingsQuery> {
  const min = amountBound(view.amountMin, currency);
  const max = amountBound(view.amountMax, currency);
  const from = instant(view.from);
  const to = instant(view.to);
  return {
    ...(view.search.trim() ? { search: view.search.trim() } : {}),
    ...(view.sort ? { sort: view.sort } : {}),
    ...(view.sources.length ? { sources: [...view.sources] } : {}),
    ...(view.statuses.length ? { statuses: [...view.statuses] } : {}),
    ...(typeof min === 'number' ? { amount_min: min } : {}),
    ...(typeof max === 'number' ? { amount_max: max } : {}),
    ...(from ? { occurred_from: from } : {}),
    ...(to ? { occurred_to: to } : {}),
  };
}
