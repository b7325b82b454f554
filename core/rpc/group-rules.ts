import type { Database } from 'sql.js';
import type { MatchRule } from '../match/match-rules.ts';
import type { Finding, GroupRecord } from '../match/types.ts';
import { queryAll } from '../store/workspace.ts';
import type { FindingsPage } from './contract.ts';

type StoredGroup = { id: number; source: string; order_ref: string; category: string; rule: MatchRule };

/**
 * The page's informational findings (a split payment is `matched`, a switched channel
 * `channel_switched`) completed from the group the run kept for their key: its rule, and — when
 * the group is on another source than the row names (a payment carried by another channel than
 * the booked one) — that source, the channel that carried the payment, and its records. The
 * exception rows carry all of it already; a key without a group (the plain `exact`) stays as it is.
 */
export function withGroupRules(db: Database, runId: number, page: FindingsPage): FindingsPage {
  if (page.category === 'fee_mismatch') return page;
  const missing = page.rows.filter((row) => row.match_rule === undefined);
  if (missing.length === 0) return page;
  // By the index (run, source, order_ref): each source the run has groups on, each order of the page.
  const categories = new Set<string>(missing.map((row) => row.category));
  const groups = queryAll<StoredGroup>(
    db,
    `SELECT id, source, order_ref, category, rule FROM match_group
     WHERE run_id = ? AND source IN (SELECT DISTINCT source FROM match_group WHERE run_id = ?)
       AND order_ref IN (SELECT value FROM json_each(?))
     ORDER BY id`,
    [runId, runId, JSON.stringify([...new Set(missing.map((row) => row.order_ref))])],
  ).filter((group) => categories.has(group.category));
  if (groups.length === 0) return page;
  const byKey = new Map<string, StoredGroup[]>();
  for (const group of groups) {
    const key = JSON.stringify([group.order_ref, group.category]);
    byKey.set(key, [...(byKey.get(key) ?? []), group]);
  }
  const chosen = new Map<Finding, StoredGroup>();
  for (const row of missing) {
    const candidates = byKey.get(JSON.stringify([row.order_ref, row.category])) ?? [];
    const group =
      candidates.find((g) => g.source === row.source) ?? (candidates.length === 1 ? candidates[0] : undefined);
    if (group) chosen.set(row, group);
  }
  const moved = [...chosen].filter(([row, group]) => group.source !== row.source).map(([, group]) => group.id);
  const records = moved.length === 0 ? new Map<number, GroupRecord[]>() : recordsOf(db, moved);
  return {
    ...page,
    rows: page.rows.map((row) => {
      const group = chosen.get(row);
      if (!group) return row;
      if (group.source === row.source) return { ...row, match_rule: group.rule };
      return { ...row, source: group.source, match_rule: group.rule, group: records.get(group.id) ?? [] };
    }),
  };
}

/** The records of these groups, book side first, each with its file and line. */
function recordsOf(db: Database, ids: readonly number[]): Map<number, GroupRecord[]> {
  const rows = queryAll<GroupRecord & { group_id: number }>(
    db,
    `SELECT m.group_id, r.side, r.source, r.kind, r.status, r.amount_minor, r.currency, r.channel_ref, r.occurred_at,
       i.file, r.line
     FROM match_record m JOIN record r ON r.id = m.record_id JOIN import i ON i.id = r.import_id
     WHERE m.group_id IN (${ids.map(() => '?').join(', ')})
     ORDER BY m.group_id, r.side = 'statement', r.id`,
    [...ids],
  );
  const byGroup = new Map<number, GroupRecord[]>();
  for (const { group_id, ...record } of rows) byGroup.set(group_id, [...(byGroup.get(group_id) ?? []), record]);
  return byGroup;
}
