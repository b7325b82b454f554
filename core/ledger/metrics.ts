import type { Database } from 'sql.js';
import type { CategoryCode } from '../match/categories.ts';

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

/**
 * Handling metrics per category the items were found in, as of `now`: the closed items' times to
 * resolution are read one by one, the open ones are counted in SQL (there may be many).
 */
export function handlingMetrics(
  db: Database,
  targets: Partial<Record<CategoryCode, number>>,
  now: string,
): HandlingMetrics {
  const metrics: HandlingMetrics = {};
  const entry = (category: CategoryCode): CategoryHandling =>
    (metrics[category] ??= {
      open: 0,
      closed_automatically: 0,
      closed_by_hand: 0,
      median_hours: null,
      p90_hours: null,
      target_hours: targets[category] ?? null,
      past_target: 0,
    });
  const durations = new Map<CategoryCode, number[]>();
  const closed = db.exec(
    `SELECT origin_category, closed_how, opened_at, closed_at FROM ledger_item WHERE state = 'resolved' ORDER BY origin_category`,
  );
  for (const [category, how, opened, closedAt] of closed[0]?.values ?? []) {
    const handling = entry(category as CategoryCode);
    if (how === 'manual') handling.closed_by_hand++;
    else handling.closed_automatically++;
    const took = hoursBetween(String(opened), String(closedAt ?? now));
    if (handling.target_hours !== null && took > handling.target_hours) handling.past_target++;
    const list = durations.get(category as CategoryCode);
    if (list) list.push(took);
    else durations.set(category as CategoryCode, [took]);
  }
  const open = db.exec(
    `SELECT origin_category, opened_at, count(*) FROM ledger_item WHERE state = 'open' GROUP BY 1, 2 ORDER BY 1, 2`,
  );
  for (const [category, opened, count] of open[0]?.values ?? []) {
    const handling = entry(category as CategoryCode);
    handling.open += Number(count);
    if (handling.target_hours !== null && hoursBetween(String(opened), now) > handling.target_hours)
      handling.past_target += Number(count);
  }
  for (const [category, list] of durations) {
    const handling = entry(category);
    list.sort((a, b) => a - b);
    handling.median_hours = percentile(list, 0.5);
    handling.p90_hours = percentile(list, 0.9);
  }
  return metrics;
}

const hoursBetween = (from: string, to: string): number => (Date.parse(to) - Date.parse(from)) / 3_600_000;

/** The nearest-rank percentile, in hours to two decimals. */
function percentile(sorted: readonly number[], share: number): number | null {
  if (sorted.length === 0) return null;
  const value = sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)] ?? 0;
  return Math.round(value * 100) / 100;
}
