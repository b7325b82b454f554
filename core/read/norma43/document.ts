import { currencyOfNumber } from '../../currency-numeric.ts';
import { currencyExponent } from '../../currency.ts';
import { formatMinor } from '../../money.ts';
import { warning, type Warning } from '../../result.ts';
import type { DocumentProblem, DocumentReader, EntryDocument } from '../document.ts';
import { DocumentError } from '../document.ts';
import { accountName, norma43Controls } from './controls.ts';
import { COMMON_CONCEPTS } from './concepts.ts';
import { readNorma43, type Norma43Account, type Norma43File, type Norma43Movement } from './read-norma43.ts';

/** The fields of a Norma 43 movement, as a profile names them. */
export const NORMA43_COLUMNS = [
  'account',
  'holder',
  'currency',
  'operation_date',
  'value_date',
  'mark',
  'amount',
  'common_concept',
  'concept_name',
  'own_concept',
  'document',
  'reference_1',
  'reference_2',
  'concepts',
  'origin_branch',
  'original_currency',
  'original_amount',
] as const;

/**
 * AEB Norma 43 (CSB43) statements as entry rows: one per 22 movement, debits (mark 1, Debe)
 * negative and credits (mark 2, Haber) positive, in minor units of the account's currency (its
 * ISO numeric code on the 11 header), with its 23 concepts joined and its 24 equivalence. The 33
 * trailers and the 88 record count are the file's own controls, see {@link norma43Controls}.
 *
 * @example readNorma43Document(text, profile).rows[0]?.cells[6] // '-45.10'
 */
export const readNorma43Document: DocumentReader = (text) => {
  const file = readNorma43(text);
  if (file.accounts.length === 0) throw new DocumentError('has no Norma 43 account (no 11 header record)');
  const document: EntryDocument = {
    columns: NORMA43_COLUMNS,
    rows: [],
    entries: 0,
    net_minor: {},
    controls: norma43Controls(file),
    metadata: metadataOf(file),
    problems: file.problems.map((problem) => ({ ...problem, raw: '' })),
    warnings: warningsOf(file),
  };
  for (const account of file.accounts)
    for (const movement of account.movements) {
      document.entries++;
      const read = readMovement(account, movement);
      if ('message' in read) {
        document.problems.push(read);
        continue;
      }
      document.net_minor[read.currency] = (document.net_minor[read.currency] ?? 0) + read.minor;
      document.rows.push({ line: movement.line, cells: cellsOf(account, movement, read.currency, read.minor) });
    }
  return document;
};

/** The movement's signed amount in its currency's minor units, or why it cannot be read. */
function readMovement(
  account: Norma43Account,
  movement: Norma43Movement,
): { currency: string; minor: number } | DocumentProblem {
  const problem = (message: string): DocumentProblem => ({
    line: movement.line,
    message: `22 movement ${message}`,
    raw: '',
  });
  const currency = currencyOfNumber(account.currencyCode);
  const exponent = currency === undefined ? undefined : currencyExponent(currency);
  if (currency === undefined || exponent === undefined)
    return problem(`of an account whose currency code "${account.currencyCode}" is not an ISO 4217 numeric code`);
  if (movement.mark === null) return problem('has a debit/credit mark that is neither 1 (debit) nor 2 (credit)');
  if (movement.cents === null) return problem('has an amount that is not 14 digits');
  if (movement.operationDate === null) return problem('has an operation date that is not a YYMMDD day');
  const minor = toMinor(movement.cents, exponent);
  if (minor === null) return problem(`amount has cents, which ${currency} has not`);
  return { currency, minor: movement.mark === 'debit' ? -minor : minor };
}

/** Cents (the two decimals every amount is written with) in minor units of an exponent. */
function toMinor(cents: number, exponent: number): number | null {
  if (exponent >= 2) return cents * 10 ** (exponent - 2);
  const scale = 10 ** (2 - exponent);
  return cents % scale === 0 ? cents / scale : null;
}

function cellsOf(account: Norma43Account, movement: Norma43Movement, currency: string, minor: number): string[] {
  const equivalence = movement.equivalence;
  return [
    accountName(account),
    account.holder,
    currency,
    movement.operationDate ?? '',
    movement.valueDate ?? movement.operationDate ?? '',
    movement.mark ?? '',
    formatMinor(minor, currencyExponent(currency) ?? 2),
    movement.commonConcept,
    COMMON_CONCEPTS[movement.commonConcept] ?? '',
    movement.ownConcept,
    movement.document,
    movement.reference1,
    movement.reference2,
    movement.concepts.join(' '),
    movement.originBranch,
    equivalence ? (currencyOfNumber(equivalence.currencyCode) ?? equivalence.currencyCode) : '',
    equivalence?.cents != null ? formatMinor(equivalence.cents, 2) : '',
  ];
}

function warningsOf(file: Norma43File): Warning[] {
  const warnings = file.accounts
    .filter((account) => account.trailer === null)
    .map((account) =>
      warning(
        'norma43_no_trailer',
        `account ${accountName(account)} has no 33 trailer: its closing balance and totals are not stated, so they are not checked`,
        account.line,
      ),
    );
  if (!file.end) warnings.push(warning('norma43_no_end', 'the file has no 88 end-of-file record: it may be cut short'));
  return warnings;
}

function metadataOf(file: Norma43File): Record<string, string> {
  const first = file.accounts[0];
  const last = file.accounts[file.accounts.length - 1];
  const balance = (cents: number | null, account: Norma43Account) =>
    `${cents === null ? '?' : formatMinor(cents, 2)} ${currencyOfNumber(account.currencyCode) ?? account.currencyCode}`;
  const metadata: Record<string, string> = {
    accounts: String(file.accounts.length),
    account: [...new Set(file.accounts.map(accountName))].join(', '),
  };
  if (first?.holder) metadata.holder = first.holder;
  if (first?.start) metadata.period_start = first.start;
  if (last?.end) metadata.period_end = last.end;
  if (first) metadata.opening_balance = balance(first.openingCents, first);
  if (last?.trailer) metadata.closing_balance = balance(last.trailer.closingCents, last);
  return metadata;
}
