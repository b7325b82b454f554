import { warning, type Warning } from '../result.ts';
import type { SkipRows } from './layouts.ts';
import type { AmountSuggestion } from './suggest-amount.ts';
import type { Body } from './suggest-body.ts';
import type { FieldMap } from './types.ts';

/** Rows under the header that are no entries, the rule that skips them, and what was decided. */
export type NotEntries = { skipRows?: SkipRows; warnings: Warning[] };

type Rows = {
  header: readonly string[];
  body: Body;
  amount: AmountSuggestion;
  dates: Pick<FieldMap, 'occurred_at' | 'booked_on' | 'value_on'>;
  /** Lines of the data rows a workbook hides. */
  hidden: readonly number[];
};

/**
 * Opening balance rows and rows without an amount (they move no cash), items with a
 * transaction date but no booking date yet (not booked, in a file that states no item's state),
 * and rows the workbook hides: each
 * skipped as a counted skipped line, and said in a warning.
 */
export function notEntries({ header, body, amount, dates, hidden }: Rows): NotEntries {
  const warnings: Warning[] = [];
  const columns = amountColumns(amount);
  const moneyless = countWhere(body.data, header, columns, (cells) => cells.every((cell) => cell === ''));
  if (moneyless > 0)
    warnings.push(
      warning(
        'suggested_no_amount_rows',
        `${moneyless} row(s) in the file's first lines carry no amount: rows without one move no cash and are skipped, counted as skipped lines.`,
      ),
    );
  const booked = typeof dates.booked_on?.column === 'string' ? dates.booked_on.column : null;
  const occurred = typeof dates.occurred_at?.column === 'string' ? dates.occurred_at.column : null;
  // A file that states each item's state (`State: PENDING`) keeps its pending items as entries.
  const stated = header.some((cell) => STATE_COLUMN.test(cell.trim()));
  const unbooked =
    booked === null || occurred === null || booked === occurred || stated
      ? 0
      : countWhere(body.data, header, [booked, occurred], ([on, at]) => on === '' && at !== '');
  if (unbooked > 0)
    warnings.push(
      warning(
        'suggested_unbooked_rows',
        `${unbooked} row(s) have a "${occurred}" but no "${booked}": items not booked yet are no statement entries and are skipped.`,
      ),
    );
  if (hidden.length > 0)
    warnings.push(
      warning(
        'suggested_hidden_rows',
        `The workbook hides ${hidden.length} row(s) under the header (line ${hidden.join(', ')}): they are skipped.`,
        hidden[0],
      ),
    );
  const skipRows: SkipRows = {
    ...(body.openingLabels.length > 0 || moneyless > 0 ? { whenAllEmpty: columns } : {}),
    ...(unbooked > 0 && booked !== null ? { whenEmpty: [booked] } : {}),
    ...(hidden.length > 0 ? { hidden: true } : {}),
  };
  return Object.keys(skipRows).length > 0 ? { skipRows, warnings } : { warnings };
}

/** Header names of a column stating each item's state (booked, pending, …). */
const STATE_COLUMN = /^(state|status|estado|statut|stato|zustand|交易状态|状态)$/i;

const amountColumns = (amount: AmountSuggestion): string[] =>
  [amount.amount.column, amount.amount.debit].flat().filter((c): c is string => c !== undefined);

function countWhere(
  data: readonly string[][],
  header: readonly string[],
  names: readonly string[],
  test: (cells: string[]) => boolean,
): number {
  const indexes = names.map((name) => header.indexOf(name));
  return data.filter((row) => test(indexes.map((index) => (row[index] ?? '').trim()))).length;
}
