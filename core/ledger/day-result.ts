import type { Database } from 'sql.js';
import type { CategoryCode } from '../match/categories.ts';
import { exactTotal } from '../money.ts';
import { queryValue } from '../store/workspace.ts';
import { agingOf, type AgeBucket } from './aging.ts';
import { daysBetween, type BusinessDate } from './business-date.ts';
import { isCarried } from './item.ts';

type Tally = { count: number; amount_minor: number };

/** What a day's run adds to its result: the carry-forward, the other open exceptions, their ages, the corrections. */
export type DayResult = {
  business_date: BusinessDate;
  carry_forward: {
    /** Earlier days' one-sided items this day's files closed, under the category they had while open. */
    resolved: Tally & { by_category: Partial<Record<CategoryCode, Tally>> };
    /** Every one-sided item open after this day (this day's own at age 0), by category and by exact age in days. */
    open: Tally & { by_category: Partial<Record<CategoryCode, Tally>>; by_age_days: Record<string, number> };
  };
  /** The open exceptions that are not carried forward (amount mismatches, duplicate charges, …). */
  open_exceptions: { count: number; by_category: Partial<Record<CategoryCode, Tally>> };
  /** Every open item by age bucket. */
  aging: Record<AgeBucket, number>;
  corrections: { paid_not_notified: number };
};

/**
 * The ledger after a day's run, as its result reports it. Amounts are of the run's currency
 * (`currency`), as the categories' are; counts take every item.
 */
export function dayResult(db: Database, runId: number, date: BusinessDate, currency: string | null): DayResult {
  const add = (tally: Tally, group: Group, by: Partial<Record<CategoryCode, Tally>>) => {
    const own = (by[group.category] ??= { count: 0, amount_minor: 0 });
    for (const target of [tally, own]) {
      target.count += group.count;
      if (group.currency === currency) target.amount_minor = exactTotal(target.amount_minor + group.amount);
    }
  };
  const resolved = { count: 0, amount_minor: 0, by_category: {} };
  const closedToday = groups(
    db,
    `SELECT coalesce(closed_category, category) AS category, origin_date, currency, count(*) AS count,
       sum(amount_minor) AS amount FROM ledger_item WHERE closed_how = 'carry_forward' AND closed_date = ?
     GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    date,
  );
  for (const group of closedToday) add(resolved, group, resolved.by_category);
  const open = { count: 0, amount_minor: 0, by_category: {}, by_age_days: {} as Record<string, number> };
  const exceptions = { count: 0, amount_minor: 0, by_category: {} };
  const ages: number[] = [];
  const stillOpen = groups(
    db,
    `SELECT category, origin_date, currency, count(*) AS count, sum(amount_minor) AS amount FROM ledger_item
     WHERE state = 'open' AND origin_date <= ? GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    date,
  );
  for (const group of stillOpen) {
    const age = daysBetween(group.origin_date, date);
    for (let i = 0; i < group.count; i++) ages.push(age);
    if (!isCarried(group.category)) {
      add(exceptions, group, exceptions.by_category);
      continue;
    }
    add(open, group, open.by_category);
    open.by_age_days[String(age)] = (open.by_age_days[String(age)] ?? 0) + group.count;
  }
  const paidNotNotified = Number(
    queryValue(db, `SELECT count(*) FROM finding WHERE run_id = ? AND category = 'paid_not_notified'`, [runId]) ?? 0,
  );
  return {
    business_date: date,
    carry_forward: { resolved, open },
    open_exceptions: { count: exceptions.count, by_category: exceptions.by_category },
    aging: agingOf(ages),
    corrections: { paid_not_notified: paidNotNotified },
  };
}

/** Items counted and summed in SQL, per category, origin day and currency. */
type Group = { category: CategoryCode; origin_date: string; currency: string; count: number; amount: number };

function groups(db: Database, sql: string, date: BusinessDate): Group[] {
  return (db.exec(sql, [date])[0]?.values ?? []).map(([category, origin_date, currency, count, amount]) => ({
    category: category as CategoryCode,
    origin_date: String(origin_date),
    currency: String(currency),
    count: Number(count),
    amount: Number(amount),
  }));
}
