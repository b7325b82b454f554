import type { Database } from 'sql.js';
import { currencyExponent } from '../currency.ts';
import { CATEGORY_CODES, type CategoryCode } from '../match/categories.ts';
import { parseMinor } from '../money.ts';
import { fail, issue, ok, type Issue, type Result } from '../result.ts';
import { queryValue } from '../store/workspace.ts';
import { appendEvents, readItems, writeItems, type LedgerItem } from './item.ts';
import { ledgerSettings } from './settings.ts';

/** Resolve the items named, or every open item of a category up to an amount (both sides of zero). */
export type ResolveRequest = {
  ids?: string[];
  category?: string;
  /** A decimal amount in the item's currency (`0.05`), compared with the item's amount, sign aside. */
  max_amount?: string;
  reason: string;
  note?: string;
  user: string;
  at: string;
};

export type ReopenRequest = { ids: string[]; note?: string; user: string; at: string };

export type ResolvedItems = { items: LedgerItem[] };

/** Resolve open items with a reason code from the workspace's list; refused whole when any item cannot be. */
export function resolveItems(db: Database, request: ResolveRequest): Result<ResolvedItems> {
  const reason = ledgerSettings(db).reasons.find((entry) => entry.code === request.reason);
  if (!reason) {
    const codes = ledgerSettings(db).reasons.map((entry) => entry.code);
    return fail(
      issue('reason_unknown', `No reason code "${request.reason}"; the workspace's codes: ${codes.join(', ')}.`),
    );
  }
  const chosen = chooseItems(db, request);
  if (!chosen.ok) return chosen;
  const limit = reason.max_amount_minor;
  const tooLarge = chosen.value.find((item) => limit !== undefined && Math.abs(item.amount_minor) > limit);
  if (tooLarge) {
    return fail(
      issue(
        'reason_limit',
        `${reason.code} takes amounts up to ${limit} minor units; ${tooLarge.id} is ${tooLarge.amount_minor}.`,
      ),
    );
  }
  const date = latestBusinessDate(db);
  const resolved = chosen.value.map((item) => ({
    ...item,
    state: 'resolved' as const,
    closed_how: 'manual' as const,
    closed_date: date,
    closed_run_id: null,
    closed_category: item.category,
    closed_at: request.at,
    reason: reason.code,
    note: request.note ?? null,
    closed_by: request.user,
  }));
  writeItems(db, resolved);
  appendEvents(
    db,
    resolved.map((item) => event(item, 'resolved', request, date)),
  );
  return ok({ items: resolved });
}

/** Open resolved items again; what they were resolved with stays in their history. */
export function reopenItems(db: Database, request: ReopenRequest): Result<ResolvedItems> {
  const found = namedItems(db, request.ids);
  if (!found.ok) return found;
  const notResolved = found.value.find((item) => item.state !== 'resolved');
  if (notResolved) return fail(issue('finding_open', `${notResolved.id} is open already.`));
  const reopened = found.value.map((item) => ({
    ...item,
    state: 'open' as const,
    closed_how: null,
    closed_date: null,
    closed_run_id: null,
    closed_category: null,
    closed_at: null,
    reason: null,
    note: null,
    closed_by: null,
  }));
  writeItems(db, reopened);
  appendEvents(
    db,
    reopened.map((item) => event(item, 'reopened', request, latestBusinessDate(db))),
  );
  return ok({ items: reopened });
}

function chooseItems(db: Database, request: ResolveRequest): Result<LedgerItem[]> {
  if (request.ids && request.ids.length > 0) {
    if (request.category !== undefined) return fail(issue('usage', 'Name findings or a category, not both.'));
    const found = namedItems(db, request.ids);
    if (!found.ok) return found;
    const closed = found.value.find((item) => item.state !== 'open');
    return closed ? fail(issue('finding_not_open', `${closed.id} is not open (${closed.closed_how}).`)) : found;
  }
  if (request.category === undefined) return fail(issue('usage', 'Name the findings to resolve, or a category.'));
  if (!(CATEGORY_CODES as readonly string[]).includes(request.category)) {
    return fail(issue('category_unknown', `No category "${request.category}".`));
  }
  const open = readItems(db, `state = 'open' AND category = ?`, [request.category as CategoryCode]);
  const within: LedgerItem[] = [];
  for (const item of open) {
    const limit = request.max_amount === undefined ? null : maxMinor(request.max_amount, item.currency);
    if (typeof limit === 'object' && limit !== null) return fail(limit);
    if (limit === null || Math.abs(item.amount_minor) <= limit) within.push(item);
  }
  if (within.length === 0) return fail(issue('nothing_to_resolve', `No open ${request.category} item matches.`));
  return ok(within);
}

export function namedItems(db: Database, ids: readonly string[]): Result<LedgerItem[]> {
  const unique = [...new Set(ids)];
  const found = readItems(db, `id IN (${unique.map(() => '?').join(', ')})`, unique);
  const missing = unique.filter((id) => !found.some((item) => item.id === id));
  if (missing.length > 0) return fail(issue('finding_unknown', `No finding ${missing.join(', ')} in the workspace.`));
  return ok(found);
}

function maxMinor(text: string, currency: string): number | Issue {
  const parsed = parseMinor(text, currencyExponent(currency) ?? 2);
  return typeof parsed === 'number'
    ? parsed
    : issue('amount_invalid', `--max-amount "${text}" is not an amount in ${currency}: ${parsed}.`);
}

function latestBusinessDate(db: Database): string | null {
  const value = queryValue(db, 'SELECT max(business_date) FROM ledger_run');
  return typeof value === 'string' ? value : null;
}

const event = (
  item: LedgerItem,
  action: 'resolved' | 'reopened',
  request: { note?: string; user: string; at: string },
  date: string | null,
) => ({
  item_id: item.id,
  run_id: null,
  action,
  business_date: date,
  category: item.category,
  amount_minor: item.amount_minor,
  reason: item.reason,
  note: request.note ?? null,
  user_name: request.user,
  at: request.at,
});
