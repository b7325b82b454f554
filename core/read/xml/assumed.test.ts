// Real camt.053 files that omit the entry status: their entries are read as booked, and the
// import says so, instead of every entry being rejected.
import { describe, expect, it } from 'vitest';
import type { CanonicalRecord } from '../../canonical/record.ts';
import { indexHeader } from '../../normalize/header.ts';
import { compileMapper } from '../../normalize/mapper.ts';
import { builtinProfiles } from '../../profile/builtin.ts';
import type { Profile } from '../../profile/types.ts';
import { readXmlDocument } from './document.ts';

const CAMT053 = builtinProfiles().find((candidate) => candidate.id === 'iso20022-camt053') as Profile;
const CAMT052 = builtinProfiles().find((candidate) => candidate.id === 'iso20022-camt052') as Profile;

const entry = (amount: string, mark: string, inner = '') =>
  `<Ntry><Amt Ccy="CHF">${amount}</Amt><CdtDbtInd>${mark}</CdtDbtInd>${inner}<BookgDt><Dt>2024-05-02</Dt></BookgDt><AcctSvcrRef>R-${amount}</AcctSvcrRef></Ntry>`;

const statement = (...entries: string[]) =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.04">',
    '<BkToCstmrStmt><GrpHdr><MsgId>M-1</MsgId></GrpHdr>',
    '<Stmt><Id>S-1</Id><Acct><Id><IBAN>CH9300762011623852957</IBAN></Id></Acct>',
    ...entries,
    '</Stmt></BkToCstmrStmt></Document>',
  ].join('\n');

function statuses(text: string, profile = CAMT053): CanonicalRecord['status'][] {
  const document = readXmlDocument(text, profile);
  const mapper = compileMapper(profile, indexHeader(document.columns), { importId: 1, file: 'camt.xml' });
  if (!mapper.ok) throw new Error(mapper.issues[0]?.message);
  const out: CanonicalRecord[] = [];
  for (const row of document.rows) {
    const outcome = mapper.value(row.cells, row.line, out);
    if (!outcome.ok) throw new Error(`line ${row.line}: ${outcome.message}`);
  }
  return out.map((record) => record.status);
}

describe('camt.053 entries without Sts', () => {
  const text = statement(
    entry('120.00', 'CRDT'),
    entry('45.10', 'DBIT', '<RvslInd>true</RvslInd>'),
    entry('8.00', 'DBIT', '<Sts>PDNG</Sts>'),
    entry('3.00', 'CRDT', '<Sts><Cd>BOOK</Cd></Sts>'),
  );

  it('reads them as booked, a reversal still a reversal, a stated status as stated', () => {
    expect(statuses(text)).toEqual(['succeeded', 'reversed', 'pending', 'succeeded']);
    expect(readXmlDocument(text, CAMT053).net_minor).toEqual({ CHF: 12_000 - 4_510 - 800 + 300 });
  });

  it('counts the entries read so in one warning naming their lines', () => {
    expect(readXmlDocument(text, CAMT053).warnings).toEqual([
      {
        code: 'xml_element_assumed',
        message: '2 entries have no <Sts>, so they are read as BOOK (lines 5, 6)',
        line: 5,
      },
    ]);
  });

  it('says nothing when every entry states its status', () => {
    expect(readXmlDocument(statement(entry('1.00', 'CRDT', '<Sts>BOOK</Sts>')), CAMT053).warnings).toEqual([]);
  });
});

describe('camt.052 intraday reports without Sts', () => {
  const report = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.052.001.02">',
    '<BkToCstmrAcctRpt><GrpHdr><MsgId>R-1</MsgId></GrpHdr>',
    '<Rpt><Id>RPT-1</Id><Acct><Id><IBAN>DE89370400440532013000</IBAN></Id></Acct>',
    entry('250.00', 'CRDT'),
    entry('19.90', 'DBIT'),
    entry('5.00', 'DBIT', '<Sts>PDNG</Sts>'),
    '</Rpt></BkToCstmrAcctRpt></Document>',
  ].join('\n');

  it('reads their entries as booked, with the same warning, and a pending one as pending', () => {
    expect(statuses(report, CAMT052)).toEqual(['succeeded', 'succeeded', 'pending']);
    const document = readXmlDocument(report, CAMT052);
    expect(document.net_minor).toEqual({ CHF: 25_000 - 1_990 - 500 });
    expect(document.warnings).toEqual([
      {
        code: 'xml_element_assumed',
        message: '2 entries have no <Sts>, so they are read as BOOK (lines 5, 6)',
        line: 5,
      },
    ]);
  });
});
