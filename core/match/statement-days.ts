import type { Database } from 'sql.js';
import { isSettlementEntry } from '../canonical/record.ts';
import { queryAll } from '../store/workspace.ts';
import type { MatchTotals } from './match-totals.ts';

/** A statement source and the period its statements cover (null when none states or shows one). */
export type Day = { source: string; start: string | null; end: string | null };

/**
 * Each statement source with the period its statements cover. A source is covered by every
 * statement import whose records name it, whatever the import's own source says (a converted
 * file's import is `mixed`, its rows keep their channel), and by an import fixed to it; only the
 * imports whose records the totals hold count.
 */
export function statementDays(db: Database, totals: MatchTotals): Day[] {
  const imports = queryAll<{ id: number; source: string; start: string | null; end: string | null }>(
    db,
    `SELECT id, source, period_start AS start, period_end AS "end" FROM import WHERE side = 'statement' ORDER BY id`,
  );
  const sourcesByImport = totals.trail.statementSourcesByImport();
  const days = new Map<string, Day>();
  for (const entry of imports) {
    // A ledger's run reconciles one business day: the other days' statements are not its period.
    if (!totals.importIds.has(Number(entry.id))) continue;
    // Bank statements and fund bills are settled against the channels' payouts, not matched to orders.
    if (isSettlementEntry('statement', entry.source)) continue;
    const sources = new Set(sourcesByImport.get(Number(entry.id)));
    if (entry.source !== 'mixed') sources.add(entry.source);
    for (const source of sources) {
      const day = days.get(source) ?? { source, start: null, end: null };
      // As SQL's min() and max() of the periods: nulls ignored, ISO text compared.
      if (entry.start !== null && (day.start === null || entry.start < day.start)) day.start = entry.start;
      if (entry.end !== null && (day.end === null || entry.end > day.end)) day.end = entry.end;
      days.set(source, day);
    }
  }
  return [...days.values()].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
}
