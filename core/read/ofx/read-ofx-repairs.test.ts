// OFX files as banks really write them, read the way forgiving OFX parsers read them: each
// repair is a warning naming its line, and the money is read exactly or not at all.
import { describe, expect, it } from 'vitest';
import { controlStatus } from '../../import/types.ts';
import type { Profile } from '../../profile/types.ts';
import { readOfxDocument } from './document.ts';
import { OFX_COLUMNS } from './transaction.ts';

const read = (text: string) => readOfxDocument(text, {} as Profile);
const cells = (text: string, name: (typeof OFX_COLUMNS)[number]) =>
  read(text).rows.map((row) => row.cells[OFX_COLUMNS.indexOf(name)]);
const codes = (text: string) => (read(text).warnings ?? []).map((said) => [said.code, said.line]);

/** A Brazilian-style SGML download: one line per tag, leaves closed or not. */
const statement = (body: string[], { version = '102', kind = 'STMTRS' } = {}) =>
  [
    'OFXHEADER:100',
    'DATA:OFXSGML',
    `VERSION:${version}`,
    'SECURITY:NONE',
    'ENCODING:USASCII',
    'CHARSET:1252',
    'COMPRESSION:NONE',
    'OLDFILEUID:NONE',
    'NEWFILEUID:NONE',
    '',
    '<OFX>',
    '<BANKMSGSRSV1><STMTTRNRS><TRNUID>1',
    `<${kind}><CURDEF>BRL`,
    ...body,
    `</${kind}></STMTTRNRS></BANKMSGSRSV1>`,
    '</OFX>',
  ].join('\n');

const ACCOUNT = '<BANKACCTFROM><BANKID>341<ACCTID>12345-6<ACCTTYPE>CHECKING</BANKACCTFROM>';
const LEDGER = '<LEDGERBAL><BALAMT>1000.00<DTASOF>20240131</LEDGERBAL>';
const trn = (amount: string, extra = '') =>
  `<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240105<TRNAMT>${amount}<FITID>F${amount}${extra}</STMTTRN>`;

describe('OFX closing tags that do not match', () => {
  it('reads a leaf closed by another name as the leaf it follows, both dates kept', () => {
    const text = statement([
      ACCOUNT,
      '<BANKTRANLIST><DTSTART>20240101<DTEND>20240131',
      '<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240105</DTPOSTED>',
      '<DTUSER>20240104</DTPOSTED>',
      '<TRNAMT>-75.10</TRNAMT><FITID>A1</STMTTRN>',
      '</BANKTRANLIST>',
      LEDGER,
    ]);
    expect(cells(text, 'amount')).toEqual(['-75.10']);
    expect(cells(text, 'posted_on')).toEqual(['2024-01-05']);
    expect(cells(text, 'user_on')).toEqual(['2024-01-04']);
    expect(read(text).warnings).toEqual([
      {
        code: 'ofx_closing_tag_mismatch',
        message: 'closing tag </DTPOSTED> after the value of <DTUSER> read as the end of <DTUSER>',
        line: 17,
      },
    ]);
  });

  it('ignores doubled aggregate closings, keeping every entry in its statement', () => {
    const text = statement([
      ACCOUNT,
      '<BANKTRANLIST><DTSTART>20240101<DTEND>20240131',
      trn('-10.00'),
      '</STMTTRN>',
      trn('25.50'),
      '</BANKTRANLIST></BANKTRANLIST>',
      LEDGER,
    ]);
    const document = read(text);
    expect(document.entries).toBe(2);
    expect(document.net_minor).toEqual({ BRL: 1550 });
    expect(document.metadata.ledger_balance).toBe('1000.00 BRL');
    expect(codes(text)).toEqual([
      ['ofx_closing_tag_stray', 17],
      ['ofx_closing_tag_stray', 19],
    ]);
  });

  it('reads a credit-card statement closed as a bank statement, its balance kept', () => {
    const text = statement(
      [
        '<CCACCTFROM><ACCTID>5500</CCACCTFROM>',
        '<BANKTRANLIST><DTSTART>20240101<DTEND>20240131',
        trn('-42.00'),
        '</BANKTRANLIST>',
        '<LEDGERBAL><BALAMT>-42.00<DTASOF>20240131</LEDGERBAL>',
        '</STMTRS>',
      ],
      { kind: 'CCSTMTRS' },
    ).replace('</CCSTMTRS></STMTTRNRS>', '</STMTTRNRS>');
    const document = read(text);
    expect(cells(text, 'statement_kind')).toEqual(['credit card']);
    expect(document.metadata.ledger_balance).toBe('-42.00 BRL');
    expect(document.warnings).toEqual([
      {
        code: 'ofx_closing_tag_mismatch',
        message: 'closing tag </STMTRS> read as the end of <CCSTMTRS> (line 13), the element open there',
        line: 19,
      },
    ]);
  });

  it('names the first five repairs of a kind and counts the rest', () => {
    const many = Array.from({ length: 8 }, (_, at) => `${trn(`-${at + 1}.00`)}</STMTTRN>`);
    const text = statement([ACCOUNT, '<BANKTRANLIST>', ...many, '</BANKTRANLIST>', LEDGER]);
    const warnings = read(text).warnings ?? [];
    expect(read(text).entries).toBe(8);
    expect(warnings).toHaveLength(6);
    expect(warnings[5]).toEqual({
      code: 'ofx_closing_tag_stray',
      message: '3 more of the same repair (lines 21, 22, 23)',
      line: 21,
    });
  });
});

