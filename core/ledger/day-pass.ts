import type { Database } from 'sql.js';
import type { CategoryCode } from '../match/categories.ts';
import { queryAll } from '../store/workspace.ts';
import { daysBetween, type BusinessDate } from './business-date.ts';
import { findingId } from './finding-id.ts';
import {
  appendEvents,
  CARRIED_CATEGORIES,
  isCarried,
  readItems,
  writeItems,
  type ItemEvent,
  type LedgerItem,
} from './item.ts';

/** A run of one business day, as the ledger takes it in. */
export type DayRun = {
  runId: number;
  businessDate: BusinessDate;
  user: string;
  at: string;
  /** Days after which a cross-day order whose trade has not come is book-only. */
  expiryDays: number;
};

/** An exception finding of the run, as stored. */
type RunFinding = {
  category: CategoryCode;
  source: string;
  order_ref: string;
  currency: string;
  amount_minor: number;
  book_json: string | null;
  statement_json: string | null;
};

/** The other side's categories a one-sided finding closes: a late trade closes an order without one, and back. */
const CLOSES: Partial<Record<CategoryCode, readonly CategoryCode[]>> = {
  statement_only: ['pending_cross_day', 'book_only'],
  book_only: ['statement_only'],
  pending_cross_day: ['statement_only'],
};

/**
 * Take a run's findings into the ledger: the one-sided items earlier days left open are closed by
 * the day's findings of the other side (same source, order reference, currency and amount); what is
 * left of the day's findings are the day's own items (a rerun of the day updates them, and closes
 * those the newer files no longer show); cross-day orders past their expiry become book-only.
 * A rerun of the same day starts from the ledger as it was before the day's first run, so every
 * run of a day gives the state its files alone give. Only changes are written, each with its event.
 */
export function applyRun(db: Database, run: DayRun): void {
  // The items the day can change: earlier days' open one-sided items (and those a run of the day
  // closed or expired), and the day's own. Other open exceptions wait for a person.
  const stored = readItems(
    db,
    `((state = 'open' OR closed_how = 'manual') AND origin_date < ? AND category IN (${CARRIED}))
     OR (closed_how = 'carry_forward' AND closed_date = ?) OR expired_on = ? OR origin_date = ?`,
    [run.businessDate, run.businessDate, run.businessDate, run.businessDate],
  );
  const items = new Map(stored.map((item) => [item.id, startOfDay(item, run.businessDate)]));
  const findings = queryAll<RunFinding>(
    db,
    `SELECT category, source, order_ref, currency, amount_minor, book_json, statement_json FROM finding
     WHERE run_id = ? ORDER BY source, order_ref, category`,
    [run.runId],
  );
  const carried = openCarried([...items.values()], run.businessDate);
  const own: RunFinding[] = [];
  for (const finding of findings) {
    const partner = takePartner(carried, finding);
    // An item a person resolved already (跨日到账: "it will arrive") takes its counterpart too.
    if (partner?.state === 'open') close(partner, run, 'carry_forward');
    else if (!partner) own.push(finding);
  }
  takeOwnFindings(items, own, run);
  for (const item of items.values()) expire(item, run);
  const before = new Map(stored.map((item) => [item.id, item]));
  const changed = [...items.values()].filter((item) => !sameItem(item, before.get(item.id)));
  writeItems(db, changed);
  appendEvents(
    db,
    changed.map((item) => eventOf(item, before.get(item.id), run)),
  );
}

/** The item as it was before the day's first run: what a run of the day closed or expired is open again. */
function startOfDay(item: LedgerItem, date: BusinessDate): LedgerItem {
  let start = { ...item };
  if (start.closed_how === 'carry_forward' && start.closed_date === date) {
    start = { ...start, ...reopened(), category: start.closed_category ?? start.category };
  }
  if (start.expired_on === date) start = { ...start, category: 'pending_cross_day', expired_on: null };
  return start;
}

const reopened = () =>
  ({
    state: 'open',
    closed_how: null,
    closed_date: null,
    closed_run_id: null,
    closed_category: null,
    closed_at: null,
    reason: null,
    note: null,
    closed_by: null,
  }) as const;

