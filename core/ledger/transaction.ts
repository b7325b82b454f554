import type { Database } from 'sql.js';
import type { Result } from '../result.ts';

/** Run `work` in one transaction: kept when it succeeds, rolled back when it fails or throws. */
export function inTransaction<T>(db: Database, work: () => Result<T>): Result<T> {
  db.exec('BEGIN');
  try {
    const result = work();
    db.exec(result.ok ? 'COMMIT' : 'ROLLBACK');
    return result;
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}
