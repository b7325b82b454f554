import { parseMinor, type AmountFormat } from '../money.ts';
import type { AmountRule, Columns } from '../profile/types.ts';
import { compileCellParser, sumCells } from './amount-parts.ts';
import type { ColumnResolver } from './columns.ts';

/** A row's amount in minor units, null when its cells hold none, or why it is not an amount. */
export type AmountReader = (cells: string[], exponent: number) => number | string | null;

/** An amount from its column(s) — or a separate debit column — signed by the rule or an indicator column. */
export function compileAmount(
  rule: AmountRule,
  columns: ColumnResolver,
  clean: (value: string | undefined) => string,
  format: AmountFormat,
): AmountReader {
  const credit = columns.anyOf(rule.column);
  const debit = rule.debit === undefined ? [] : columns.anyOf(rule.debit);
  const label = (list: Columns) => (typeof list === 'string' ? list : list.join(' | '));
  const sign = rule.sign ?? 'as-is';
  const indicator = rule.indicator ? compileIndicator(rule.indicator, columns, clean) : null;
  const parse = compileCellParser(format, rule.extract);
  if (rule.net) return compileNetAmount(rule, credit, debit, clean, format);
  return (cells, exponent) => {
    if (rule.combine === 'sum') {
      const total = sumCells(cells, credit, clean, parse, exponent);
      if (total === null || typeof total === 'string') return total === null ? null : `${label(rule.column)} ${total}`;
      const signed = applySign(total, sign);
      return indicator ? indicator(cells, signed) : signed;
    }
    let at = firstFilled(cells, credit, clean);
    let fromDebit = at < 0;
    if (fromDebit) at = firstFilled(cells, debit, clean);
    else if (debit.length > 0 && ZERO.test(clean(cells[at]))) {
      // "0.00" in the unused column of a debit/credit pair: the other column holds the amount.
      const other = firstFilled(cells, debit, clean);
      if (other >= 0 && !ZERO.test(clean(cells[other]))) [at, fromDebit] = [other, true];
    }
    if (at < 0) return null;
    const value = clean(cells[at]);
    const parsed = parse(value, exponent);
    if (parsed === null) return null;
    if (typeof parsed === 'string')
      return `${label(fromDebit ? (rule.debit ?? '') : rule.column)} "${value}" ${parsed}`;
    const signed = fromDebit ? -Math.abs(parsed) : applySign(parsed, sign);
    return indicator ? indicator(cells, signed) : signed;
  };
}

const ZERO = /^[-+]?0+(?:[.,]0+)?$/;
/** Credit minus debit, both columns read (a producer writing `0,00` in the unused one). */
function compileNetAmount(
  rule: AmountRule,
  credit: number[],
  debit: number[],
  clean: (value: string | undefined) => string,
  format: AmountFormat,
): AmountReader {
  const read = (cells: string[], indexes: number[], exponent: number, name: Columns | undefined) => {
    const at = firstFilled(cells, indexes, clean);
    if (at < 0) return null;
    const value = clean(cells[at]);
    const parsed = parseMinor(value, exponent, format);
    return typeof parsed === 'string'
      ? `${typeof name === 'string' ? name : (name ?? []).join(' | ')} "${value}" ${parsed}`
      : parsed;
  };
  return (cells, exponent) => {
    const income = read(cells, credit, exponent, rule.column);
    const expense = read(cells, debit, exponent, rule.debit);
    if (typeof income === 'string') return income;
    if (typeof expense === 'string') return expense;
    if (income === null && expense === null) return null;
    return (income ?? 0) - Math.abs(expense ?? 0);
  };
}

function firstFilled(cells: string[], indexes: number[], clean: (value: string | undefined) => string): number {
  for (const index of indexes) if (clean(cells[index]) !== '') return index;
  return -1;
}

function compileIndicator(
  rule: NonNullable<AmountRule['indicator']>,
  columns: ColumnResolver,
  clean: (value: string | undefined) => string,
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
