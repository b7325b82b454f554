import { currencyExponent } from '../../currency.ts';
import { formatMinor } from '../../money.ts';
import { DocumentError, readWhole, type DocumentOpener, type DocumentParser, type DocumentRow } from '../document.ts';
import { mt940Controls } from './controls.ts';
import { Mt940Reader, type Mt940Entry, type Mt940Statement } from './read-mt940.ts';

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
 * MT940 statements and MT942 interim reports as entry rows, read as the text arrives: one per
 * `:61:` line with its `:86:` details, the statement's account and currency on every row,
 * balances as metadata and the opening + entries = closing (or `:90D:`/`:90C:`) checks as the
 * file's own controls.
 *
 * @example readMt940Document(text, profile).rows[0]?.cells[8] // '-79.70'
 */
export const openMt940Document: DocumentOpener = (): DocumentParser => {
  let rows: DocumentRow[] = [];
  let entries = 0;
  const net: Record<string, number> = {};
  const reader = new Mt940Reader((statement, entry) => {
    rows.push({ line: entry.line, cells: cellsOf(statement, entry) });
    entries++;
    net[entry.currency] = (net[entry.currency] ?? 0) + entry.amountMinor;
  });
  return {
    columns: MT940_COLUMNS,
    whole: false,
    push: (text) => reader.push(text),
    take: () => {
      const part = { rows, problems: reader.problems.map((problem) => ({ ...problem, raw: '' })) };
      rows = [];
      reader.problems = [];
      return part;
    },
    end: () => {
      const warnings = reader.end();
      const statements = reader.statements;
      if (statements.every((statement) => statement.tally.count === 0 && !statement.opening && !statement.debits))
        throw new DocumentError('has no MT940/MT942 statement (no :20: with balances or :61: lines)');
      return {
        entries,
        net_minor: net,
        controls: mt940Controls(statements),
        metadata: metadataOf(statements),
        warnings,
      };
    },
  };
};

/** The whole text of an MT940/MT942 file read at once (see {@link openMt940Document}). */
export const readMt940Document = readWhole(openMt940Document);

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
