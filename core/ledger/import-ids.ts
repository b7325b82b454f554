import type { Database } from 'sql.js';
import { queryValue } from '../store/query.ts';

/**
 * The id of the next import. Ids are never reused: the audit trail names imports by id, so the id
 * of a removed import stays its own even when it was the highest (SQLite would hand it out again).
 */
export function nextImportId(db: Database): number {
  const next = queryValue(
    db,
    `SELECT max(coalesce((SELECT max(id) FROM import), 0),
                coalesce((SELECT max(json_extract(detail_json, '$.import_id')) FROM audit WHERE action = 'import'), 0)) + 1`,
  );
  return Number(next);
}
