import { currencyExponent } from '../../currency.ts';
import { formatMinor } from '../../money.ts';
import type { DocumentReader, EntryDocument } from '../document.ts';
import { DocumentError } from '../document.ts';
import { mt940Controls } from './controls.ts';
import { readMt940, type Mt940Entry, type Mt940Statement } from './read-mt940.ts';

/** The fields of an MT940/MT942 entry, as a profile names them. */
export const MT940_COLUMNS = [
  'statement_reference',
  'account',
  'statement_number',
  'currency',
  'value_date',
  'entry_date',
  'mark',
  'funds_code',
  'amount',
  'transaction_type',
  'customer_reference',
  'bank_reference',
  'supplementary',
  'details',
] as const;

/**
 * MT940 statements and MT942 interim reports as entry rows: one per `:61:` line with its `:86:`
 * details, the statement's account and currency on every row, balances as metadata and the
 * opening + entries = closing (or `:90D:`/`:90C:`) checks as the file's own controls.
 *
 * @example readMt940Document(text, profile).rows[0]?.cells[8] // '-79.70'
 */
export const readMt940Document: DocumentReader = (text) => {
  const { statements, problems, warnings } = readMt940(text);
  if (statements.every((statement) => statement.entries.length === 0 && !statement.opening && !statement.debits))
    throw new DocumentError('has no MT940/MT942 statement (no :20: with balances or :61: lines)');
  const document: EntryDocument = {
    columns: MT940_COLUMNS,
    rows: [],
    entries: 0,
    net_minor: {},
    controls: mt940Controls(statements),
    metadata: metadataOf(statements),
    problems: problems.map((problem) => ({ ...problem, raw: '' })),
    warnings,
  };
  for (const statement of statements) {
    for (const entry of statement.entries) {
      document.rows.push({ line: entry.line, cells: cellsOf(statement, entry) });
      document.entries++;
      document.net_minor[entry.currency] = (document.net_minor[entry.currency] ?? 0) + entry.amountMinor;
    }
  }
  return document;
};

function cellsOf(statement: Mt940Statement, entry: Mt940Entry): string[] {
  return [
    statement.reference,
    statement.account ?? '',
    statement.number ?? '',
    entry.currency,
    entry.valueDate,
    entry.entryDate ?? '',
    entry.mark,
    entry.fundsCode ?? '',
    formatMinor(entry.amountMinor, currencyExponent(entry.currency) ?? 2),
    entry.transactionType,
    entry.customerReference,
    entry.bankReference ?? '',
    entry.supplementary ?? '',
    entry.details ?? '',
  ];
}

function metadataOf(statements: readonly Mt940Statement[]): Record<string, string> {
  const first = statements[0];
  const last = statements[statements.length - 1];
  const metadata: Record<string, string> = { statements: String(statements.length) };
  if (first?.account) metadata.account = first.account;
  if (first?.opening) {
    metadata.opening_balance = balanceText(first.opening.amountMinor, first.opening.currency);
    metadata.period_start = first.opening.date;
  }
  if (last?.closing) {
    metadata.closing_balance = balanceText(last.closing.amountMinor, last.closing.currency);
    metadata.period_end = last.closing.date;
  }
  return metadata;
}

const balanceText = (minor: number, currency: string) =>
  `${formatMinor(minor, currencyExponent(currency) ?? 2)} ${currency}`;