describe('OFX statements that leave things out', () => {
  it('reads STATUS blocks inside transactions, closed or not, as no part of the entry', () => {
    const text = statement([
      ACCOUNT,
      '<BANKTRANLIST>',
      trn('-5.00', '<STATUS><CODE>0<SEVERITY>INFO</STATUS>'),
      '<STMTTRN><STATUS><CODE>0<SEVERITY>INFO<TRNTYPE>CREDIT<DTPOSTED>20240106<TRNAMT>7.25<FITID>B2</STMTTRN>',
      '</BANKTRANLIST>',
      LEDGER,
    ]);
    const document = read(text);
    expect(document.problems).toEqual([]);
    expect(cells(text, 'amount')).toEqual(['-5.00', '7.25']);
    expect(cells(text, 'posted_on')).toEqual(['2024-01-05', '2024-01-06']);
    expect(document.warnings).toEqual([]);
  });

  it('reads empty statement dates with a warning, and still rejects an entry without a date', () => {
    const text = statement([
      ACCOUNT,
      '<BANKTRANLIST><DTSTART><DTEND>',
      trn('-5.00'),
      '<STMTTRN><TRNTYPE>DEBIT<DTPOSTED><TRNAMT>-9.00<FITID>X</STMTTRN>',
      '</BANKTRANLIST>',
      LEDGER,
    ]);
    const document = read(text);
    expect(document.entries).toBe(2);
    expect(cells(text, 'amount')).toEqual(['-5.00']);
    expect(document.problems.map((problem) => problem.message)).toEqual([
      'STMTTRN has no DTPOSTED (the date it was posted)',
    ]);
    expect(document.metadata.period_start).toBeUndefined();
    expect(document.warnings?.map((said) => said.message)).toEqual([
      'statement 1 (STMTRS): DTSTART is empty, so the period it covers is not stated',
      'statement 1 (STMTRS): DTEND is empty, so the period it covers is not stated',
    ]);
  });

  it('reads a statement that names no account, its entries without one, with a warning', () => {
    const text = statement(['<BANKTRANLIST>', trn('-5.00'), '</BANKTRANLIST>', LEDGER]);
    const document = read(text);
    expect(cells(text, 'account')).toEqual(['']);
    expect(document.net_minor).toEqual({ BRL: -500 });
    expect(controlStatus(document.controls)).toBe('none');
    expect(document.warnings).toEqual([
      {
        code: 'ofx_no_account',
        message:
          'statement 1 (STMTRS) names no account (no BANKACCTFROM with an ACCTID); its entries are read without an account',
        line: 13,
      },
    ]);
  });

  it('reads an unknown header VERSION as OFX and flags it on its line', () => {
    const text = statement([ACCOUNT, '<BANKTRANLIST>', trn('-5.00'), '</BANKTRANLIST>', LEDGER], { version: '100' });
    expect(cells(text, 'amount')).toEqual(['-5.00']);
    expect(read(text).warnings).toEqual([
      {
        code: 'ofx_version_unknown',
        message:
          "header VERSION '100' is not a version the OFX specifications define (1.02 to 1.6, 2.0 to 2.3); the file is read as OFX",
        line: 3,
      },
    ]);
    expect(read(text.replace('VERSION:100', 'VERSION:102')).warnings).toEqual([]);
  });

  it('reads an absent ledger balance as no control, with a warning', () => {
    const text = statement([ACCOUNT, '<BANKTRANLIST>', trn('-5.00'), '</BANKTRANLIST>']);
    expect(controlStatus(read(text).controls)).toBe('none');
    expect(codes(text)).toEqual([['ofx_ledger_balance_missing', 13]]);
  });
});
