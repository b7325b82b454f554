import { exactTotal } from '../money.ts';
import { CATEGORIES, CATEGORY_CODES, type CategoryCode } from './categories.ts';
import { categoryAmount, categorize } from './classify.ts';
import type { KeyTotal, KeyTotals } from './key-totals.ts';
import { CATEGORY_NUMBER, outcomeNumber } from './outcomes.ts';
import type { CategoryTotals } from './types.ts';

/** An exception key: its totals, reference, statement records, category, currency and the amount it counts with. */
export type ExceptionKey = {
  key: KeyTotal;
  order_ref: string | null;
  statementRecords: number[];
  category: CategoryCode;
  currency: string;
  amount: number;
};

/**
 * A key of an informational outcome, as the outcome_key table keeps it: category, currency,
 * category amount, first book payment, book amount and refund, succeeded statement payments and
 * their sum, statement refunds and reversals, and the statement record ids.
 */
export type OutcomeKeyRow = [
  CategoryCode,
  string,
  number,
  number | null,
  number,
  number,
  number,
  number,
  number,
  number,
  number[],
];

/** Keys of one category, source and currency: how many, and their amounts summed. */
type Group = { category: CategoryCode; source: string; currency: string; count: number; amount: number };

/** `keyOutcome[key]`: the outcome number each key ended in (see outcomes.ts), for the completeness control. */
export type Classification = {
  groups: Group[];
  exceptions: ExceptionKey[];
  /** The keys of informational outcomes (matched, refund matched, unpaid, closed, revoked), to browse them. */
  outcomes: OutcomeKeyRow[];
  keyOutcome: Uint8Array;
};

const OUTSIDE = outcomeNumber('out_of_scope:no_statement');

/**
 * Every key of a source in scope gets its category. `crossDayFrom` holds the sources in scope,
 * each with its cross-day cut-off (epoch seconds): book payments from then on may be on the next
 * statement.
 */
export function classifyKeys(
  totals: KeyTotals,
  crossDayFrom: ReadonlyMap<string, number | null>,
  toleranceMinor: number,
): Classification {
  const groups = new Groups();
  const exceptions: ExceptionKey[] = [];
  const outcomes: OutcomeKeyRow[] = [];
  const keyOutcome = new Uint8Array(totals.size);
  const key = {} as KeyTotal;
  for (let number = 0; number < totals.size; number++) {
    const from = crossDayFrom.get(totals.sourceOf(number));
    if (from === undefined) {
      keyOutcome[number] = OUTSIDE;
      continue;
    }
    totals.read(number, key);
    const category = categorize(key, { crossDayFrom: from, toleranceMinor });
    keyOutcome[number] = CATEGORY_NUMBER[category];
    const currency = key.book_currency ?? key.statement_currency ?? '';
    const amount = categoryAmount(key, category);
    const group = groups.of(category, key.source, currency);
    group.count++;
    group.amount = exactTotal(group.amount + amount);
    const statementRecords = totals.statementRecords(number);
    if (CATEGORIES[category].severity === 'info') {
      outcomes.push([
        category,
        currency,
        amount,
        key.book_id,
        key.amount,
        key.refund,
        key.payments,
        key.paid,
        key.refunded,
        key.reversed,
        statementRecords,
      ]);
      continue;
    }
    const order_ref = totals.orderRef(number);
    exceptions.push({ key: { ...key }, order_ref, statementRecords, category, currency, amount });
  }
  return { groups: groups.all(), exceptions, outcomes, keyOutcome };
}

/** Groups by category, source and currency (the words are few, so nested maps find them fast). */
class Groups {
  private readonly byCategory = new Map<CategoryCode, Map<string, Map<string, Group>>>();
  private readonly list: Group[] = [];

  of(category: CategoryCode, source: string, currency: string): Group {
    let bySource = this.byCategory.get(category);
    if (!bySource) this.byCategory.set(category, (bySource = new Map()));
    let byCurrency = bySource.get(source);
    if (!byCurrency) bySource.set(source, (byCurrency = new Map()));
    let group = byCurrency.get(currency);
    if (!group) {
      group = { category, source, currency, count: 0, amount: 0 };
      byCurrency.set(currency, group);
      this.list.push(group);
    }
    return group;
  }

  all(): Group[] {
    return this.list;
  }
}

/**
 * Counts and amounts per category and source, every category present. Amounts are never summed
 * across currencies: they are of the run's main currency (the one most keys are in).
 */
export function categoryTotals(
  groups: readonly Group[],
  sources: readonly string[],
): { categories: Record<CategoryCode, CategoryTotals>; currency: string | null } {
  const keysByCurrency = new Map<string, number>();
  for (const row of groups) keysByCurrency.set(row.currency, (keysByCurrency.get(row.currency) ?? 0) + row.count);
  const currency =
    [...keysByCurrency.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
  const categories = Object.fromEntries(
    CATEGORY_CODES.map((code) => [
      code,
      {
        count: 0,
        amount_minor: 0,
        by_source: Object.fromEntries(sources.map((s) => [s, { count: 0, amount_minor: 0 }])),
      },
    ]),
  ) as Record<CategoryCode, CategoryTotals>;
  for (const row of groups) {
    const totals = categories[row.category];
    totals.count += row.count;
    const bySource = (totals.by_source[row.source] ??= { count: 0, amount_minor: 0 });
    bySource.count += row.count;
    if (row.currency !== currency) continue;
    totals.amount_minor = exactTotal(totals.amount_minor + row.amount);
    bySource.amount_minor = exactTotal(bySource.amount_minor + row.amount);
  }
  return { categories, currency };
}
