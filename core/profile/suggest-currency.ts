import { currencyExponent } from '../currency.ts';
import { bookedFirst } from './suggest-amount.ts';
import type { Question } from './suggest-dates.ts';
import { CURRENCY_SYMBOLS } from './suggest-shapes.ts';
import type { HeaderRole } from './suggest-synonyms.ts';
import { columnValues } from './suggest-table.ts';
import type { Profile } from './types.ts';

/** Currency names banks print instead of the ISO code. */
const CURRENCY_NAMES: Readonly<Record<string, string>> = {
  人民币: 'CNY',
  人民币元: 'CNY',
  元: 'CNY',
  rmb: 'CNY',
  港币: 'HKD',
  港元: 'HKD',
  美元: 'USD',
  欧元: 'EUR',
  英镑: 'GBP',
  日元: 'JPY',
  euro: 'EUR',
  euros: 'EUR',
  real: 'BRL',
  reais: 'BRL',
};

const PREAMBLE_LABEL =
  /^(币种|币别|货币|账户币种|currency|account currency|währung|devise|valuta|moneda|moeda|divisa)\s*[:：]?\s*(.*)$/i;

/** An ISO 4217 code or a currency's printed name, as its code. */
export function currencyCode(text: string): string | null {
  const trimmed = text.trim();
  const upper = trimmed.toUpperCase();
  if (/^[A-Z]{3}$/.test(upper) && currencyExponent(upper) !== undefined) return upper;
  return CURRENCY_NAMES[trimmed.toLowerCase()] ?? CURRENCY_SYMBOLS[trimmed] ?? null;
}

type Table = {
  header: readonly string[];
  roles: readonly (HeaderRole | null)[];
  data: readonly string[][];
  preamble: readonly string[][];
};

/**
 * The account's currency by the file's own words: a currency column, a code in an amount
 * column's header (`Amount (EUR)`, `Debit CHF`), a preamble line (`币种：人民币`), a symbol on
 * the amounts; else the one the user named; else a question.
 */
export function suggestCurrency(
  table: Table,
  symbols: readonly string[],
  named: string | undefined,
): { currency: Profile['currency']; from: string } | Question {
  const column =
    bookedFirst(
      table.roles.flatMap((role, i) => (role === 'currency' ? [i] : [])),
      table.header,
    )[0] ?? -1;
  // A Currency beside an "Amount Currency" column is the original amount's, not the account's.
  const original = table.header.some((cell) => /amount currency|original amount|原币|交易地金额/i.test(cell));
  if (column >= 0 && !original) {
    const values = [...new Set(columnValues(table.data, column).filter((value) => value !== ''))];
    const codes = values.map(currencyCode);
    if (values.length > 0 && codes.every((code, i) => code === values[i]))
      return { currency: { column: table.header[column] ?? '' }, from: `the column "${table.header[column]}"` };
    if (values.length === 1 && codes[0])
      return { currency: { value: codes[0] }, from: `the column "${table.header[column]}"` };
  }
  const stated = fromHeader(table) ?? fromPreamble(table.preamble) ?? fromSymbols(symbols);
  if (stated) return { currency: { value: stated.code }, from: stated.from };
  if (named !== undefined) return { currency: { value: named, assumed: true }, from: 'the currency named on import' };
  return {
    question: 'which currency the account is in: the file never says',
    answer: 'name it with --currency CODE (or the currency choice on import)',
  };
}

const AMOUNT_ROLES: readonly (HeaderRole | null)[] = ['amount', 'credit', 'debit', 'balance', 'fee'];

function fromHeader(table: Table): { code: string; from: string } | null {
  for (const [index, cell] of table.header.entries()) {
    if (!AMOUNT_ROLES.includes(table.roles[index] ?? null)) continue;
    const text = cell.normalize('NFKC');
    const unit = /\(([^)]+)\)/.exec(text)?.[1] ?? /\s([A-Za-z]{3})$/.exec(text.trim())?.[1];
    const code = unit === undefined ? null : currencyCode(unit);
    if (code) return { code, from: `the header "${cell}"` };
  }
  return null;
}

function fromPreamble(preamble: readonly string[][]): { code: string; from: string } | null {
  for (const row of preamble)
    for (const [index, cell] of row.entries()) {
      const match = PREAMBLE_LABEL.exec(cell.normalize('NFKC').trim());
      if (!match) continue;
      const text = (match[2] ?? '').trim() || (row[index + 1] ?? '');
      const code = currencyCode(text);
      if (code) return { code, from: `the line "${row.filter((c) => c !== '').join(' ')}"` };
    }
  return null;
}

function fromSymbols(symbols: readonly string[]): { code: string; from: string } | null {
  const codes = [...new Set(symbols.map((symbol) => CURRENCY_SYMBOLS[symbol]))];
  const [code] = codes;
  // `$` alone names no one currency: several countries write it.
  if (codes.length !== 1 || code === undefined || symbols.every((symbol) => symbol === '$')) return null;
  return { code, from: `the symbol ${symbols.join(' ')} on the amounts` };
}
