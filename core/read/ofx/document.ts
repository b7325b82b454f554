import type { DocumentReader, EntryDocument } from '../document.ts';
import { DocumentError } from '../document.ts';
import { Repairs } from '../repairs.ts';
import { findAll } from './elements.ts';
import { readOfxHeader, versionRepair } from './header.ts';
import { ofxControls } from './controls.ts';
import { parseOfxElements, type OfxElement } from './sgml.ts';
import {
  describeStatus,
  looseTransactions,
  readOfxStatements,
  type OfxStatement,
  type OfxStatus,
} from './statements.ts';
import { OFX_COLUMNS, readTransaction } from './transaction.ts';
import { EXCESS_DECIMALS, roundingTotals, roundingWarning, type RoundedEntry } from './rounding.ts';
import { ofxAmount, ofxDate } from './values.ts';

/**
 * OFX 1.x (SGML) and 2.x (XML) statements, QFX alike, as entry rows: one per STMTTRN of every
 * bank, credit-card and investment statement in the file, with its statement's account and
 * currency; a STMTTRN outside any statement is counted and rejected. An error status with no statement, or a file without any statement, is refused with
 * what the file says instead. Balances go to the metadata; see {@link ofxControls} for the checks.
 * What was repaired to read the file as banks write it (closing tags that do not match, a
 * statement with no account, empty statement dates, an unknown VERSION) is a warning per repair.
 *
 * @example readOfxDocument(text, profile).rows[0]?.cells[11] // '-80.32'
 */
export const readOfxDocument: DocumentReader = (text, _profile, options = {}) => {
  const header = readOfxHeader(text);
  const repairs = new Repairs();
  const { elements, pis } = parseOfxElements(text.slice(header.bodyStart), header.bodyLine, repairs);
  const root = ofxRoot(elements);
  const { statements, errors } = readOfxStatements(root, repairs);
  if (statements.length === 0) throw noStatement(root, errors);
  const fields = { ...header.fields, ...pis.get('OFX') };
  versionRepair(fields.VERSION, header.versionLine ?? header.bodyLine, repairs);
  statementDateRepairs(statements, repairs);
  const document: EntryDocument = {
    columns: OFX_COLUMNS,
    rows: [],
    entries: 0,
    net_minor: {},
    controls: ofxControls(statements, errors, repairs),
    metadata: {},
    problems: [],
  };
  const rounded: RoundedEntry[] = [];
  const round = options.roundExcessDecimals === 'half-even';
  statements.forEach((statement, at) => {
    for (const trn of statement.transactions) {
      const read = readTransaction(statement, at + 1, trn, round);
      if (read.ok && read.written !== null && ofxAmount(read.written, read.exponent)?.rounded)
        rounded.push({
          line: trn.line,
          currency: read.currency,
          written: read.written,
          minor: read.minor,
          exponent: read.exponent,
        });
      document.entries++;
      if (read.currency && read.minor !== null)
        document.net_minor[read.currency] = (document.net_minor[read.currency] ?? 0) + read.minor;
      if (read.ok) document.rows.push({ line: trn.line, cells: read.cells });
      else
        document.problems.push({
          line: trn.line,
          message: `STMTTRN ${read.message}`,
          raw: rawOf(trn),
          ...(read.excessDecimalsOnly ? { code: EXCESS_DECIMALS } : {}),
        });
    }
  });
  for (const trn of looseTransactions(root)) {
    document.entries++;
    const message = 'STMTTRN stands outside any statement (STMTRS, CCSTMTRS or INVSTMTRS), so it has no account';
    document.problems.push({ line: trn.line, message, raw: rawOf(trn) });
  }
  document.metadata = metadataOf(statements, fields);
  document.warnings = repairs.list();
  if (rounded.length > 0) {
    const totals = roundingTotals(rounded);
    document.warnings.push(roundingWarning(rounded, totals));
    document.metadata.amounts_rounded = `half-even: ${rounded.length} ${rounded.length === 1 ? 'entry' : 'entries'}, net changed by ${Object.entries(
      totals,
    )
      .map(([currency, total]) => `${total} ${currency}`)
      .join(', ')}`;
  }
  return document;
};

