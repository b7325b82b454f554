import { warning, type Warning } from '../result.ts';
import { currencyExponent } from '../currency.ts';
import { parseMinor } from '../money.ts';
import { chainHolds, type BalanceIs } from './suggest-balance.ts';
import type { Question } from './suggest-dates.ts';
import { amountShape, dateShape } from './suggest-shapes.ts';
import type { HeaderRole } from './suggest-synonyms.ts';
import { columnValues } from './suggest-table.ts';

/** A table without a header row, its columns named by position and given roles by their values. */
export type ValueColumns = { header: string[]; roles: (HeaderRole | null)[]; warnings: Warning[] };

/** An amount as banks print it: an optional sign, digits (grouped or not), a two-digit decimal part. */
const MONEY = /^[+\-\u2212]?(\d{1,3}([.,'\u00a0 ]\d{3})+|\d+)[.,]\d{2}-?$/;
const SIGNED = /^[-\u2212]|-$/;
/** Compared at this many decimals while the currency is not known yet. */
const EVIDENCE_EXPONENT = 4;
/** Of a balance chain's steps, at least this share must hold for it to tell the columns apart. */
const CHAIN_SHARE = 2 / 3;

type Column = { index: number; values: string[]; filled: string[] };

/**
 * The roles of a header-less table's columns by what their values are: a date every row
 * carries (the first the booking date, the second the value date), money columns (a signed
 * amount; two columns of which each row fills exactly one, a debit/credit pair; a running
 * balance the amounts chain into), a column of currency codes, the longest text the
 * description. Null when the rows are not such a table; a question when the values leave the
 * amount open (which of a pair is the credit, whether unsigned amounts are credits).
 */
export function suggestByValue(rows: readonly string[][]): ValueColumns | Question | null {
  const width = Math.max(0, ...rows.map((row) => row.length));
  if (rows.length === 0 || width < 3) return null;
  const columns: Column[] = Array.from({ length: width }, (_, index) => {
    const values = columnValues(rows, index);
    return { index, values, filled: values.filter((value) => value !== '') };
  });
  const full = (column: Column) => column.filled.length === rows.length;
  const dates = columns.filter((column) => full(column) && isDateColumn(column.values));
  const money = columns.filter((column) => column.filled.length > 0 && column.filled.every((v) => MONEY.test(v)));
  const codes = columns.filter((column) => full(column) && column.filled.every(isCurrencyCode));
  if (dates.length === 0 || money.length === 0) return null;
  const amount = moneyRoles(money, rows.length);
  if ('question' in amount) return amount;
  const roles: (HeaderRole | null)[] = columns.map(() => null);
  dates.slice(0, 2).forEach((column, i) => (roles[column.index] = i === 0 ? 'date_booked' : 'date_value'));
  for (const column of codes) roles[column.index] = 'currency';
  for (const [index, role] of amount) roles[index] = role;
  const text = longestText(columns.filter((column) => roles[column.index] === null && !codes.includes(column)));
  if (text !== null) roles[text] = 'description';
  const header = columns.map((column) => `Column ${column.index + 1}`);
  return { header, roles, warnings: [mappedWarning(header, roles)] };
}

const isDateColumn = (values: readonly string[]): boolean => {
  const shape = dateShape(values);
  return shape !== null && (('format' in shape && !/H/.test(shape.format)) || 'ambiguous' in shape);
};

const isCurrencyCode = (value: string): boolean => /^[A-Z]{3}$/.test(value) && currencyExponent(value) !== undefined;

type MoneyRoles = Map<number, HeaderRole>;

function moneyRoles(money: readonly Column[], rows: number): MoneyRoles | Question {
  const read = readAmounts(money);
  if (read === null) return { question: 'how to read the amounts: their decimal marks differ between columns' };
  const full = money.filter((column) => column.filled.length === rows);
  const pair = money.find((column, i) => {
    const next = money[i + 1];
    return next !== undefined && column.values.every((v, row) => (v === '') !== ((next.values[row] ?? '') === ''));
  });
  if (pair !== undefined) {
    const other = money[money.indexOf(pair) + 1] as Column;
    return pairRoles(pair, other, full, read);
  }
  const signed = full.filter((column) => column.filled.some((value) => SIGNED.test(value)));
  // Beside other money columns, the amount is the signed column whose amounts chain into one of
  // them as a running balance, and no other reading chains: a column is never taken on its sign alone.
  const readings = signed.flatMap((amount): { amount: Column; balance: Column | null }[] => {
    const others = full.filter((column) => column !== amount);
    if (others.length === 0) return [{ amount, balance: null }];
    return others.filter((balance) => chained(read(amount), read(balance))).map((balance) => ({ amount, balance }));
  });
  const reversed = readings.some(
    ({ amount, balance }) =>
      balance !== null && chainScore(read(balance), read(amount)) >= chainScore(read(amount), read(balance)),
  );
  const [reading] = readings;
  if (reading !== undefined && readings.length === 1 && !reversed)
    return new Map<number, HeaderRole>([
      [reading.amount.index, 'amount'],
      ...(reading.balance === null ? [] : [[reading.balance.index, 'balance'] as [number, HeaderRole]]),
    ]);
  const names = (signed.length > 0 ? signed : full).map((column) => `column ${column.index + 1}`).join(', ');
  return {
    question: `which column holds the entry's amount (${names || 'no money column is filled on every row'}): the file has no header row and no running balance tells`,
  };
}

/** A debit/credit pair: the credit column is the one whose amounts chain better into a running balance. */
function pairRoles(
  a: Column,
  b: Column,
  full: readonly Column[],
  read: (column: Column) => number[],
): MoneyRoles | Question {
  const plain = (x: Column, y: Column) => read(x).map((v, row) => v - Math.abs(read(y)[row] ?? 0));
  for (const balance of full) {
    // Only a balance after each entry tells the sides apart: read as the balance before each
    // entry in the other file order, the swapped sides chain just as well.
    const score = (x: Column, y: Column) => chainScore(plain(x, y), read(balance), ['after']);
    const [asIs, swapped] = [score(a, b), score(b, a)];
    if (Math.max(asIs, swapped) < chainThreshold(a.values.length) || asIs === swapped) continue;
    const [credit, debit] = asIs > swapped ? [a, b] : [b, a];
    return new Map<number, HeaderRole>([
      [credit.index, 'credit'],
      [debit.index, 'debit'],
      [balance.index, 'balance'],
    ]);
  }
  return {
    question: `which of columns ${a.index + 1} and ${b.index + 1} holds the credits: the file has no header row and no running balance tells`,
  };
}

/** Steps of a chain that must hold for it to count as evidence (none for fewer than three rows). */
const chainThreshold = (rows: number): number => (rows < 3 ? Infinity : Math.ceil((rows - 1) * CHAIN_SHARE));

/** The most steps of a balance column that follow from the amounts: in either file order, the balance after or before each entry. */
function chainScore(
  nets: readonly number[],
  balances: readonly number[],
  readings: readonly BalanceIs[] = ['after', 'before'],
): number {
  return Math.max(
    ...readings.map((balanceIs) => {
      const holds = chainHolds(nets, balances, balanceIs);
      return Math.max(holds.oldestFirst, holds.newestFirst);
    }),
  );
}

/** Whether most steps of a balance column follow from the amounts. */
const chained = (nets: readonly number[], balances: readonly number[]): boolean =>
  chainScore(nets, balances) >= chainThreshold(nets.length);

/** Each money column's values at the evidence exponent, or null when the columns disagree on the decimal mark. */
function readAmounts(money: readonly Column[]): ((column: Column) => number[]) | null {
  const shape = amountShape(money.flatMap((column) => column.filled));
  if (!('format' in shape)) return null;
  const format = shape.format;
  return (column) =>
    column.values.map((text) => {
      const value = text === '' ? 0 : parseMinor(text, EVIDENCE_EXPONENT, format);
      return typeof value === 'string' ? 0 : value;
    });
}

function longestText(columns: readonly Column[]): number | null {
  let best: { index: number; length: number } | null = null;
  for (const column of columns) {
    const length = column.filled.reduce((sum, value) => sum + value.length, 0);
    if (/[A-Za-z\u00c0-\u024f\u4e00-\u9fff]/.test(column.filled.join('')) && (!best || length > best.length))
      best = { index: column.index, length };
  }
  return best?.index ?? null;
}

const ROLE_WORDS: Partial<Record<HeaderRole, string>> = {
  date_booked: 'booking date',
  date_value: 'value date',
  amount: 'signed amount',
  credit: 'credits',
  debit: 'debits',
  balance: 'running balance',
  currency: 'currency',
  description: 'description',
};

function mappedWarning(header: readonly string[], roles: readonly (HeaderRole | null)[]): Warning {
  const mapped = roles.flatMap((role, i) => (role === null ? [] : [`${header[i]} ${ROLE_WORDS[role] ?? role}`]));
  return warning(
    'suggested_no_header',
    `The file has no header row: its columns are mapped by their values (${mapped.join(', ')}) — check them.`,
  );
}
