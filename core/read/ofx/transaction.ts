import { currencyExponent } from '../../currency.ts';
import { formatMinor } from '../../money.ts';
import { child, valueAt } from './elements.ts';
import type { OfxElement } from './sgml.ts';
import type { OfxStatement } from './statements.ts';
import { ofxAmount, ofxAmountHalfEven, ofxDate, type OfxAmount, type OfxDate } from './values.ts';

/** The fields of an OFX transaction row, as a profile names them. */
export const OFX_COLUMNS = [
  'statement',
  'statement_kind',
  'account',
  'bank_id',
  'account_type',
  'currency',
  'transaction_type',
  'posted_on',
  'posted_at',
  'user_on',
  'available_on',
  'amount',
  'amount_as_written',
  'direction',
  'fitid',
  'server_id',
  'check_number',
  'reference',
  'name',
  'payee',
  'memo',
  'original_currency',
  'currency_rate',
] as const;

/** A transaction read: its row cells and signed amount, or why it cannot be imported (amount still known when readable). */
export type OfxTransactionRead =
  | { ok: true; cells: string[]; currency: string; minor: number; written: string | null; exponent: number }
  | {
      ok: false;
      message: string;
      currency: string | null;
      minor: number | null;
      /** The amount's decimals beyond the currency's are all that stops it: rounding would read it. */
      excessDecimalsOnly: boolean;
    };

const DATES = ['DTPOSTED', 'DTUSER', 'DTAVAIL'] as const;

type Fields = {
  currency: string;
  exponent: number | undefined;
  written: string | null;
  amount: OfxAmount | null;
  dates: (string | null)[];
  read: (OfxDate | null)[];
};

/**
 * One STMTTRN as a row: TRNAMT signed as written (in the STMTTRN's CURRENCY when it names one,
 * else the statement's CURDEF; ORIGCURRENCY only tells where it was converted from), DTPOSTED,
 * DTUSER and DTAVAIL as dates, FITID, CHECKNUM, REFNUM, NAME or PAYEE/NAME and MEMO.
 * A missing or unreadable TRNAMT or DTPOSTED, a date that is not a date, or no currency at all
 * makes it unreadable, with every reason named.
 */
export function readTransaction(
  statement: OfxStatement,
  index: number,
  trn: OfxElement,
  round = false,
): OfxTransactionRead {
  const foreign = child(trn, 'CURRENCY');
  const currency = ((foreign ? valueAt(foreign, 'CURSYM') : null) || statement.currency).toUpperCase();
  const exponent = currencyExponent(currency);
  const written = valueAt(trn, 'TRNAMT');
  const dates = DATES.map((name) => valueAt(trn, name));
  const fields: Fields = {
    currency,
    exponent,
    written,
    amount: written === null || exponent === undefined ? null : ofxAmount(written, exponent),
    dates,
    read: dates.map((text) => (text === null || text === '' ? null : ofxDate(text))),
  };
  // Only on the user's explicit choice: rounded half-even, the text as written kept in its row.
  const halfEven = round && fields.amount?.rounded && written ? ofxAmountHalfEven(written, exponent ?? 0) : null;
  if (halfEven !== null) fields.amount = { minor: halfEven, rounded: false };
  const problems = problemsOf(fields);
  // A TRNAMT finer than the currency (float artefacts, sub-cent cash) has no exact amount: never rounded.
  const minor = fields.amount && !fields.amount.rounded ? fields.amount.minor : null;
  if (problems.length > 0 || !fields.amount || exponent === undefined)
    return {
      ok: false,
      message: problems.join('; '),
      currency: currency || null,
      minor,
      excessDecimalsOnly: problems.length === 1 && fields.amount?.rounded === true,
    };
  return {
    ok: true,
    cells: cellsOf(statement, index, trn, fields, formatMinor(fields.amount.minor, exponent)),
    currency,
    minor: fields.amount.minor,
    written,
    exponent,
  };
}

function problemsOf({ currency, exponent, written, amount, dates, read }: Fields): string[] {
  return [
    currency === '' ? 'has no currency: CURDEF is empty and the STMTTRN names none' : null,
    currency !== '' && exponent === undefined ? `currency "${currency}" is not an ISO 4217 code` : null,
    written === null || written === '' ? 'has no TRNAMT' : null,
    written && exponent !== undefined && !amount ? `TRNAMT '${written}' is not an amount` : null,
    written && amount?.rounded
      ? `TRNAMT '${written}' has more decimals than ${currency} has (${exponent ?? 0}); amounts are never rounded`
      : null,
    dates[0] === null || dates[0] === '' ? 'has no DTPOSTED (the date it was posted)' : null,
    ...dates.map((text, at) => (text && !read[at] ? `${DATES[at] ?? ''} '${text}' is not a date` : null)),
  ].filter((problem): problem is string => problem !== null);
}

function cellsOf(statement: OfxStatement, index: number, trn: OfxElement, fields: Fields, amount: string): string[] {
  const text = (name: string) => valueAt(trn, name) ?? '';
  const original = child(trn, 'ORIGCURRENCY');
  return [
    String(index),
    statement.kind,
    statement.account,
    statement.bankId,
    statement.accountType,
    fields.currency,
    text('TRNTYPE').toUpperCase(),
    fields.read[0]?.date ?? '',
    fields.read[0]?.iso ?? '',
    fields.read[1]?.date ?? '',
    fields.read[2]?.date ?? '',
    amount,
    fields.written ?? '',
    amount.startsWith('-') ? 'debit' : 'credit',
    text('FITID'),
    text('SRVRTID'),
    text('CHECKNUM'),
    text('REFNUM'),
    text('NAME'),
    valueAt(trn, 'PAYEE', 'NAME') ?? '',
    text('MEMO'),
    valueAt(original, 'CURSYM') ?? '',
    valueAt(original ?? child(trn, 'CURRENCY'), 'CURRATE') ?? '',
  ];
}
