import type { Database } from 'sql.js';
import type { Profile } from '../profile/types.ts';
import { queryAll } from '../store/workspace.ts';
import type { KeyTotals } from './key-totals.ts';
import { sourceValue, type SecondaryKey, type SecondaryLookups } from './secondary-keys.ts';

/**
 * Per source, the secondary keys the profiles of its statement imports list (`matchKeys`): each
 * import's for every source its rows name. `sourcesByImport` gives those sources per import.
 */
export function matchKeysBySource(
  db: Database,
  sourcesByImport: ReadonlyMap<number, ReadonlySet<string>>,
): Map<string, SecondaryKey[]> {
  const bySource = new Map<string, SecondaryKey[]>();
  const imports = queryAll<{ id: number; content_json: string }>(
    db,
    `SELECT i.id, p.content_json FROM import i JOIN profile_version p ON p.content_hash = i.profile_hash
     WHERE i.side = 'statement' AND p.content_json LIKE '%"matchKeys"%'`,
  );
  for (const { id, content_json } of imports) {
    const keys = (JSON.parse(content_json) as Pick<Profile, 'matchKeys'>).matchKeys ?? [];
    for (const source of sourcesByImport.get(id) ?? []) {
      const known = bySource.get(source) ?? [];
      bySource.set(source, [...known, ...keys.filter((key) => !known.includes(key))]);
    }
  }
  return bySource;
}

/** The statement rows a secondary key is read from, and the book rows that carry it. */
const KIND: Readonly<Record<SecondaryKey, string>> = { channel_ref: 'payment', refund_ref: 'refund' };

/**
 * The records' secondary keys, read from the record table: a key's statement rows by id, the book
 * records by one scan for all the values asked (only when a run has statement rows to pair so).
 */
export function secondaryLookups(db: Database, totals: KeyTotals): SecondaryLookups & { free: () => void } {
  const row = db.prepare('SELECT kind, channel_ref, refund_ref FROM record WHERE id = ?');
  return {
    statementValues(key, field) {
      const values = new Set<string>();
      for (const id of totals.statementRecords(key)) {
        row.bind([id]);
        if (row.step()) {
          const [kind, channelRef, refundRef] = row.get();
          const value = field === 'channel_ref' ? channelRef : refundRef;
          if (kind === KIND[field] && typeof value === 'string' && value !== '') values.add(value);
        }
        row.reset();
      }
      return [...values];
    },
    bookOrders(field, wanted) {
      const values = [...new Set([...wanted.values()].flatMap((set) => [...set]))];
      const found = new Map<string, string[]>();
      const rows = queryAll<{ source: string; value: string; order_ref: string }>(
        db,
        `SELECT source, ${field} AS value, order_ref FROM record
         WHERE side = 'book' AND kind = ? AND order_ref IS NOT NULL AND ${field} IN (SELECT value FROM json_each(?))`,
        [KIND[field], JSON.stringify(values)],
      );
      for (const { source, value, order_ref } of rows) {
        if (!wanted.get(source)?.has(value)) continue;
        const at = sourceValue(source, value);
        found.set(at, [...(found.get(at) ?? []), order_ref]);
      }
      return found;
    },
    free: () => row.free(),
  };
}
