import { describe, expect, it } from 'vitest';
import { builtinProfiles } from '../../profile/builtin.ts';
import { readXmlDocument } from './document.ts';

const CAMT053 = builtinProfiles().find((profile) => profile.id === 'iso20022-camt053');

const entry = (amount: string) =>
  `<Ntry><Amt Ccy="EUR">${amount}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><AcctSvcrRef>R-${amount}</AcctSvcrRef></Ntry>`;

describe('entry lines', () => {
  it('points each row at its own entry when a commented-out entry precedes it', () => {
    if (!CAMT053) throw new Error('no camt.053 profile');
    const text = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>',
      '<GrpHdr><MsgId>M</MsgId></GrpHdr><Stmt><Id>S</Id>',
      `<!-- ${entry('9.99')} -->`,
      entry('1.00'),
      entry('2.00'),
      '</Stmt></BkToCstmrStmt></Document>',
    ].join('\n');
    const document = readXmlDocument(text, CAMT053);
    expect(document.entries).toBe(2);
    expect(document.rows.map((row) => row.line)).toEqual([5, 6]);
  });

  it('finds entries with a namespace prefix and passes over those inside CDATA sections', () => {
    if (!CAMT053) throw new Error('no camt.053 profile');
    const text = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<c:Document xmlns:c="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><c:BkToCstmrStmt>',
      '<c:GrpHdr><c:MsgId>M</c:MsgId></c:GrpHdr><c:Stmt><c:Id>S</c:Id>',
      `<c:AddtlInf><![CDATA[${entry('9.99')}`,
      ']]></c:AddtlInf>',
      entry('1.00').replaceAll('<', '<c:').replaceAll('<c:/', '</c:'),
      '',
      entry('2.00'),
      '</c:Stmt></c:BkToCstmrStmt></c:Document>',
    ].join('\n');
    const document = readXmlDocument(text, CAMT053);
    expect(document.entries).toBe(2);
    expect(document.rows.map((row) => row.line)).toEqual([6, 8]);
    expect(document.net_minor).toEqual({ EUR: 300 });
  });
});
