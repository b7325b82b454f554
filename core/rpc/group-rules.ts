import type { Database } from 'sql.js';
import type { MatchRule } from '../match/match-rules.ts';
import { queryAll } from '../store/workspace.ts';
import type { FindingsPage } from './contract.ts';

/**
 * The page's findings each naming the rule of its stored group. The exception rows carry their
 * rule; the informational outcomes (a split payment is `matched`) do not, so the rule is read from
 * the group the run kept for the key. A key without a group keeps no rule (the plain `exact`).
 */
export function withGroupRules(db: Database, runId: number, page: FindingsPage): FindingsPage {
  if (page.category === 'fee_mismatch') return page;
  const missing = page.rows.filter((row) => row.match_rule === undefined && (row.group ?? []).length > 0);
  if (missing.length === 0) return page;
  const rules = queryAll<{ source: string; order_ref: string; rule: MatchRule }>(
    db,
    `SELECT source, order_ref, rule FROM match_group WHERE run_id = ? AND (${missing
      .map(() => '(source = ? AND order_ref = ?)')
      .join(' OR ')}) ORDER BY id`,
    [runId, ...missing.flatMap((row) => [row.source, row.order_ref])],
  );
  const byKey = new Map<string, MatchRule>();
  for (const { source, order_ref, rule } of rules) byKey.set(JSON.stringify([source, order_ref]), rule);
  return {
    ...page,
    rows: page.rows.map((row) => {
      const rule = row.match_rule ?? byKey.get(JSON.stringify([row.source, row.order_ref]));
      return rule === undefined ? row : { ...row, match_rule: rule };
    }),
  };
}
