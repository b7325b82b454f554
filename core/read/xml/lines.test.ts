import { describe, expect, it } from 'vitest';
import { builtinProfiles } from '../../profile/builtin.ts';
import { readXmlDocument } from './document.ts';
import { tagLines } from './lines.ts';

const CAMT053 = builtinProfiles().find((profile) => profile.id === 'iso20022-camt053');

const entry = (amount: string) =>
  `<Ntry><Amt Ccy="EUR">${amount}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><AcctSvcrRef>R-${amount}</AcctSvcrRef></Ntry>`;

describe('tagLines', () => {
  it('finds start tags with or without a namespace prefix, not longer names', () => {
    expect(tagLines('<a:Ntry>\n<Ntry/>\n<NtryDtls>\n<Ntry x="1">', 'Ntry')).toEqual([1, 2, 4]);
  });

  it('passes over tags inside comments and CDATA sections', () => {
    const text = ['<!-- <Ntry> was removed', '<Ntry> -->', '<X><![CDATA[<Ntry>', ']]></X>', '<Ntry>'].join('\n');
    expect(tagLines(text, 'Ntry')).toEqual([5]);
  });
});

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
});
