import { exactTotal } from '../money.ts';
import { CATEGORIES, CATEGORY_CODES, type CategoryCode } from './categories.ts';
import { categoryAmount, categorize, needsRecords, type KeyRecords, type KeyRule } from './classify.ts';
import { crossChannelPartners } from './cross-channel.ts';
import type { KeyTotal, KeyTotals } from './key-totals.ts';
import { keylessPartners } from './keyless.ts';
import { mergeKeys } from './partners.ts';
import { secondaryPartners, type SecondaryLookups } from './secondary-keys.ts';
import type { MatchRule } from './match-rules.ts';
import { CATEGORY_NUMBER, outcomeNumber } from './outcomes.ts';
import type { CategoryTotals } from './types.ts';

/**
 * A key the run keeps: an exception (a finding) or a key paired by a rule other than `exact`.
 * Its totals (those of both keys when paired across channels), reference, records, category,
 * rule, currency and the amount it counts with.
 */
export type ExceptionKey = {
  key: KeyTotal;
  order_ref: string | null;
  statementRecords: number[];
  bookRecords: number[];
  category: CategoryCode;
  rule: MatchRule;
  /** The channel the book booked it on, when its payment was found on another one (rule cross_channel). */
  bookSource: string | null;
  currency: string;
  amount: number;
  /** Whether it is listed as a finding (an exception), or only kept as a group. */
  finding: boolean;
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

/**
 * `keyOutcome[key]`: the outcome number each key ended in (see outcomes.ts), for the completeness
 * control. `exceptions`: the kept keys (findings and groups).
 */
export type Classification = {
  groups: Group[];
  exceptions: ExceptionKey[];
  /** The keys of informational outcomes (matched, refund matched, unpaid, closed, revoked), to browse them. */
  outcomes: OutcomeKeyRow[];
  keyOutcome: Uint8Array;
};

const OUTSIDE = outcomeNumber('out_of_scope:no_statement');

/** Informational categories whose keys are still kept as groups (and shown), not only counted. */
const KEPT_INFO: ReadonlySet<CategoryCode> = new Set(['channel_switched']);

/**
 * Every key of a source in scope gets its category and the rule that paired its records. `scope`
 * holds the sources in scope, each with its rule (cross-day cut-off, tolerance). `records` reads
 * a key's records, for the few keys whose totals cannot tell the rule (see needsRecords). A
 * statement payment whose order is booked on another channel is paired with it first (a gateway
 * failover): the pair counts once, under the channel that carried the payment.
 */
export function classifyKeys(
  totals: KeyTotals,
  scope: ReadonlyMap<string, KeyRule>,
  records: (key: number) => KeyRecords,
  lookups?: SecondaryLookups,
): Classification {
  const groups = new Groups();
  const exceptions: ExceptionKey[] = [];
  const outcomes: OutcomeKeyRow[] = [];
  const keyOutcome = new Uint8Array(totals.size);
  const partners = crossChannelPartners(totals, scope);
  if (lookups) secondaryPartners(totals, scope, lookups, partners);
  const ambiguous = keylessPartners(totals, scope, records, partners);
  const key = {} as KeyTotal;
  const other = {} as KeyTotal;
  for (let number = 0; number < totals.size; number++) {
    const rule = scope.get(totals.sourceOf(number));
    if (rule === undefined) {
      keyOutcome[number] = OUTSIDE;
      continue;
    }
    if (partners.books.has(number)) continue;
    totals.read(number, key);
    const partner = partners.of.get(number);
    let bookSource: string | null = null;
    let decision;
    const tied = ambiguous.get(number) ?? [];
    if (partner !== undefined) {
      totals.read(partner.book, other);
      mergeKeys(key, other);
      decision = { category: partner.category ?? categorize(key, rule).category, rule: partner.rule };
      if (partner.rule === 'cross_channel') bookSource = other.source;
      keyOutcome[partner.book] = CATEGORY_NUMBER[decision.category];
    } else if (ambiguous.has(number)) decision = { category: 'ambiguous' as const, rule: 'ambiguous' as const };
    else decision = categorize(key, rule, needsRecords(key) ? records(number) : undefined);
    const { category } = decision;
    keyOutcome[number] = CATEGORY_NUMBER[category];
    const currency = key.book_currency ?? key.statement_currency ?? '';
    const amount = categoryAmount(key, category);
    const group = groups.of(category, key.source, currency);
    group.count++;
    group.amount = exactTotal(group.amount + amount);
    const finding = CATEGORIES[category].severity !== 'info';
    // A pair's records are both keys'; a tie's, those of every key it ties with.
    const both = partner === undefined ? [number, ...tied] : [partner.book, number];
    const statementRecords = (): number[] =>
      both.length === 1 ? totals.statementRecords(number) : both.flatMap((n) => totals.statementRecords(n));
    if (!finding) {
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
        statementRecords(),
      ]);
    }
    const kept = finding || KEPT_INFO.has(category) || (decision.rule !== 'exact' && decision.rule !== 'unpaired');
    if (!kept) continue;
    exceptions.push({
      key: { ...key },
      order_ref: totals.orderRef(partner?.book ?? number) ?? totals.orderRef(number),
      statementRecords: statementRecords(),
      bookRecords: both.flatMap((n) => totals.bookRecords(n)),
      category,
      rule: decision.rule,
      bookSource,
      currency,
      amount,
      finding,
    });
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
