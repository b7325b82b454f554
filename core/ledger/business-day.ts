import type { Database } from 'sql.js';
import { BANK_SOURCE } from '../canonical/record.ts';
import { fail, issue, ok, type Result } from '../result.ts';
import { queryAll, queryValue } from '../store/workspace.ts';
import { businessDateOfPeriods, isBusinessDate, type BusinessDate } from './business-date.ts';

/** The business day a run adds, and every import of that day (earlier runs' of the same day included). */
export type BusinessDay = { business_date: BusinessDate; import_ids: number[] };

/**
 * Put the run's new imports on their business day: the one given, else the day their statements'
 * periods cover. A ledger moves forward: a day before the workspace's latest is refused (a newer
 * download of the latest day is a rerun of it).
 */
export function assignBusinessDay(
  db: Database,
  importIds: readonly number[],
  given: BusinessDate | undefined,
): Result<BusinessDay> {
  if (given !== undefined && !isBusinessDate(given)) {
    return fail(issue('business_date_invalid', `The business date must be a date written YYYY-MM-DD, not "${given}".`));
  }
  const ids = importIds.map(Number);
  const statements = queryAll<{ period_start: string | null; source: string }>(
    db,
    `SELECT period_start, source FROM import WHERE side = 'statement' AND id IN (${ids.join(', ') || 'NULL'})`,
  );
  // A bill day given with the next day's bank statement is the bill's day; a bank statement alone is its own.
  const bills = statements.filter((row) => row.source !== BANK_SOURCE);
  const starts = (bills.length > 0 ? bills : statements).map((row) => row.period_start);
  const latestRun = queryValue(db, 'SELECT max(business_date) FROM ledger_run');
  const date = given ?? businessDateOfPeriods(starts) ?? (ids.length === 0 ? stringOrNull(latestRun) : null);
  if (date === null) {
    return fail(
      issue(
        'business_date_unknown',
        'No statement of the run states its period: give the business date with --date YYYY-MM-DD.',
      ),
    );
  }
  const latest = stringOrNull(latestRun);
  if (latest !== null && date < latest) {
    return fail(
      issue(
        'business_date_past',
        `The workspace's latest business day is ${latest}; a run adds that day again or a later one, not ${date}.`,
      ),
    );
  }
  if (ids.length > 0) db.run(`UPDATE import SET business_date = ? WHERE id IN (${ids.join(', ')})`, [date]);
  const dayImports = queryAll<{ id: number }>(db, 'SELECT id FROM import WHERE business_date = ? ORDER BY id', [date]);
  return ok({ business_date: date, import_ids: dayImports.map((row) => Number(row.id)) });
}

/**
 * Drop the records of the days before `date`, and the findings of those days' runs: what they
 * decided is in the ledger's items (each with its finding's detail) and the runs' summaries, and
 * the imports stay (file, hash, counts), so the workspace holds one day's records however many
 * days it keeps. A statement of such a day given again is still told by its bytes.
 */
export function compactEarlierDays(db: Database, date: BusinessDate): void {
  db.run('DELETE FROM record WHERE import_id IN (SELECT id FROM import WHERE business_date < ?)', [date]);
  db.run('DELETE FROM finding WHERE run_id IN (SELECT run_id FROM ledger_run WHERE business_date < ?)', [date]);
  db.run('DELETE FROM fee_finding WHERE run_id IN (SELECT run_id FROM ledger_run WHERE business_date < ?)', [date]);
}

const stringOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);
