import { parseMinor, type AmountFormat } from '../money.ts';
import type { AmountRule, Columns } from '../profile/types.ts';
import { compileCellParser, type CellParser } from './amount-parts.ts';
import type { ColumnResolver } from './columns.ts';

/** A row's amount in minor units, null when its cells hold none, or why it is not an amount. */
export type AmountReader = (cells: string[], exponent: number) => number | string | null;

type Clean = (value: string | undefined) => string;

/** One cell an amount rule reads: where it is, its name in the profile, and whether it books a debit. */
type AmountCell = { index: number; name: string; debit: boolean };

/**
 * An amount from its column(s), signed by the rule or an indicator column. With a separate
 * `debit` column the amount is credit less debit, an empty cell (or `0.00` in the unused one)
 * counting as zero. Lists pair up by position (`column[i]` with `debit[i]`): `combine: first`
 * reads the first pair with a filled cell (gross columns, else net ones), `sum` adds every pair
 * (a fee split into commission, markup, scheme fee and interchange).
 *
 * @example compileAmount({ column: 'Haben', debit: 'Soll' }, columns, clean, format)(['0,00', '34,56'], 2) // -3456
 */
export function compileAmount(
  rule: AmountRule,
  columns: ColumnResolver,
  clean: Clean,
  format: AmountFormat,
): AmountReader {
  const pairs = compilePairs(rule, columns);
  const parse = compileCellParser(format, rule.extract);
  const sign = rule.sign ?? 'as-is';
  const indicator = rule.indicator ? compileIndicator(rule.indicator, columns, clean) : null;
  const filled = (cells: string[]) => (pair: AmountCell[]) => pair.some((cell) => clean(cells[cell.index]) !== '');
  return (cells, exponent) => {
    const chosen = rule.combine === 'sum' ? pairs.flat() : (pairs.find(filled(cells)) ?? []);
    const sides = readSides(chosen, cells, exponent, clean, parse);
    if (sides === null || typeof sides === 'string') return sides;
    const amount = applySign(sides.credit, sign) - sides.debit;
    return indicator ? indicator(cells, amount) : amount;
  };
}

/** The credit and debit columns side by side, by position; a column the header lacks is left out. */
function compilePairs(rule: AmountRule, columns: ColumnResolver): AmountCell[][] {
  const cellsOf = (names: Columns | undefined, debit: boolean): (AmountCell | null)[] => {
    if (names === undefined) return [];
    const list = typeof names === 'string' ? [names] : names;
    const at = columns.positions(names);
    return list.map((name, i) => ((at[i] ?? -1) < 0 ? null : { index: at[i] ?? -1, name, debit }));
  };
  const credit = cellsOf(rule.column, false);
  const debit = cellsOf(rule.debit, true);
  const pairs: AmountCell[][] = [];
  for (let i = 0; i < Math.max(credit.length, debit.length); i++) {
    const pair = [credit[i], debit[i]].filter((cell): cell is AmountCell => cell != null);
    if (pair.length > 0) pairs.push(pair);
  }
  return pairs;
}

/** The credit cells' sum and the debit cells' absolute sum; null when no cell holds an amount. */
function readSides(
  chosen: AmountCell[],
  cells: string[],
  exponent: number,
  clean: Clean,
  parse: CellParser,
): { credit: number; debit: number } | string | null {
  let found = false;
  const sides = { credit: 0, debit: 0 };
  for (const cell of chosen) {
    const text = clean(cells[cell.index]);
    if (text === '') continue;
    const value = parse(text, exponent);
    if (typeof value === 'string') return `${cell.name} "${text}" ${value}`;
    if (value === null) continue;
    found = true;
    if (cell.debit) sides.debit += Math.abs(value);
    else sides.credit += value;
  }
  return found ? sides : null;
}

function compileIndicator(
  rule: NonNullable<AmountRule['indicator']>,
  columns: ColumnResolver,
  clean: Clean,
): (cells: string[], amount: number) => number | string {
  const index = columns.required(rule.column);
  const negative = new Set(rule.negative);
  const positive = new Set(rule.positive);
  const neutral = new Set(rule.neutral ?? []);
  const known = [...rule.negative, ...rule.positive, ...(rule.neutral ?? [])].map((m) => `"${m}"`).join(', ');
  return (cells, amount) => {
    const mark = clean(cells[index]);
    if (negative.has(mark)) return -Math.abs(amount);
    if (positive.has(mark)) return Math.abs(amount);
    if (neutral.has(mark)) return amount;
    return `${rule.column} "${mark}" is not one of ${known}`;
  };
}

/** A rate already in parts per million: a whole number. */
export function parsePpm(text: string): number | string {
  const value = parseMinor(text, 0);
  return typeof value === 'number' ? value : `rate "${text}" ${value}`;
}

function applySign(value: number, sign: NonNullable<AmountRule['sign']>): number {
  if (value === 0) return 0;
  if (sign === 'negate') return -value;
  if (sign === 'negative') return -Math.abs(value);
  if (sign === 'positive') return Math.abs(value);
  return value;
}
