import type { Database } from 'sql.js';
import type { ImportSummary } from '../import/types.ts';
import { currencyExponent } from '../currency.ts';
import { exactTotal, formatMinor } from '../money.ts';
import type { StoredTotals } from '../store/stored-totals.ts';
import { queryAll } from '../store/workspace.ts';
import { outcomeCode, type OutcomeCode } from './outcomes.ts';
import type { OutcomeTally, TrailTally } from './record-trail.ts';

/** Records and their amounts per currency (minor units). */
export type RecordTotals = { records: number; amount_minor: Record<string, number> };

/** One input file's completeness: its rows, what it stored, and where each stored record ended. */
export type FileCompleteness = {
  import_id: number;
  file: string;
  rows: number;
  imported: number;
  rejected: number;
  /** What the import stored, counted as it was written. */
  stored: RecordTotals;
  /** What the outcomes the run assigned to the file's records add up to. */
  assigned: RecordTotals;
  outcomes: Partial<Record<OutcomeCode, RecordTotals>>;
  holds: boolean;
};

/**
 * The completeness control: for every file, rows = imported + rejected, and every stored record
 * ended in exactly one outcome, so the outcomes add up to what was stored, in records and in
 * amount per currency. `stored` comes from the import, `assigned` from the run's classification.
 */
export type Completeness = { holds: boolean; files: FileCompleteness[] };

type ImportFigures = Pick<ImportSummary, 'import_id' | 'file' | 'rows' | 'imported' | 'rejected'> & {
  stored: StoredTotals;
};

/** The control for the given imports, from the outcomes each of their records was tallied in. */
export function completenessOf(db: Database, importIds: readonly number[], tally: TrailTally): Completeness {
  const files = importFigures(db, importIds).map((figures) => fileCompleteness(figures, tally.get(figures.import_id)));
  return { holds: files.every((file) => file.holds), files };
}

function fileCompleteness(
  figures: ImportFigures,
  byOutcome: ReadonlyMap<number, OutcomeTally> | undefined,
): FileCompleteness {
  const outcomes: Partial<Record<OutcomeCode, RecordTotals>> = {};
  const assigned: RecordTotals = { records: 0, amount_minor: {} };
  for (const [number, tally] of [...(byOutcome ?? new Map<number, OutcomeTally>())].sort((a, b) => a[0] - b[0])) {
    const code = outcomeCode(number);
    if (code === undefined) continue;
    outcomes[code] = tally;
    assigned.records += tally.records;
    for (const [currency, amount] of Object.entries(tally.amount_minor))
      assigned.amount_minor[currency] = exactTotal((assigned.amount_minor[currency] ?? 0) + amount);
  }
  const { stored } = figures;
  const holds = figures.rows === figures.imported + figures.rejected && sameTotals(stored, assigned);
  return {
    import_id: figures.import_id,
    file: figures.file,
    rows: figures.rows,
    imported: figures.imported,
    rejected: figures.rejected,
    stored,
    assigned: { records: assigned.records, amount_minor: sorted(assigned.amount_minor) },
    outcomes,
    holds,
  };
}

function sameTotals(a: RecordTotals, b: RecordTotals): boolean {
  if (a.records !== b.records) return false;
  const currencies = new Set([...Object.keys(a.amount_minor), ...Object.keys(b.amount_minor)]);
  return [...currencies].every((currency) => (a.amount_minor[currency] ?? 0) === (b.amount_minor[currency] ?? 0));
}

const sorted = (amounts: Record<string, number>): Record<string, number> =>
  Object.fromEntries(Object.entries(amounts).sort((a, b) => (a[0] < b[0] ? -1 : 1)));

/** Each import's own figures; an import saved before imports kept what they stored is counted from its records. */
function importFigures(db: Database, importIds: readonly number[]): ImportFigures[] {
  const wanted = new Set(importIds);
  const summaries = queryAll<{ summary_json: string }>(db, 'SELECT summary_json FROM import ORDER BY id')
    .map((row) => JSON.parse(row.summary_json) as ImportSummary)
    .filter((summary) => wanted.has(summary.import_id));
  const missing = summaries.filter((summary) => summary.stored === undefined).map((summary) => summary.import_id);
  const counted = missing.length > 0 ? storedFromRecords(db, missing) : new Map<number, StoredTotals>();
  return summaries.map((summary) => ({
    import_id: summary.import_id,
    file: summary.file,
    rows: summary.rows,
    imported: summary.imported,
    rejected: summary.rejected,
    stored: summary.stored ?? counted.get(summary.import_id) ?? { records: 0, amount_minor: {} },
  }));
}

function storedFromRecords(db: Database, importIds: readonly number[]): Map<number, StoredTotals> {
  const rows = queryAll<{ import_id: number; currency: string; records: number; amount: number }>(
    db,
    `SELECT import_id, currency, count(*) AS records, sum(amount_minor) AS amount FROM record
     WHERE import_id IN (${importIds.map(() => '?').join(', ')}) GROUP BY import_id, currency ORDER BY import_id, currency`,
    [...importIds],
  );
  const byImport = new Map<number, StoredTotals>();
  for (const row of rows) {
    const id = Number(row.import_id);
    let totals = byImport.get(id);
    if (!totals) byImport.set(id, (totals = { records: 0, amount_minor: {} }));
    totals.records += Number(row.records);
    totals.amount_minor[row.currency] = Number(row.amount);
  }
  return byImport;
}

/** Amounts per currency as text, each in its currency's decimals: `CNY 3,703,938.28; USD 12.00` (`0` when none). */
export function formatAmounts(amounts: Readonly<Record<string, number>>): string {
  const entries = Object.entries(amounts);
  if (entries.length === 0) return '0';
  return entries
    .map(
      ([currency, minor]) => `${currency} ${formatMinor(minor, currencyExponent(currency) ?? 2, { grouping: true })}`,
    )
    .join('; ');
}
