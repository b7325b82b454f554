import type { Repairs } from '../repairs.ts';
import { child, descendant, findAll, valueAt } from './elements.ts';
import type { OfxElement } from './sgml.ts';

export type OfxBalance = { amount: string; date: string; line: number };

export type OfxStatement = {
  kind: 'bank' | 'credit card' | 'investment';
  /** STMTRS, CCSTMTRS or INVSTMTRS. */
  name: string;
  line: number;
  /** CURDEF: the statement's currency, `''` when the file leaves it empty. */
  currency: string;
  account: string;
  bankId: string;
  accountType: string;
  start: string | null;
  end: string | null;
  /** LEDGERBAL (bank, credit card); null when absent, its amount `''` when empty. */
  ledger: OfxBalance | null;
  available: OfxBalance | null;
  /** The STMTTRN elements: bank transactions, and an investment statement's INVBANKTRAN cash. */
  transactions: OfxElement[];
  /** Investment transactions other than cash (trades, income, transfers), which are not entries. */
  otherTransactions: number;
};

/** A STATUS aggregate of the sign-on or of a statement response that reports an error. */
export type OfxStatus = { code: string; severity: string; message: string; response: string; line: number };

const STATEMENT_KINDS: Readonly<Record<string, OfxStatement['kind']>> = {
  STMTRS: 'bank',
  CCSTMTRS: 'credit card',
  INVSTMTRS: 'investment',
};
const STATEMENTS = new Set(Object.keys(STATEMENT_KINDS));
const RESPONSES = new Set(['SONRS', 'STMTTRNRS', 'CCSTMTTRNRS', 'INVSTMTTRNRS']);
const TRANSACTION = new Set(['STMTTRN']);
const ACCOUNTS = ['BANKACCTFROM', 'CCACCTFROM', 'INVACCTFROM'];

/**
 * The statements of an OFX response — bank (STMTRS), credit card (CCSTMTRS) and investment
 * (INVSTMTRS), any number per file — and the error statuses the server reported. A statement
 * that names no account is read all the same, its entries with no account, and flagged.
 */
export function readOfxStatements(
  ofx: OfxElement,
  repairs: Repairs,
): { statements: OfxStatement[]; errors: OfxStatus[] } {
  const errors = findAll(ofx, RESPONSES).flatMap((response) => {
    const status = errorStatus(response);
    return status ? [status] : [];
  });
  const statements = findAll(ofx, STATEMENTS).map(readStatement);
  statements.forEach((statement, index) => {
    if (statement.account !== '') return;
    const from = ACCOUNTS[statement.kind === 'bank' ? 0 : statement.kind === 'credit card' ? 1 : 2] ?? '';
    const message = `statement ${index + 1} (${statement.name}) names no account (no ${from} with an ACCTID); its entries are read without an account`;
    repairs.add('ofx_no_account', message, statement.line);
  });
  return { statements, errors };
}

/** STMTTRN elements that stand outside any statement: entries with no account or currency. */
export function looseTransactions(ofx: OfxElement): OfxElement[] {
  return findAll(ofx, new Set([...STATEMENTS, ...TRANSACTION]))
    .filter((found) => TRANSACTION.has(found.name))
    .flatMap((trn) => [trn, ...findAll(trn, TRANSACTION, true)]);
}

function readStatement(element: OfxElement): OfxStatement {
  const kind = STATEMENT_KINDS[element.name] ?? 'bank';
  const account = ACCOUNTS.map((name) => descendant(element, name)).find((found) => found !== undefined);
  const accountId = valueAt(account, 'ACCTID') ?? '';
  const list = kind === 'investment' ? descendant(element, 'INVTRANLIST') : undefined;
  return {
    kind,
    name: element.name,
    line: element.line,
    currency: (valueAt(descendant(element, 'CURDEF')) ?? '').toUpperCase(),
    account: accountId,
    bankId: valueAt(account, 'BANKID') ?? valueAt(account, 'BROKERID') ?? '',
    accountType: valueAt(account, 'ACCTTYPE') ?? '',
    start: valueAt(descendant(element, 'DTSTART')),
    end: valueAt(descendant(element, 'DTEND')),
    ledger: balance(descendant(element, 'LEDGERBAL')),
    available: balance(descendant(element, 'AVAILBAL')),
    // A STMTTRN written inside another is an entry of its own, not lost inside its parent.
    transactions: findAll(element, TRANSACTION, true),
    otherTransactions: list?.children.filter((c) => c.value === null && c.name !== 'INVBANKTRAN').length ?? 0,
  };
}

function balance(element: OfxElement | undefined): OfxBalance | null {
  if (!element) return null;
  return { amount: valueAt(element, 'BALAMT') ?? '', date: valueAt(element, 'DTASOF') ?? '', line: element.line };
}

function errorStatus(response: OfxElement): OfxStatus | null {
  const status = child(response, 'STATUS');
  const code = valueAt(status, 'CODE') ?? '';
  const severity = (valueAt(status, 'SEVERITY') ?? '').toUpperCase();
  if (!status || severity === 'INFO' || severity === 'WARN' || (severity === '' && /^0*$/.test(code))) return null;
  return { code, severity, message: valueAt(status, 'MESSAGE') ?? '', response: response.name, line: status.line };
}

/** What OFX status codes mean (OFX 2.1.1 §3.1.4, §7.2.2 and the signon codes of §2.5.1.5). */
const STATUS_MEANINGS: Readonly<Record<string, string>> = {
  '2000': 'general error',
  '2002': 'general account error',
  '2003': 'account not found',
  '2004': 'account closed',
  '2005': 'account not authorized',
  '2020': 'invalid date',
  '2027': 'invalid date range',
  '2028': 'requested element unknown',
  '6500': 'the server could not process the request',
  '15000': 'user must change the password',
  '15500': 'invalid credentials',
  '15501': 'customer account already in use',
  '15502': 'invalid user ID',
  '15503': 'invalid password',
  '15505': 'password expired',
  '15510': 'client version not supported',
};

/** `status 15500 (invalid credentials): message` — an error status as a person reads it. */
export function describeStatus(status: OfxStatus): string {
  const meaning = Object.hasOwn(STATUS_MEANINGS, status.code) ? STATUS_MEANINGS[status.code] : undefined;
  const message = status.message && status.message.toLowerCase() !== meaning ? `: "${status.message}"` : '';
  return `status ${status.code || '(no code)'}${meaning ? ` (${meaning})` : ''}${message}`;
}
