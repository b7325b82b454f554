// A statement read as its text arrives in pieces of any size gives the same rows, lines, totals
// and warnings as the whole text read at once.
import { describe, expect, it } from 'vitest';
import { builtinProfiles } from '../profile/builtin.ts';
import type { Profile } from '../profile/types.ts';
import { DocumentError, type DocumentOpener, type EntryDocument } from './document.ts';
import { openBai2Document } from './bai2/document.ts';
import { openMt940Document } from './mt940/document.ts';
import { openXmlDocument } from './xml/document.ts';

const profile = (id: string) => builtinProfiles().find((candidate) => candidate.id === id) as Profile;

function readInPieces(open: DocumentOpener, using: Profile, text: string, size: number): EntryDocument {
  const parser = open(using);
  const document: EntryDocument = {
    columns: parser.columns,
    rows: [],
    problems: [],
    entries: 0,
    net_minor: {},
    controls: [],
    metadata: {},
  };
  const take = () => {
    const part = parser.take();
    document.rows.push(...part.rows);
    document.problems.push(...part.problems);
  };
  for (let at = 0; at < text.length; at += size) {
    parser.push(text.slice(at, at + size));
    take();
  }
  const facts = parser.end();
  take();
  return { ...document, ...facts };
}

const MT940 = [
  '\u0001{1:F01POFICHBEAXXX0000000000}{2:I940XXXXXXXXXXXXN}{4:',
  ':20:STMT1',
  ':25:NL91ABNA0417164300',
  ':60F:C240301EUR1000,00',
  ':61:2403010301D250,NTRFNONREF//B1',
  ':86:RENT MARCH',
  'SECOND LINE',
  ':61:240302C100,5NTRFREF2',
  ':61:2403X',
  ':61:240303rd10,NTRFREV',
  ':62F:C240303EUR860,50',
  '-}\u0003',
].join('\r\n');

const CAMT = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>',
  '<GrpHdr><MsgId>M</MsgId></GrpHdr><Stmt><Id>S</Id><Acct><Id><IBAN>DE89370400440532013000</IBAN></Id></Acct>',
  '<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">10.00</Amt><CdtDbtInd>CRDT</CdtDbtInd></Bal>',
  '<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">14.50</Amt><CdtDbtInd>CRDT</CdtDbtInd></Bal>',
  '<!-- a comment <Ntry> -->',
  '<Ntry><Amt Ccy="EUR">6.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2024-03-01</Dt></BookgDt>',
  '  <NtryDtls><TxDtls><Refs><EndToEndId>A</EndToEndId></Refs><Amt Ccy="EUR">2.50</Amt></TxDtls>',
  '  <TxDtls><Refs><EndToEndId>B</EndToEndId></Refs><Amt Ccy="EUR">3.50</Amt></TxDtls></NtryDtls></Ntry>',
  '<Ntry><Amt Ccy="EUR">1.50</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts><AddtlNtryInf><![CDATA[Fee & <more>]]></AddtlNtryInf></Ntry>',
  '</Stmt></BkToCstmrStmt></Document>',
].join('\n');

const BAI2 = [
  '01,BANK,CUSTOMER,240301,0800,7,80,1,2/',
  '02,CUSTOMER,BANK,1,240229,2359,GBP,2/',
  '03,12345678,,010,100000,,,015,20000,,,/',
  '88,040,5000,,/',
  '16,195,2500,V,240301,,BANKREF1,CUSTREF1,WIRE FROM ACME, LTD',
  '88,INVOICE 12/2024 / FINAL',
  '16,409,1000,S,500,300,200,BANKREF2,,CHEQUE 1001/',
  '16,475,300,D,2,0,100,1,200,,,',
  '88,PAID CHECK/',
  '49,128800,8/',
  '98,128800,1,10/',
  '99,128800,1,12/',
].join('\r\n');

describe('statements read in pieces', () => {
  it.each([1, 2, 9, 64])('BAI2 in pieces of %i characters reads as the whole text', (size) => {
    const using = {} as Profile;
    const whole = readInPieces(openBai2Document, using, BAI2, BAI2.length);
    expect(whole.rows.map((row) => [row.line, row.cells[7], row.cells[12]])).toEqual([
      [5, '25.00', 'WIRE FROM ACME, LTD INVOICE 12/2024 / FINAL'],
      [7, '-10.00', 'CHEQUE 1001'],
      [8, '-3.00', 'PAID CHECK'],
    ]);
    expect(whole.controls.every((check) => check.holds)).toBe(true);
    expect(readInPieces(openBai2Document, using, BAI2, size)).toEqual(whole);
  });

  it.each([1, 2, 7, 64])('MT940 in pieces of %i characters reads as the whole text', (size) => {
    const using = profile('swift-mt940');
    const whole = readInPieces(openMt940Document, using, MT940, MT940.length);
    expect(whole.rows.map((row) => [row.line, row.cells[8]])).toEqual([
      [5, '-250.00'],
      [8, '100.50'],
      [10, '10.00'],
    ]);
    expect(whole.problems.map((problem) => problem.line)).toEqual([9]);
    expect(whole.controls.map((check) => check.holds)).toEqual([true]);
    expect(readInPieces(openMt940Document, using, MT940, size)).toEqual(whole);
  });

  it.each([1, 3, 16, 100])('camt.053 in pieces of %i characters reads as the whole text', (size) => {
    const using = profile('iso20022-camt053');
    const whole = readInPieces(openXmlDocument, using, CAMT, CAMT.length);
    expect(whole.entries).toBe(2);
    expect(whole.rows.map((row) => row.line)).toEqual([8, 9, 10]);
    expect(whole.net_minor).toEqual({ EUR: 450 });
    expect(whole.controls).toMatchObject([{ stated: '14.50 EUR', computed: '14.50 EUR', holds: true }]);
    expect(whole.warnings?.[0]?.message).toContain('1 entry has no <Sts>');
    expect(readInPieces(openXmlDocument, using, CAMT, size)).toEqual(whole);
  });

  it('refuses a DOCTYPE and a nesting past the cap however the XML is cut, naming the line', () => {
    const using = profile('iso20022-camt053');
    const declared = CAMT.replace('<!-- a comment', '<!DOCTYPE d [<!ENTITY a "b">]><!-- a comment');
    expect(() => readInPieces(openXmlDocument, using, declared, 5)).toThrow(
      new DocumentError(
        'is not well-formed XML: Line 6: the file declares a DOCTYPE; statements never need one, so it is refused.',
        6,
      ),
    );
    const deep = CAMT.replace('<Id>S</Id>', `<Id>S</Id><X>${'<a>'.repeat(80)}${'</a>'.repeat(80)}</X>`);
    expect(() => readInPieces(openXmlDocument, using, deep, 7)).toThrow(/nests 84 levels deep; at most 64 are read/);
  });
});
