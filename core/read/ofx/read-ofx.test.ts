import { describe, expect, it } from 'vitest';
import { controlStatus } from '../../import/types.ts';
import type { Profile } from '../../profile/types.ts';
import { DocumentError } from '../document.ts';
import { readOfxDocument } from './document.ts';
import { OFX_COLUMNS } from './transaction.ts';
import { ofxAmount, ofxDate } from './values.ts';

const profile = {} as Profile;
const read = (text: string) => readOfxDocument(text, profile);
const column = (name: (typeof OFX_COLUMNS)[number]) => OFX_COLUMNS.indexOf(name);
const cellsOf = (text: string, name: (typeof OFX_COLUMNS)[number]) =>
  read(text).rows.map((row) => row.cells[column(name)]);

const SGML_HEADER = [
  '',
  '',
  'OFXHEADER:100',
  'DATA:OFXSGML',
  'VERSION:102',
  'SECURITY:NONE',
  'ENCODING:USASCII',
  'CHARSET:1252',
  'COMPRESSION:NONE',
  'OLDFILEUID:NONE',
  'NEWFILEUID:NONE',
  '',
];
const signon = (code = '0', severity = 'INFO', message = '') =>
  `<SIGNONMSGSRSV1><SONRS><STATUS><CODE>${code}<SEVERITY>${severity}${message ? `<MESSAGE>${message}` : ''}</STATUS><DTSERVER>20240102<LANGUAGE>ENG</SONRS></SIGNONMSGSRSV1>`;

const SGML_BANK = [
  ...SGML_HEADER,
  '<OFX>',
  signon(),
  '<BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS>',
  '<STMTRS><CURDEF>USD',
  '<BANKACCTFROM><BANKID>121099999<BRANCHID><ACCTID>999988<ACCTTYPE>CHECKING</BANKACCTFROM>',
  '<BANKTRANLIST><DTSTART>20240101<DTEND>20240131235959.000[-5:EST]',
  '<STMTTRN>',
  '<TRNTYPE>CHECK',
  '<DTPOSTED>20240104 <!-- posted on the 4th -->',
  '<TRNAMT>-200.00',
  '<FITID>00002',
  '<CHECKNUM>1000',
  '<NAME>AT&amp;T',
  '</STMTTRN>',
  '<STMTTRN><TRNTYPE>DEP<DTPOSTED>20240120120000[+5.30:IST]<DTAVAIL>20240122<TRNAMT>+00000000000115.8300',
  '<FITID>00003<PAYEE><NAME>ACME<ADDR1>1 MAIN ST<CITY>X<STATE>CA<POSTALCODE>1</PAYEE><MEMO>Refund',
  '</STMTTRN>',
  '</BANKTRANLIST>',
  '<LEDGERBAL><BALAMT>200,29<DTASOF>20240131</LEDGERBAL>',
  '</STMTRS></STMTTRNRS></BANKMSGSRSV1>',
  '</OFX>',
].join('\r\n');

const XML_TWO_STATEMENTS = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<?OFX OFXHEADER="200" VERSION="211" SECURITY="NONE" OLDFILEUID="NONE" NEWFILEUID="NONE"?>
<OFX>
  ${signon()}
  <BANKMSGSRSV1><STMTTRNRS><TRNUID>1</TRNUID><STATUS><CODE>0</CODE><SEVERITY>INFO</SEVERITY></STATUS>
    <STMTRS><CURDEF>EUR</CURDEF>
      <BANKACCTFROM><BANKID>BANK</BANKID><ACCTID>NL91ABNA0417164300</ACCTID><ACCTTYPE>CHECKING</ACCTTYPE></BANKACCTFROM>
      <BANKTRANLIST><DTSTART>20240101</DTSTART><DTEND>20240131</DTEND>
        <STMTTRN><TRNTYPE>XFER</TRNTYPE><DTPOSTED>20240105</DTPOSTED><TRNAMT>-12.50</TRNAMT><FITID>A1</FITID>
          <NAME><![CDATA[SHOP <ONLINE>]]></NAME><REFNUM>R-1</REFNUM></STMTTRN>
        <STMTTRN><TRNTYPE>CREDIT</TRNTYPE><DTPOSTED>20240106</DTPOSTED><TRNAMT>100</TRNAMT><FITID>A2</FITID>
          <CURRENCY><CURRATE>1.1</CURRATE><CURSYM>USD</CURSYM></CURRENCY></STMTTRN>
      </BANKTRANLIST>
      <LEDGERBAL><BALAMT>87.50</BALAMT><DTASOF>20240131</DTASOF></LEDGERBAL>
    </STMTRS></STMTTRNRS></BANKMSGSRSV1>
  <CREDITCARDMSGSRSV1><CCSTMTTRNRS><TRNUID>2</TRNUID><STATUS><CODE>0</CODE><SEVERITY>INFO</SEVERITY></STATUS>
    <CCSTMTRS><CURDEF>EUR</CURDEF><CCACCTFROM><ACCTID>4111</ACCTID></CCACCTFROM>
      <BANKTRANLIST><DTSTART>20231215</DTSTART><DTEND>20240210</DTEND>
        <STMTTRN><TRNTYPE>DEBIT</TRNTYPE><DTPOSTED>20240107</DTPOSTED><TRNAMT>-3.00</TRNAMT><FITID>C1</FITID></STMTTRN>
      </BANKTRANLIST>
      <LEDGERBAL><BALAMT>-3.00</BALAMT><DTASOF>20240131</DTASOF></LEDGERBAL>
    </CCSTMTRS></CCSTMTTRNRS></CREDITCARDMSGSRSV1>
