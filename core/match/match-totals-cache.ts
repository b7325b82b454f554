import type { Database } from 'sql.js';
import { queryAll } from '../store/workspace.ts';
import { MatchTotalsFeed, loadMatchTotals } from './feed-match-totals.ts';
import { MatchTotals } from './match-totals.ts';

/**
 * The workspace's match totals, kept up to date while files are stored so that a run need not
 * read every record again. Whenever they might differ from the records (an import failed or
 * was removed, another workspace was opened) they are dropped, and the next run reads them
 * from the records.
 */
export class MatchTotalsCache {
  private totals: MatchTotals | null = null;
  private feeding: MatchTotalsFeed | null = null;

  /** A feed for the import about to be stored, or null when the totals are not kept now. */
  startImport(db: Database): MatchTotalsFeed | null {
    const ids = importIds(db);
    // Totals of the imports stored from now on serve a run of just those (a ledger's new business
    // day in a reopened workspace); a run of every import reads the others from the records.
    if (!this.totals || ![...this.totals.importIds].every((id) => ids.has(id))) this.totals = new MatchTotals();
    this.feeding = this.totals ? new MatchTotalsFeed(this.totals) : null;
    return this.feeding;
  }

  /** The import was stored: its records are in the totals. */
  finishImport(importId: number): void {
    if (this.feeding && this.totals) {
      this.totals.importIds.add(importId);
      this.totals.trail.name(importId);
    }
    this.feeding = null;
  }

  /** The import was not stored, though part of it may have been fed. */
  abandonImport(): void {
    if (this.feeding) this.totals = null;
    this.feeding = null;
  }

  /** Records changed other than by an import. */
  invalidate(): void {
    this.totals = null;
    this.feeding = null;
  }

  /** Totals of exactly the records of the given imports (the kept ones when they hold just those imports). */
  scoped(db: Database, ids: readonly number[]): MatchTotals {
    const wanted = new Set(ids);
    if (this.totals && sameIds(wanted, this.totals.importIds)) return this.totals;
    return loadMatchTotals(db, ids);
  }

  /** Totals of exactly the records in the workspace now. */
  current(db: Database): MatchTotals {
    if (!this.totals || !sameIds(importIds(db), this.totals.importIds)) this.totals = loadMatchTotals(db);
    return this.totals;
  }
}

function importIds(db: Database): Set<number> {
  return new Set(queryAll<{ id: number }>(db, 'SELECT id FROM import').map((row) => Number(row.id)));
}

function sameIds(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  return a.size === b.size && [...a].every((id) => b.has(id));
}
