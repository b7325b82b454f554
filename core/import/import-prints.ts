import type { Database } from 'sql.js';
import { storedEntryPrints, type EntryPrints } from './entry-prints.ts';

type Kept = { prints: EntryPrints | Float64Array; batch: string | null };

/**
 * The entry prints of the workspace's imports, kept from when they were stored so that telling
 * a repeated statement costs no second read of its records; an import stored before (a reopened
 * workspace) has its prints read from its records once, when first compared. Import ids are
 * reused after a removal, so every removal drops the prints it made stale.
 */
export class ImportPrints {
  private readonly kept = new Map<number, Kept>();

  keep(importId: number, prints: EntryPrints, batch: string | null): void {
    prints.trim();
    this.kept.set(importId, { prints, batch });
  }

  /** The import's prints in ascending order. */
  sorted(db: Database, importId: number): Float64Array {
    const kept = this.kept.get(importId);
    if (!kept) {
      const prints = storedEntryPrints(db, importId);
      this.kept.set(importId, { prints, batch: null });
      return prints;
    }
    if (kept.prints instanceof Float64Array) return kept.prints;
    kept.prints = kept.prints.sorted();
    return kept.prints;
  }

  /** The files given together with the import (one CLI call, one drop), or null when unknown. */
  batch(importId: number): string | null {
    return this.kept.get(importId)?.batch ?? null;
  }

  drop(importId: number): void {
    this.kept.delete(importId);
  }

  clear(): void {
    this.kept.clear();
  }
}
