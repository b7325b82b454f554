import type { Database } from 'sql.js';
import type { MatchRule } from '../match/match-rules.ts';
import type { Finding } from '../match/types.ts';
import { queryAll } from '../store/workspace.ts';
import type { FindingsPage } from './contract.ts';

type StoredGroup = { source: string; order_ref: string; category: string; rule: MatchRule };

/**
 * The page's informational findings (a split payment is `matched`, a switched channel
 * `channel_switched`) completed with the rule of the group the run kept for their key (source,
 * order reference and category). The exception rows carry their rule already; a key without a
 * group (the plain `exact`) stays as it is.
 */
export function withGroupRules(db: Database, runId: number, page: FindingsPage): FindingsPage {
  if (page.category === 'fee_mismatch') return page;
  const missing = page.rows.filter((row) => row.match_rule === undefined);
  if (missing.length === 0) return page;
  const groups = queryAll<StoredGroup>(
    db,
    `SELECT source, order_ref, category, rule FROM match_group
     WHERE run_id = ? AND source IN (SELECT value FROM json_each(?)) AND order_ref IN (SELECT value FROM json_each(?))`,
    [
      runId,
      JSON.stringify([...new Set(missing.map((row) => row.source))]),
      JSON.stringify([...new Set(missing.map((row) => row.order_ref))]),
    ],
  );
  if (groups.length === 0) return page;
  const rules = new Map(groups.map((g) => [JSON.stringify([g.source, g.order_ref, g.category]), g.rule]));
  const ruleOf = (row: Finding) => rules.get(JSON.stringify([row.source, row.order_ref, row.category]));
  return {
    ...page,
    rows: page.rows.map((row) => {
      const rule = row.match_rule === undefined ? ruleOf(row) : undefined;
      return rule === undefined ? row : { ...row, match_rule: rule };
    }),
  };
}
