import type { Database } from 'sql.js';
import type { CategoryCode } from '../match/categories.ts';
import { queryAll } from '../store/workspace.ts';

/** How one category's exceptions were handled, over the whole workspace. */
export type CategoryHandling = {
  open: number;
  /** Closed by a later day's files or a newer run of the day. */
  closed_automatically: number;
  closed_by_hand: number;
  /** Hours from being found to being closed, over the closed items (null when none is closed). */
  median_hours: number | null;
  p90_hours: number | null;
  target_hours: number | null;
  /** Items closed after their target, or open longer than it now. */
  past_target: number;
};

export type HandlingMetrics = Partial<Record<CategoryCode, CategoryHandling>>;

type Row = {
  category: CategoryCode;
  state: string;
  closed_how: string | null;
  opened_at: string;
  closed_at: string | null;
};

/** Handling metrics per category the items were found in, as of `now`. */
export function handlingMetrics(
  db: Database,
  targets: Partial<Record<CategoryCode, number>>,
  now: string,
): HandlingMetrics {
  const rows = queryAll<Row>(
    db,
    'SELECT origin_category AS category, state, closed_how, opened_at, closed_at FROM ledger_item ORDER BY origin_category',
  );
  const byCategory = new Map<CategoryCode, Row[]>();
  for (const row of rows) {
    const items = byCategory.get(row.category);
    if (items) items.push(row);
    else byCategory.set(row.category, [row]);
  }
  const metrics: HandlingMetrics = {};
  for (const [category, items] of byCategory) metrics[category] = handlingOf(items, targets[category] ?? null, now);
  return metrics;
}

function handlingOf(items: Row[], target: number | null, now: string): CategoryHandling {
  const hours = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 3_600_000;
  const durations = items
    .filter((item) => item.state === 'resolved' && item.closed_at !== null)
    .map((item) => hours(item.opened_at, item.closed_at ?? now))
    .sort((a, b) => a - b);
  const late = items.filter((item) => {
    const took = hours(item.opened_at, item.state === 'open' ? now : (item.closed_at ?? now));
    return target !== null && took > target;
  });
  return {
    open: items.filter((item) => item.state === 'open').length,
    closed_automatically: items.filter((item) => item.closed_how === 'carry_forward' || item.closed_how === 'newer_run')
      .length,
    closed_by_hand: items.filter((item) => item.closed_how === 'manual').length,
    median_hours: percentile(durations, 0.5),
    p90_hours: percentile(durations, 0.9),
    target_hours: target,
    past_target: late.length,
  };
}

/** The nearest-rank percentile, in hours to two decimals. */
function percentile(sorted: readonly number[], share: number): number | null {
  if (sorted.length === 0) return null;
  const value = sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)] ?? 0;
  return Math.round(value * 100) / 100;
}
