import type { FileCompleteness } from '../match/completeness.ts';
import type { RunSummary } from '../match/types.ts';
import { displayExponent } from './amounts.ts';
import { amount, integer, text, type ReportCell } from './cells.ts';
import type { Labels } from './labels.ts';
import type { RowWriter } from './row-writer.ts';

/**
 * The completeness control: its verdict, then per file (and currency) the rows, the records and
 * amounts imported beside those the outcomes account for. A failing file is red from end to end.
 *
 * @example writeCompletenessTable(rows, { summary, labels })
 */
export function writeCompletenessTable(rows: RowWriter, { summary, labels }: { summary: RunSummary; labels: Labels }) {
  const control = summary.completeness;
  rows.row([text(labels.completeness)], 'heading');
  if (!control) {
    rows.row([text(labels.completenessMissing)], 'fail');
    return;
  }
  rows.row(
    [text(control.holds ? labels.completenessHolds : labels.completenessFails)],
    control.holds ? 'pass' : 'fail',
  );
  const h = labels.header;
  const headers = [h.file, h.rows, h.imported, h.rejected, h.recordsImported, h.recordsInOutcomes, h.currency];
  rows.row([...headers, h.amountImported, h.amountInOutcomes, h.result].map(text), 'header');
  for (const file of control.files) {
    for (const cells of fileRows(file, labels))
      rows.row(cells, file.holds ? (i) => (i === 9 ? 'pass' : 'plain') : 'fail');
  }
}

/** One row per currency the file's records are in (one row when it has none). */
function fileRows(file: FileCompleteness, labels: Labels): ReportCell[][] {
  const currencies = [
    ...new Set([...Object.keys(file.stored.amount_minor), ...Object.keys(file.assigned.amount_minor)]),
  ];
  return (currencies.length === 0 ? [''] : currencies.sort()).map((currency, index) => {
    const exponent = displayExponent(currency || null);
    const figure = (amounts: Record<string, number>) =>
      currency ? amount(amounts[currency] ?? 0, exponent) : text('');
    const first = index === 0;
    return [
      text(file.file),
      first ? integer(file.rows) : text(''),
      first ? integer(file.imported) : text(''),
      first ? integer(file.rejected) : text(''),
      first ? integer(file.stored.records) : text(''),
      first ? integer(file.assigned.records) : text(''),
      text(currency),
      figure(file.stored.amount_minor),
      figure(file.assigned.amount_minor),
      text(file.holds ? labels.pass : labels.fail),
    ];
  });
}