</OFX>`;

describe('readOfxDocument: OFX 1.x SGML', () => {
  const document = read(SGML_BANK);

  it('reads leaves without closing tags, after blank lines and the header, comments skipped', () => {
    expect(document.entries).toBe(2);
    expect(document.problems).toEqual([]);
    expect(cellsOf(SGML_BANK, 'fitid')).toEqual(['00002', '00003']);
    expect(cellsOf(SGML_BANK, 'name')).toEqual(['AT&T', '']);
    expect(cellsOf(SGML_BANK, 'payee')).toEqual(['', 'ACME']);
    expect(cellsOf(SGML_BANK, 'check_number')).toEqual(['1000', '']);
    expect(cellsOf(SGML_BANK, 'account')).toEqual(['999988', '999988']);
    expect(document.rows.map((row) => row.line)).toEqual([19, 27]);
  });

  it("signs by TRNAMT, reading zeros past the currency's decimals as exact", () => {
    expect(cellsOf(SGML_BANK, 'amount')).toEqual(['-200.00', '115.83']);
    expect(cellsOf(SGML_BANK, 'direction')).toEqual(['debit', 'credit']);
    expect(document.net_minor).toEqual({ USD: -20_000 + 11_583 });
  });

  it('refuses an amount finer than the currency instead of rounding it, keeping the entry counted', () => {
    const finer = read(SGML_BANK.replace('+00000000000115.8300', '+00000000000115.8331'));
    expect(finer.entries).toBe(2);
    expect(finer.rows).toHaveLength(1);
    expect(finer.net_minor).toEqual({ USD: -20_000 });
    expect(finer.problems).toEqual([
      expect.objectContaining({
        message: "STMTTRN TRNAMT '+00000000000115.8331' has more decimals than USD has (2); amounts are never rounded",
      }),
    ]);
  });

  it('turns OFX dates into ISO dates, keeping the stated offset', () => {
    expect(cellsOf(SGML_BANK, 'posted_on')).toEqual(['2024-01-04', '2024-01-20']);
    expect(cellsOf(SGML_BANK, 'posted_at')).toEqual(['2024-01-04T00:00:00', '2024-01-20T12:00:00+05:30']);
    expect(cellsOf(SGML_BANK, 'available_on')).toEqual(['', '2024-01-22']);
    expect(document.metadata).toMatchObject({ period_start: '2024-01-01', period_end: '2024-01-31' });
  });

  it('has no control checks when the ledger balance is stated (OFX states no opening balance)', () => {
    expect(document.controls).toEqual([]);
    expect(document.metadata).toMatchObject({ ofx_version: '102', ofx_charset: '1252', ledger_balance: '200,29 USD' });
  });

  it('decodes only the XML entities, never names inherited from objects', () => {
    const text = SGML_BANK.replace('<NAME>AT&amp;T', '<NAME>A&constructor;B&#65;&lt;');
    expect(cellsOf(text, 'name')[0]).toBe('A&constructor;BA<');
  });

  it('reads header fields run together on one line and an unclosed BANKTRANLIST', () => {
    const oneLine = SGML_BANK.replace(/\r\n/g, '').replace('</BANKTRANLIST>', '');
    expect(read(oneLine).entries).toBe(2);
    expect(read(oneLine).metadata.ofx_version).toBe('102');
  });
});

describe('readOfxDocument: OFX 2.x XML with several statements', () => {
  const document = read(XML_TWO_STATEMENTS);

  it('reads every bank and credit-card statement, in its own currency', () => {
    expect(document.entries).toBe(3);
    expect(cellsOf(XML_TWO_STATEMENTS, 'statement_kind')).toEqual(['bank', 'bank', 'credit card']);
    expect(cellsOf(XML_TWO_STATEMENTS, 'currency')).toEqual(['EUR', 'USD', 'EUR']);
    expect(document.net_minor).toEqual({ EUR: -1_550, USD: 10_000 });
    expect(document.metadata).toMatchObject({
      statements: '2',
      ofx_version: '211',
      account: 'NL91ABNA0417164300, 4111',
      period_start: '2023-12-15',
      period_end: '2024-02-10',
    });
  });

  it('reads CDATA values and references', () => {
    expect(cellsOf(XML_TWO_STATEMENTS, 'name')).toEqual(['SHOP <ONLINE>', '', '']);
    expect(cellsOf(XML_TWO_STATEMENTS, 'reference')).toEqual(['R-1', '', '']);
    expect(cellsOf(XML_TWO_STATEMENTS, 'currency_rate')).toEqual(['', '1.1', '']);
  });
});

describe('readOfxDocument: investment statements', () => {
  const text = [
    '<OFX>',
    signon(),
    '<INVSTMTMSGSRSV1><INVSTMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS>',
    '<INVSTMTRS><DTASOF>20240131<CURDEF>USD<INVACCTFROM><BROKERID>broker.example<ACCTID>X1</INVACCTFROM>',
    '<INVTRANLIST><DTSTART>20240101<DTEND>20240131',
    '<BUYSTOCK><INVBUY><INVTRAN><FITID>T1<DTTRADE>20240105</INVTRAN><TOTAL>-100.00</INVBUY><BUYTYPE>BUY</BUYSTOCK>',
    '<INVBANKTRAN><STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20240110<TRNAMT>1000.00<FITID>C1<NAME>DEPOSIT</STMTTRN><SUBACCTFUND>CASH</INVBANKTRAN>',
    '</INVTRANLIST></INVSTMTRS></INVSTMTTRNRS></INVSTMTMSGSRSV1></OFX>',
  ].join('\n');

  it('reads the cash transactions as entries and counts the trades it does not import', () => {
    const document = read(text);
    expect(document.entries).toBe(1);
    expect(cellsOf(text, 'amount')).toEqual(['1000.00']);
    expect(cellsOf(text, 'statement_kind')).toEqual(['investment']);
    expect(cellsOf(text, 'bank_id')).toEqual(['broker.example']);
    expect(document.controls).toEqual([]);
    expect(document.metadata.investment_transactions_not_entries).toBe('1');
  });
});

describe('readOfxDocument: what the file cannot give', () => {
  const refusal = (text: string) => {
    try {
      read(text);
    } catch (error) {
      if (error instanceof DocumentError) return error.message;
      throw error;
    }
    return 'read';
  };

  it('counts and rejects a STMTTRN outside any statement and reads one written inside another', () => {
    const [head, tail] = XML_TWO_STATEMENTS.split('</STMTRS>') as [string, string];
    const stray = '<STMTTRN><TRNTYPE>DEBIT</TRNTYPE><DTPOSTED>20240108</DTPOSTED><TRNAMT>-9.00</TRNAMT></STMTTRN>';
    const outside = read(`${head}</STMTRS>\n${stray}${tail}`);
    expect(outside.entries).toBe(4);
    expect(outside.rows).toHaveLength(3);
    expect(outside.problems).toEqual([
      {
        line: 16,
        message: 'STMTTRN stands outside any statement (STMTRS, CCSTMTRS or INVSTMTRS), so it has no account',
        raw: 'TRNTYPE=DEBIT DTPOSTED=20240108 TRNAMT=-9.00',
      },
    ]);
    const nested = read(XML_TWO_STATEMENTS.replace('<REFNUM>R-1</REFNUM>', `<REFNUM>R-1</REFNUM>${stray}`));
    expect(nested.entries).toBe(4);
    expect(nested.net_minor).toEqual({ EUR: -2450, USD: 10000 });
  });

  it('refuses a sign-on failure with its status and message', () => {
    const text = [...SGML_HEADER, `<OFX>${signon('15500', 'ERROR', 'Bad password')}</OFX>`].join('\n');
    expect(refusal(text)).toBe(
      'has no statement: the server refused the sign-on with status 15500 (invalid credentials): "Bad password"',
    );
  });

  it('names an unknown status code as written, nothing inherited', () => {
    const text = `<OFX>${signon('constructor', 'ERROR')}</OFX>`;
    expect(refusal(text)).toBe('has no statement: the server refused the sign-on with status constructor');
  });

  it('refuses a statement response with an error status and no statement', () => {
    const text = `<OFX>${signon()}<BANKMSGSRSV1><STMTTRNRS><TRNUID>9<STATUS><CODE>2000<SEVERITY>ERROR<MESSAGE>General Server Error</STATUS></STMTTRNRS></BANKMSGSRSV1></OFX>`;
    expect(refusal(text)).toBe(
      'has no statement: the statement request failed with status 2000 (general error): "General Server Error"',
    );
  });

  it('refuses a file without statements, a malformed tag and a file cut short', () => {
    expect(refusal([...SGML_HEADER, '<OFX></OFX>'].join('\n'))).toBe(
      'has no statement (no STMTRS, CCSTMTRS or INVSTMTRS)',
    );
    expect(refusal('<OFX>\n<SIGNONMSGSRSV1<OFC>NRS>\n</OFX>')).toBe('has a malformed tag "<SIGNONMSGSRSV1"');
    expect(refusal(SGML_BANK.slice(0, SGML_BANK.indexOf('</STMTRS>')))).toBe('is cut short: <STMTRS> is never closed');
    expect(refusal('<OFX><!DOCTYPE x [<!ENTITY a "b">]></OFX>')).toMatch(/declaration, which OFX files never carry/);
  });

  it('rejects a transaction whose amount or date cannot be read, keeping the others', () => {
    const text = SGML_BANK.replace('<TRNAMT>-200.00', '<TRNAMT>$120').replace(
      '<DTPOSTED>20240120120000',
      '<DTPOSTED>20240231',
    );
    const document = read(text);
    expect(document.entries).toBe(2);
    expect(document.rows).toHaveLength(0);
    expect(document.problems.map((problem) => [problem.line, problem.message])).toEqual([
      [19, "STMTTRN TRNAMT '$120' is not an amount"],
      [27, "STMTTRN DTPOSTED '20240231[+5.30:IST]' is not a date"],
    ]);
  });

  it('reads a statement whose ledger balance is empty as stating no control, with a warning', () => {
    const document = read(SGML_BANK.replace('<BALAMT>200,29', '<BALAMT>'));
    expect(controlStatus(document.controls)).toBe('none');
    expect(document.warnings).toEqual([
      {
        code: 'ofx_ledger_balance_missing',
        message:
          'statement 1 (account 999988): ledger balance (LEDGERBAL/BALAMT) is empty: the statement states no balance',
        line: 31,
      },
    ]);
    expect(document.rows).toHaveLength(2);
  });

  it('flags a statement whose ledger balance is not an amount', () => {
    const document = read(SGML_BANK.replace('<BALAMT>200,29', '<BALAMT>N/A'));
    expect(controlStatus(document.controls)).toBe('mismatch');
    expect(document.controls[0]).toMatchObject({ stated: "'N/A', not an amount", holds: false });
  });
});

describe('OFX values', () => {
  it('reads dates with and without time, fraction and zone', () => {
    expect(ofxDate('20181202184906.217[-5:EDT]')).toEqual({ date: '2018-12-02', iso: '2018-12-02T18:49:06.217-05:00' });
    expect(ofxDate('20170407001840.607[0:GMT]')?.iso).toBe('2017-04-07T00:18:40.607+00:00');
    expect(ofxDate('19961029')).toEqual({ date: '1996-10-29', iso: '1996-10-29T00:00:00' });
    expect(ofxDate('20240229')?.date).toBe('2024-02-29');
    expect([ofxDate('20230229'), ofxDate('201120000000'), ofxDate('2024-01-01'), ofxDate('')]).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });

  it('reads amounts with a point or a comma, signs and leading zeros; refuses anything else', () => {
    expect(ofxAmount('-200,00', 2)).toEqual({ minor: -20_000, rounded: false });
    expect(ofxAmount('+00000000001500.0000', 2)).toEqual({ minor: 150_000, rounded: false });
    expect(ofxAmount('-995.4190396554627', 2)).toMatchObject({ rounded: true });
    expect(ofxAmount('0.005', 2)).toMatchObject({ rounded: true });
    expect(ofxAmount('12', 0)).toEqual({ minor: 12, rounded: false });
    expect(['$120', '1,234.50', '', '-', '1e5', '99999999999999999'].map((text) => ofxAmount(text, 2))).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});
