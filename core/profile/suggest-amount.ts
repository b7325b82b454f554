import { parseMinor, type AmountFormat } from '../money.ts';
import { warning, type Warning } from '../result.ts';
import type { Question } from './suggest-dates.ts';
import { chainOrder, type ChainOrder } from './suggest-balance.ts';
import { amountShape } from './suggest-shapes.ts';
import type { HeaderRole } from './suggest-synonyms.ts';
import { columnValues } from './suggest-table.ts';
import type { AmountRule } from './types.ts';

/** Amounts are compared at this many decimals while the currency is not known yet. */
const EVIDENCE_EXPONENT = 4;

export type AmountSuggestion = {
  amount: AmountRule;
  fee?: AmountRule;
  format: AmountFormat;
  symbols: string[];
  /** The running balance column, the file order its chain holds in, and whether it is the balance before each entry. */
  balance?: { column: string; order: ChainOrder; balanceIs?: 'before' };
  warnings: Warning[];
};

type Table = { header: readonly string[]; roles: readonly (HeaderRole | null)[]; data: readonly string[][] };

/** Debit/credit marks of a direction column, by what they mean. */
const NEGATIVE_MARKS = [
  'af',
  'd',
  'dr',
  'debit',
  'débit',
  'soll',
  's',
  '支',
  '支出',
  '借',
  '借方',
  'out',
  'uscita',
  'cargo',
];
const POSITIVE_MARKS = [
  'bij',
  'c',
  'cr',
  'credit',
  'crédit',
  'haben',
  'h',
  '收',
  '收入',
  '贷',
  '贷方',
  'in',
  'entrata',
  'abono',
];

/** A mark in any of its words (`借 Dr`, `贷 Cr`). */
const markOf = (mark: string, words: readonly string[]): boolean =>
  mark
    .toLowerCase()
    .split(/\s+/)
    .some((word) => words.includes(word));

/**
 * The amount rule of a table: one signed amount column, a credit/debit pair, or an unsigned
 * amount with a direction column; a separate fee column taken off the net. Whether amounts are
 * signed, and which of two amount columns is the entry's, are settled by evidence (negative
 * values, a direction column, debit/credit exclusivity, the running balance) or asked.
 */
export function suggestAmount(table: Table): AmountSuggestion | Question {
  const columns = (role: HeaderRole) =>
    bookedFirst(
      table.roles.flatMap((r, i) => (r === role ? [i] : [])),
      table.header,
    );
  const [amounts, credits, debits] = [columns('amount'), columns('credit'), columns('debit')];
  const cells = [...amounts, ...credits, ...debits, ...columns('fee')];
  const shape = amountShape(cells.flatMap((index) => columnValues(table.data, index)));
  if ('ambiguous' in shape)
    return { question: `whether "${shape.ambiguous}" has a decimal comma or a thousands separator` };
  if ('unreadable' in shape) return { question: `how to read the amount ${shape.unreadable}` };
  const name = (index: number) => table.header[index] ?? '';
  const read = (index: number) =>
    columnValues(table.data, index).map((text) => {
      const value = text === '' ? 0 : parseMinor(text, EVIDENCE_EXPONENT, shape.format);
      return typeof value === 'string' ? 0 : value;
    });
  const rule = amountRule(table, amounts, credits, debits, name, read);
  if ('question' in rule) return rule;
  const fee = feeRule(columns('fee'), name, read);
  if (fee !== null && 'question' in fee) return fee;
  const base = { format: shape.format, symbols: shape.symbols, warnings: rule.warnings };
  const withFee = fee === null ? base : { ...base, fee: fee.rule };
  return withBalance(table, columns('balance'), rule, fee, withFee, read, name);
}

/** Of several columns for one role, those of the booked (account currency) amounts when the header tells them apart. */
export function bookedFirst(indexes: number[], header: readonly string[]): number[] {
  if (indexes.length < 2) return indexes;
  const booked = indexes.filter((index) => /记账|入账|结算|booked|posted|buchung/i.test(header[index] ?? ''));
  return booked.length > 0 ? booked : indexes;
}

type Rule = { amount: AmountRule; values: number[]; signed: boolean; warnings: Warning[] };
type Read = (index: number) => number[];

function amountRule(
  table: Table,
  amounts: number[],
  credits: number[],
  debits: number[],
  name: (index: number) => string,
  read: Read,
): Rule | Question {
  if (amounts.length > 1)
    return {
      question: `which of the columns ${amounts.map((i) => `"${name(i)}"`).join(' and ')} is the entry's amount`,
    };
  const [amount] = amounts;
  if (amount !== undefined) return singleAmount(table, amount, name, read);
  const [credit] = credits;
  const [debit] = debits;
  if (credit === undefined || debit === undefined || credits.length > 1 || debits.length > 1)
    return { question: 'which columns hold the credits and the debits' };
  const ins = read(credit);
  const outs = read(debit);
  if (ins.some((value, row) => value !== 0 && (outs[row] ?? 0) !== 0))
    return { question: `whether a row with both "${name(credit)}" and "${name(debit)}" filled is a credit or a debit` };
  if (ins.some((value) => value < 0))
    return { question: `what a negative amount in the credit column "${name(credit)}" means` };
  const values = ins.map((value, row) => value - Math.abs(outs[row] ?? 0));
  return { amount: { column: name(credit), debit: name(debit) }, values, signed: true, warnings: [] };
}

