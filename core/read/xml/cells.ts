import type { Profile } from '../../profile/types.ts';
import type { XmlLayout } from '../../profile/layouts.ts';
import { compilePath, walk, type XmlScope } from './path.ts';

/** What one row is read from: its entry, and the detail when a batch entry is split into its details. */
export type RowContext = {
  entry: XmlScope;
  detail: XmlScope | null;
  /** The detail's own amount and currency, standing in for the entry's. */
  amount: { text: string; currency: string } | null;
};

type Cell = (row: RowContext) => string;

/**
 * Compile the row cells for the columns a profile reads. A path under the layout's detail path
 * reads the current detail when the entry is split (all details otherwise); the entry's amount
 * path reads the detail's amount on a split row; every other path reads the entry (or, with
 * `../`, its statement and message).
 *
 * @example compileCells(['Amt', 'CdtDbtInd'], layout)(row) // ['12.50', 'DBIT']
 */
export function compileCells(columns: readonly string[], layout: XmlLayout): (row: RowContext) => string[] {
  const cells = columns.map((column) => compileCell(column, layout));
  return (row) => cells.map((cell) => cell(row));
}

function compileCell(column: string, layout: XmlLayout): Cell {
  const chosen = layout.choose?.[column];
  const fallback = layout.defaults?.[column];
  let cell: Cell;
  if (chosen) {
    const by = compileJoined(chosen.by, layout);
    const when = new Map(
      Object.entries(chosen.when).map(([mark, paths]) => [mark, paths.map((path) => compileJoined(path, layout))]),
    );
    cell = (row) => {
      for (const option of when.get(by(row)) ?? []) {
        const value = option(row);
        if (value !== '') return value;
      }
      return '';
    };
  } else cell = compileJoined(column, layout);
  return fallback === undefined ? cell : (row) => cell(row) || fallback;
}

/** `A+B`: the non-empty values of each path joined by `+`; a single path: its values joined by a space. */
function compileJoined(column: string, layout: XmlLayout): Cell {
  const parts = column.split('+').map((part) => compilePart(part, layout));
  if (parts.length === 1) return parts[0] as Cell;
  return (row) =>
    parts
      .map((part) => part(row))
      .filter((value) => value !== '')
      .join('+');
}

function compilePart(path: string, layout: XmlLayout): Cell {
  const dates = new Set(layout.dates ?? []);
  const whole = compilePath(path, dates);
  const assumed = layout.assumed?.[path];
  const steps = path.split('/');
  const fromEntry: Cell =
    assumed === undefined
      ? (row) => whole(row.entry).join(' ')
      : (row) => (walk(row.entry[0], steps).length === 0 ? assumed : whole(row.entry).join(' '));
  const amount = layout.amount;
  if (amount && path === amount.path) return (row) => row.amount?.text ?? fromEntry(row);
  if (amount && path === `${amount.path}@${amount.currency}`) return (row) => row.amount?.currency ?? fromEntry(row);
  const prefix = layout.detail ? `${layout.detail.path}/` : null;
  if (prefix === null || !path.startsWith(prefix)) return fromEntry;
  const inDetail = compilePath(path.slice(prefix.length), dates);
  return (row) => (row.detail ? inDetail(row.detail).join(' ') : fromEntry(row));
}

/**
 * Every column a profile reads: its fields, amount rules and indicators, kinds, currency,
 * source and derived records. These are the entry rows' columns.
 */
export function profileColumns(profile: Profile): string[] {
  const names = new Set<string>();
  const add = (columns: string | string[] | undefined) => {
    if (columns === undefined) return;
    for (const name of typeof columns === 'string' ? [columns] : columns) names.add(name);
  };
  const addAmount = (rule: Profile['fields']['amount'] | undefined) => {
    if (!rule) return;
    add(rule.column);
    add(rule.debit);
    add(rule.indicator?.column);
  };
  const { fields, rowKinds } = profile;
  addAmount(fields.amount);
  addAmount(fields.fee);
  for (const [name, rule] of Object.entries(fields)) {
    if (name !== 'amount' && name !== 'fee' && rule && 'column' in rule) add(rule.column);
  }
  if ('column' in rowKinds) {
    add(rowKinds.column);
    for (const rule of Object.values(rowKinds.values)) addAmount(rule.amount);
  } else addAmount(rowKinds.fixed.amount);
  if ('column' in profile.currency) add(profile.currency.column);
  if ('column' in profile.source) add(profile.source.column);
  for (const rule of profile.derived ?? []) addAmount(rule.amount);
  return [...names];
}