/** Earlier days' one-sided items by key: the open ones, and those resolved by hand before their counterpart came. */
function openCarried(items: LedgerItem[], date: BusinessDate): Map<string, LedgerItem[]> {
  const byKey = new Map<string, LedgerItem[]>();
  for (const item of items) {
    const waiting = item.state === 'open' || item.closed_how === 'manual';
    if (!waiting || item.origin_date >= date || !isCarried(item.category)) continue;
    const key = keyOf(item.source, item.order_ref);
    const same = byKey.get(key);
    if (same) same.push(item);
    else byKey.set(key, [item]);
  }
  return byKey;
}

function takePartner(carried: Map<string, LedgerItem[]>, finding: RunFinding): LedgerItem | undefined {
  const closes = CLOSES[finding.category];
  if (!closes) return undefined;
  const candidates = carried.get(keyOf(finding.source, finding.order_ref)) ?? [];
  const index = candidates.findIndex(
    (item) =>
      closes.includes(item.category) &&
      item.currency === finding.currency &&
      item.amount_minor === finding.amount_minor,
  );
  return index < 0 ? undefined : candidates.splice(index, 1)[0];
}

function close(item: LedgerItem, run: DayRun, how: 'carry_forward' | 'newer_run'): void {
  Object.assign(item, {
    state: 'resolved',
    closed_how: how,
    closed_date: run.businessDate,
    closed_run_id: run.runId,
    closed_category: item.category,
    closed_at: run.at,
    reason: how,
    note: null,
    closed_by: run.user,
  });
}

/** The day's own findings become (or update) the day's items; a day's item its newer run no longer finds is closed. */
function takeOwnFindings(items: Map<string, LedgerItem>, own: RunFinding[], run: DayRun): void {
  const seen = new Set<string>();
  for (const finding of own) {
    const id = findingId(run.businessDate, finding.source, finding.order_ref);
    seen.add(id);
    const existing = items.get(id);
    const facts = {
      source: finding.source,
      order_ref: finding.order_ref,
      currency: finding.currency,
      category: finding.category,
      amount_minor: finding.amount_minor,
      last_run_id: run.runId,
      finding_json: JSON.stringify({ book: parse(finding.book_json), statement: parse(finding.statement_json) }),
    };
    if (!existing) {
      items.set(id, { ...newItem(id, run), ...facts, origin_category: finding.category, ...reopened() });
    } else {
      Object.assign(existing, facts);
      if (existing.closed_how === 'newer_run') Object.assign(existing, reopened());
    }
  }
  for (const item of items.values()) {
    if (item.origin_date === run.businessDate && item.state === 'open' && !seen.has(item.id)) {
      close(item, run, 'newer_run');
    }
  }
}

function newItem(
  id: string,
  run: DayRun,
): Pick<LedgerItem, 'id' | 'origin_date' | 'origin_run_id' | 'opened_at' | 'expired_on'> {
  return { id, origin_date: run.businessDate, origin_run_id: run.runId, opened_at: run.at, expired_on: null };
}

function expire(item: LedgerItem, run: DayRun): void {
  if (item.state !== 'open' || item.category !== 'pending_cross_day') return;
  if (daysBetween(item.origin_date, run.businessDate) < run.expiryDays) return;
  item.category = 'book_only';
  item.expired_on = run.businessDate;
}

function eventOf(item: LedgerItem, before: LedgerItem | undefined, run: DayRun): ItemEvent {
  const action: ItemEvent['action'] = !before
    ? 'opened'
    : item.state === 'resolved' && before.state === 'open'
      ? 'closed'
      : item.state === 'open' && before.state === 'resolved'
        ? 'reopened'
        : item.expired_on !== before.expired_on && item.expired_on !== null
          ? 'expired'
          : 'updated';
  return {
    item_id: item.id,
    run_id: run.runId,
    action,
    business_date: run.businessDate,
    category: item.category,
    amount_minor: item.amount_minor,
    reason: item.closed_how,
    note: null,
    user_name: run.user,
    at: run.at,
  };
}

/** Equal in everything a person would see change (the run that last saw it aside). */
function sameItem(a: LedgerItem, b: LedgerItem | undefined): boolean {
  if (!b) return false;
  return (Object.keys(a) as (keyof LedgerItem)[]).every(
    (column) =>
      column === 'last_run_id' || column === 'closed_at' || column === 'closed_run_id' || a[column] === b[column],
  );
}

const CARRIED = CARRIED_CATEGORIES.map((category) => `'${category}'`).join(', ');

const keyOf = (source: string, orderRef: string): string => `${source}\u0000${orderRef}`;

const parse = (json: string | null): unknown => (json === null ? null : JSON.parse(json));
