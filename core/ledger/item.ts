import type { Database, SqlValue } from 'sql.js';
import type { CategoryCode } from '../match/categories.ts';
import { queryAll } from '../store/workspace.ts';

/** How an item left the open list: a later day's files, a newer run of its own day, or a person. */
export type ClosedHow = 'carry_forward' | 'newer_run' | 'manual';

/**
 * One exception of the ledger, from the business day it was found until it is closed (and after:
 * closed items stay, with who closed them, when and why).
 */
export type LedgerItem = {
  id: string;
  source: string;
  order_ref: string;
  currency: string;
  /** The category it was found in. */
  origin_category: CategoryCode;
  /** Its category now: a cross-day order past its expiry is book-only. */
  category: CategoryCode;
  amount_minor: number;
  origin_date: string;
  origin_run_id: number;
  last_run_id: number;
  opened_at: string;
  expired_on: string | null;
  state: 'open' | 'resolved';
  closed_how: ClosedHow | null;
  closed_date: string | null;
  closed_run_id: number | null;
  /** The category it had while open, when it was closed. */
  closed_category: CategoryCode | null;
  closed_at: string | null;
  reason: string | null;
  note: string | null;
  closed_by: string | null;
  /** The finding as the run that last saw it stored it (book and statement sides). */
  finding_json: string;
};

export const ITEM_COLUMNS = [
  'id',
  'source',
  'order_ref',
  'currency',
  'origin_category',
  'category',
  'amount_minor',
  'origin_date',
  'origin_run_id',
  'last_run_id',
  'opened_at',
  'expired_on',
  'state',
  'closed_how',
  'closed_date',
  'closed_run_id',
  'closed_category',
  'closed_at',
  'reason',
  'note',
  'closed_by',
  'finding_json',
] as const satisfies readonly (keyof LedgerItem)[];

/** The one-sided categories whose items are matched again against each new day's files. */
export const CARRIED_CATEGORIES: readonly CategoryCode[] = ['pending_cross_day', 'book_only', 'statement_only'];

export const isCarried = (category: CategoryCode): boolean => CARRIED_CATEGORIES.includes(category);

/** Items chosen by a SQL condition on the item table. */
export function readItems(db: Database, where: string, params: SqlValue[] = []): LedgerItem[] {
  return queryAll<LedgerItem>(db, `SELECT * FROM ledger_item WHERE ${where} ORDER BY id`, params);
}

/** The same, without the finding's detail (for counting and ageing many items). */
export function readItemFacts(
  db: Database,
  where: string,
  params: SqlValue[] = [],
): Omit<LedgerItem, 'finding_json'>[] {
  const columns = ITEM_COLUMNS.filter((column) => column !== 'finding_json');
  return queryAll(db, `SELECT ${columns.join(', ')} FROM ledger_item WHERE ${where} ORDER BY id`, params);
}

/** Insert or overwrite each item, whole. */
export function writeItems(db: Database, items: Iterable<LedgerItem>): void {
  const statement = db.prepare(
    `INSERT OR REPLACE INTO ledger_item (${ITEM_COLUMNS.join(', ')}) VALUES (${ITEM_COLUMNS.map(() => '?').join(', ')})`,
  );
  try {
    for (const item of items) statement.run(ITEM_COLUMNS.map((column) => item[column]));
  } finally {
    statement.free();
  }
}

/** What happened to an item, as its history lists it. */
export type ItemEvent = {
  item_id: string;
  run_id: number | null;
  action: 'opened' | 'updated' | 'expired' | 'closed' | 'resolved' | 'reopened';
  business_date: string | null;
  category: CategoryCode;
  amount_minor: number;
  reason: string | null;
  note: string | null;
  user_name: string;
  at: string;
};

const EVENT_COLUMNS = [
  'item_id',
  'run_id',
  'action',
  'business_date',
  'category',
  'amount_minor',
  'reason',
  'note',
  'user_name',
  'at',
] as const satisfies readonly (keyof ItemEvent)[];

export function appendEvents(db: Database, events: Iterable<ItemEvent>): void {
  const statement = db.prepare(
    `INSERT INTO ledger_event (${EVENT_COLUMNS.join(', ')}) VALUES (${EVENT_COLUMNS.map(() => '?').join(', ')})`,
  );
  try {
    for (const event of events) statement.run(EVENT_COLUMNS.map((column) => event[column]));
  } finally {
    statement.free();
  }
}

/** An item's history, oldest first. */
export function itemEvents(db: Database, itemId: string): ItemEvent[] {
  return queryAll<ItemEvent>(db, `SELECT ${EVENT_COLUMNS.join(', ')} FROM ledger_event WHERE item_id = ? ORDER BY id`, [
    itemId,
  ]);
}
