import { ColumnResolver } from '../normalize/columns.ts';
import type { SkipRows } from '../profile/layouts.ts';

/** Whether a row under the header is not an entry (`hidden`: the sheet hides it). */
export type RowSkipper = (cells: string[], hidden: boolean) => boolean;

/**
 * Rows under the header that are not entries: a row with no value at all (`,,,,,,`), and as
 * the profile says, rows the producer hid, rows with an empty cell in a `whenEmpty` column
 * (an item not booked yet), rows with every `whenAllEmpty` cell empty (a line that moves no
 * money) and rows whose `whenValue` column holds one of its values (a balance line). A column the
 * header lacks is left out: it never makes a row look empty.
 */
export function compileSkipRows(
  rule: SkipRows | undefined,
  header: Map<string, number>,
  stripPrefixes: readonly string[],
  clean: (value: string | undefined) => string,
): RowSkipper {
  const columns = new ColumnResolver(header, stripPrefixes);
  const present = (names: string[] | undefined) => (names ?? []).flatMap((name) => columns.anyOf(name));
  const empties = present(rule?.whenEmpty);
  const allEmpty = present(rule?.whenAllEmpty);
  const hidden = rule?.hidden === true;
  const labelled = present(rule?.whenValue ? [rule.whenValue.column] : undefined);
  const labels = new Set((rule?.whenValue?.values ?? []).map((value) => value.trim().toLowerCase()));
  return (cells, isHidden) => {
    if (hidden && isHidden) return true;
    if (cells.every((cell) => clean(cell) === '')) return true;
    if (labelled.some((index) => labels.has(clean(cells[index]).toLowerCase()))) return true;
    if (allEmpty.length > 0 && allEmpty.every((index) => clean(cells[index]) === '')) return true;
    return empties.some((index) => clean(cells[index]) === '');
  };
}