function singleAmount(table: Table, amount: number, name: (index: number) => string, read: Read): Rule {
  const values = read(amount);
  const direction = table.roles.indexOf('direction');
  if (direction >= 0) {
    const marks = [...new Set(columnValues(table.data, direction))];
    const negative = marks.filter((mark) => markOf(mark, NEGATIVE_MARKS));
    const positive = marks.filter((mark) => markOf(mark, POSITIVE_MARKS) && !negative.includes(mark));
    if (negative.length + positive.length === marks.length) {
      const indicator = { column: name(direction), negative, positive };
      const signed = values.map((value, row) =>
        negative.includes(columnValues(table.data, direction)[row] ?? '') ? -Math.abs(value) : Math.abs(value),
      );
      return { amount: { column: name(amount), indicator }, values: signed, signed: true, warnings: [] };
    }
  }
  const signed = values.some((value) => value < 0);
  if (signed && spendingWrittenPositive(table, values)) {
    const said = warning(
      'suggested_card_sign',
      `Purchases are written positive and repayments negative in "${name(amount)}" (a card statement): amounts are read with their sign flipped.`,
    );
    return {
      amount: { column: name(amount), sign: 'negate' },
      values: values.map((v) => -v),
      signed,
      warnings: [said],
    };
  }
  return { amount: { column: name(amount) }, values, signed, warnings: [] };
}

/** Words of a card purchase and of its repayment in an entry's description. */
const PURCHASE = /消费|purchase|achat|compra|acquisto|einkauf/i;
const REPAYMENT = /还款|repayment|payment received|payment - thank you|remboursement|rückzahlung/i;

/** The evidence of a card statement's convention: every purchase positive and every repayment negative. */
function spendingWrittenPositive(table: Table, values: readonly number[]): boolean {
  const texts = table.roles.flatMap((role, i) => (role === 'description' ? [columnValues(table.data, i)] : []));
  const said = (row: number, words: RegExp) => texts.some((column) => words.test(column[row] ?? ''));
  const purchases = values.filter((_, row) => said(row, PURCHASE) && !said(row, REPAYMENT));
  const repayments = values.filter((_, row) => said(row, REPAYMENT));
  if (repayments.some((v) => v > 0) || purchases.some((v) => v < 0)) return false;
  // A card statement names the card (`卡末四位`): its repayments alone show the convention.
  const card = table.header.some((cell) => /卡末四位|卡号末四位|card number|card no|last four/i.test(cell));
  return purchases.length > 0 || (card && repayments.length > 0);
}

/** A fee column: a charge written positive is taken off the amount; written negative, its sign is flipped first. */
function feeRule(
  fees: number[],
  name: (index: number) => string,
  read: Read,
): { rule: AmountRule; values: number[] } | Question | null {
  const [fee] = fees;
  if (fee === undefined) return null;
  const values = read(fee);
  const negative = values.some((value) => value < 0);
  const positive = values.some((value) => value > 0);
  if (negative && positive) return { question: `whether the fees in "${name(fee)}" are charges or refunds of charges` };
  const charges = negative ? values.map((value) => -value) : values;
  return { rule: negative ? { column: name(fee), sign: 'negate' } : { column: name(fee) }, values: charges };
}

function withBalance(
  table: Table,
  balances: number[],
  rule: Rule,
  fee: { values: number[] } | null,
  suggestion: Omit<AmountSuggestion, 'amount' | 'balance'>,
  read: Read,
  name: (index: number) => string,
): AmountSuggestion | Question {
  const [balance] = balances;
  const nets = rule.values.map((value, row) => value - (fee?.values[row] ?? 0));
  const present = (index: number) => columnValues(table.data, index).map((text) => text !== '');
  const after = balance === undefined ? null : chainOrder(nets, read(balance), present(balance));
  // A balance column may show the balance before each entry (ASN's `Saldo voor mutatie`).
  const before =
    balance === undefined || after !== null ? null : chainOrder(nets, read(balance), present(balance), 'before');
  const order = after ?? before;
  if (!rule.signed && order === null)
    return {
      question: `whether the amounts in "${rule.amount.column as string}" are signed: none is negative and no running balance or debit/credit column tells`,
    };
  const warnings = [...suggestion.warnings];
  if (!rule.signed)
    warnings.push(
      warning(
        'suggested_sign',
        `Every amount is positive; the running balance "${name(balance ?? 0)}" confirms them as credits.`,
      ),
    );
  // A chain that holds in neither order is still checked: its break is shown on the import.
  const chained =
    balance === undefined
      ? {}
      : {
          balance: {
            column: name(balance),
            order: order ?? 'either',
            ...(before !== null ? { balanceIs: 'before' as const } : {}),
          },
        };
  return { ...suggestion, ...chained, amount: rule.amount, warnings };
}
