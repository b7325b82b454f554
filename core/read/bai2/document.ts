import { currencyExponent } from '../../currency.ts';
import { formatMinor } from '../../money.ts';
import {
  DocumentError,
  readWhole,
  type DocumentOpener,
  type DocumentParser,
  type DocumentProblem,
  type DocumentRow,
} from '../document.ts';
import { bai2Controls } from './controls.ts';
import { Bai2Reader, type Bai2Account, type Bai2Detail, type Bai2File, type Bai2Group } from './read-bai2.ts';

/** The fields of a BAI2 detail row, as a profile names them. */
export const BAI2_COLUMNS = [
  'group',
  'originator',
  'as_of',
  'account',
  'currency',
  'type_code',
  'direction',
  'amount',
  'funds_type',
  'value_date',
  'bank_reference',
  'customer_reference',
  'text',
] as const;

/**
 * BAI2 cash-management files as entry rows, read as the text arrives: one per 16 detail, signed by its type code (credits
 * 100–399, debits 400–699), in minor units of its account's currency (the 03 record's, else the
 * group's, else USD) with its group's as-of date, funds availability, references and text (88
 * continuations included). The 49/98/99 control totals and record counts are the file's own
 * checks, see {@link bai2Controls}.
 *
 * @example readBai2Document(text, profile).rows[0]?.cells[7] // '-25.00'
 */
export const openBai2Document: DocumentOpener = (): DocumentParser => {
  let rows: DocumentRow[] = [];
  let problems: DocumentProblem[] = [];
  let entries = 0;
  const net: Record<string, number> = {};
  const reader = new Bai2Reader((detail, account, group, number) => {
    entries++;
    if (detail.amountMinor !== null) net[account.currency] = (net[account.currency] ?? 0) + detail.amountMinor;
    const exponent = currencyExponent(account.currency);
    const problem =
      detail.problem ?? (exponent === undefined ? `currency "${account.currency}" is not an ISO 4217 code` : null);
    if (problem === null && exponent !== undefined)
      rows.push({ line: detail.line, cells: cellsOf(number, group, account, detail, exponent) });
    else problems.push({ line: detail.line, message: `16 record ${problem ?? ''}`, raw: rawOf(detail) });
  });
  return {
    columns: BAI2_COLUMNS,
    whole: false,
    push: (text) => reader.push(text),
    take: () => {
      const part = { rows, problems };
      rows = [];
      problems = [];
      return part;
    },
    end: () => {
      const file = reader.end();
      if (file.groups.length === 0) throw new DocumentError('has no group (no 02 record): it holds no account');
      return { entries, net_minor: net, controls: bai2Controls(file), metadata: metadataOf(file) };
    },
  };
};

/** The whole text of a BAI2 file read at once (see {@link openBai2Document}). */
export const readBai2Document = readWhole(openBai2Document);

function cellsOf(
  index: number,
  group: Bai2Group,
  account: Bai2Account,
  detail: Bai2Detail,
  exponent: number,
): string[] {
  const amount = detail.amountMinor ?? 0;
  return [
    String(index),
    group.originator,
    group.asOf ?? '',
    account.number,
    account.currency,
    detail.typeCode,
    amount < 0 ? 'debit' : 'credit',
    formatMinor(amount, exponent),
    detail.funds,
    detail.valueDate ?? '',
    detail.bankReference,
    detail.customerReference,
    detail.text,
  ];
}

function rawOf(detail: Bai2Detail): string {
  return [detail.typeCode, detail.written ?? '', detail.bankReference, detail.customerReference, detail.text].join(',');
}

function metadataOf(file: Bai2File): Record<string, string> {
  const accounts = file.groups.flatMap((group) => group.accounts);
  const dates = file.groups.map((group) => group.asOf).filter((date): date is string => date !== null);
  const metadata: Record<string, string> = {
    sender: file.sender,
    receiver: file.receiver,
    file_id: file.fileId,
    groups: String(file.groups.length),
    accounts: String(accounts.length),
    account: [...new Set(accounts.map((account) => account.number))].join(', '),
  };
  if (file.created) metadata.created_on = file.created;
  if (dates.length > 0) {
    metadata.period_start = [...dates].sort()[0] ?? '';
    metadata.period_end = [...dates].sort()[dates.length - 1] ?? '';
  }
  const balance = (code: string) =>
    accounts
      .map((account) => [account, account.summaries.find(([type]) => type === code)?.[1]] as const)
      .filter(([, amount]) => amount !== undefined)
      .map(
        ([account, amount]) =>
          `${formatMinor(amount ?? 0, currencyExponent(account.currency) ?? 2)} ${account.currency}`,
      );
  if (balance('010').length > 0) metadata.opening_ledger_balance = balance('010').join(', ');
  if (balance('015').length > 0) metadata.closing_ledger_balance = balance('015').join(', ');
  return metadata;
}
