import type { TFunction } from 'i18next';
import { formatAmounts, type RecordTotals } from '../../../../core/match/completeness.ts';
import type { RunSummary } from '../../../../core/match/types.ts';

/** What the result shows of the completeness control: a verdict line and one line per failing file. */
export type CompletenessView = {
  status: 'holds' | 'fails' | 'missing';
  title: string;
  /** Each failing file with both figures (none when the control holds). */
  details: string[];
};

/** All files' records and amounts added up, per currency. */
function added(totals: readonly RecordTotals[]): RecordTotals {
  const sum: RecordTotals = { records: 0, amount_minor: {} };
  for (const entry of totals) {
    sum.records += entry.records;
    for (const [currency, minor] of Object.entries(entry.amount_minor))
      sum.amount_minor[currency] = (sum.amount_minor[currency] ?? 0) + minor;
  }
  return sum;
}

/**
 * The control of a run in words: holds (every imported record ended in one outcome) or fails,
 * with what was imported beside what the outcomes account for.
 */
export function completenessView(summary: RunSummary, t: TFunction): CompletenessView {
  const control = summary.completeness;
  if (!control) return { status: 'missing', title: t('results.completeness.missing'), details: [] };
  const stored = added(control.files.map((file) => file.stored));
  const assigned = added(control.files.map((file) => file.assigned));
  const figures = {
    files: control.files.length,
    stored: stored.records.toLocaleString('en-US'),
    storedAmount: formatAmounts(stored.amount_minor),
    assigned: assigned.records.toLocaleString('en-US'),
    assignedAmount: formatAmounts(assigned.amount_minor),
  };
  if (control.holds) return { status: 'holds', title: t('results.completeness.holds', figures), details: [] };
  const details = control.files
    .filter((file) => !file.holds)
    .map((file) =>
      t('results.completeness.file', {
        file: file.file,
        rows: file.rows,
        imported: file.imported,
        rejected: file.rejected,
        stored: file.stored.records.toLocaleString('en-US'),
        storedAmount: formatAmounts(file.stored.amount_minor),
        assigned: file.assigned.records.toLocaleString('en-US'),
        assignedAmount: formatAmounts(file.assigned.amount_minor),
      }),
    );
  return { status: 'fails', title: t('results.completeness.fails', figures), details };
}