/** An empty or unreadable DTSTART/DTEND leaves the period unstated; the entries keep their own dates. */
function statementDateRepairs(statements: readonly OfxStatement[], repairs: Repairs): void {
  statements.forEach((statement, index) => {
    for (const [name, text] of [
      ['DTSTART', statement.start],
      ['DTEND', statement.end],
    ] as const) {
      if (text === null || (text !== '' && ofxDate(text))) continue;
      const what = text === '' ? 'is empty' : `'${text}' is not a date`;
      const message = `statement ${index + 1} (${statement.name}): ${name} ${what}, so the period it covers is not stated`;
      repairs.add('ofx_statement_date_unreadable', message, statement.line);
    }
  });
}

function ofxRoot(elements: OfxElement[]): OfxElement {
  const [root, extra] = elements;
  if (!root) throw new DocumentError('has no OFX elements');
  if (root.name !== 'OFX')
    throw new DocumentError(`has no <OFX> root element (it starts with <${root.name}>)`, root.line);
  if (extra) throw new DocumentError(`has <${extra.name}> after the closing </OFX>`, extra.line);
  return root;
}

/** Why a file with no statement is refused: the server's error, or what the file is instead. */
function noStatement(root: OfxElement, errors: OfxStatus[]): DocumentError {
  const [error] = errors;
  if (error) {
    const what = error.response === 'SONRS' ? 'the server refused the sign-on' : `the statement request failed`;
    return new DocumentError(`has no statement: ${what} with ${describeStatus(error)}`, error.line);
  }
  const loose = findAll(root, new Set(['STMTTRN'])).length;
  if (loose > 0)
    return new DocumentError(
      `has no statement (STMTRS, CCSTMTRS or INVSTMTRS): its ${loose} STMTTRN stand${loose === 1 ? 's' : ''} outside any statement`,
    );
  if (findAll(root, new Set(['ACCTINFORS'])).length > 0)
    return new DocumentError('has no statement: it is an account list (ACCTINFORS), not a statement');
  return new DocumentError('has no statement (no STMTRS, CCSTMTRS or INVSTMTRS)');
}

function rawOf(trn: OfxElement): string {
  return trn.children
    .filter((leaf) => leaf.value !== null && leaf.value !== '')
    .map((leaf) => `${leaf.name}=${leaf.value ?? ''}`)
    .join(' ');
}

function metadataOf(statements: readonly OfxStatement[], header: Record<string, string>): Record<string, string> {
  const metadata: Record<string, string> = { statements: String(statements.length) };
  if (header.VERSION) metadata.ofx_version = header.VERSION;
  if (header.CHARSET) metadata.ofx_charset = header.CHARSET;
  metadata.account = [...new Set(statements.map((s) => s.account))].join(', ');
  const balances = (pick: (s: OfxStatement) => OfxStatement['ledger']) =>
    statements.filter((s) => pick(s)?.amount).map((s) => `${pick(s)?.amount ?? ''} ${s.currency}`.trim());
  const ledger = balances((s) => s.ledger);
  if (ledger.length > 0) metadata.ledger_balance = ledger.join(', ');
  const available = balances((s) => s.available);
  if (available.length > 0) metadata.available_balance = available.join(', ');
  const starts = statements.map((s) => ofxDate(s.start ?? '')?.date).filter((d): d is string => !!d);
  const ends = statements.map((s) => ofxDate(s.end ?? '')?.date).filter((d): d is string => !!d);
  if (starts.length > 0 && ends.length > 0) {
    metadata.period_start = starts.sort()[0] ?? '';
    metadata.period_end = ends.sort()[ends.length - 1] ?? '';
  }
  const other = statements.reduce((sum, s) => sum + s.otherTransactions, 0);
  if (other > 0) metadata.investment_transactions_not_entries = String(other);
  return metadata;
}
