import { describe, expect, it } from 'vitest';
import type { CanonicalRecord } from '../../canonical/record.ts';
import { createSha256 } from '../../import/hash.ts';
import { readFile } from '../../import/read-file.ts';
import { bytesSource, controlStatus } from '../../import/types.ts';
import { compileMapper } from '../../normalize/mapper.ts';
import { indexHeader } from '../../normalize/header.ts';
import { builtinProfiles } from '../../profile/builtin.ts';
import type { Profile } from '../../profile/types.ts';
import { DocumentError, type EntryDocument } from '../document.ts';
import { readXmlDocument } from './document.ts';

const profile = (id: string): Profile => {
  const found = builtinProfiles().find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no profile ${id}`);
  return found;
};
const CAMT053 = profile('iso20022-camt053');
const PAIN002 = profile('iso20022-pain002');

const balance = (code: string, amount: string, mark = 'CRDT') =>
  `<Bal><Tp><CdOrPrtry><Cd>${code}</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">${amount}</Amt><CdtDbtInd>${mark}</CdtDbtInd><Dt><Dt>2024-03-01</Dt></Dt></Bal>`;

const details = (...parts: string[]) => `<NtryDtls>${parts.join('')}</NtryDtls>`;
const detail = (amount: string | null, endToEnd: string, extra = '') =>
  `<TxDtls><Refs><EndToEndId>${endToEnd}</EndToEndId></Refs>${amount === null ? '' : `<AmtDtls><TxAmt><Amt Ccy="EUR">${amount}</Amt></TxAmt></AmtDtls>`}${extra}</TxDtls>`;

const entry = (amount: string, mark: string, inner = '', reversal = '') =>
  [
    `<Ntry><Amt Ccy="EUR">${amount}</Amt><CdtDbtInd>${mark}</CdtDbtInd>${reversal}<Sts>BOOK</Sts>`,
    '<BookgDt><DtTm>2024-03-01T10:15:00+01:00</DtTm></BookgDt><ValDt><Dt>2024-03-02</Dt></ValDt>',
    `<AcctSvcrRef>BANK-${amount}</AcctSvcrRef><BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>ICDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>`,
    `${inner}</Ntry>`,
  ].join('\n');

const camt053 = (body: string, namespace = ' xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"') =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<Document${namespace}>`,
    '<BkToCstmrStmt><GrpHdr><MsgId>MSG-1</MsgId></GrpHdr>',
    '<Stmt><Id>STMT-1</Id><Acct><Id><IBAN>DE89370400440532013000</IBAN></Id></Acct>',
    body,
    '</Stmt></BkToCstmrStmt></Document>',
  ].join('\n');

const BATCH = details(detail('3.50', 'E2E-A'), detail('2.50', 'E2E-B'));

/** The document's rows mapped through the profile, as the import does. */
function records(document: EntryDocument, using: Profile = CAMT053): CanonicalRecord[] {
  const mapper = compileMapper(using, indexHeader(document.columns), { importId: 1, file: 'test.xml' });
  if (!mapper.ok) throw new Error(mapper.issues[0]?.message);
  const out: CanonicalRecord[] = [];
  for (const row of document.rows) {
    const outcome = mapper.value(row.cells, row.line, out);
    if (!outcome.ok) throw new Error(`line ${row.line}: ${outcome.message}`);
  }
  return out;
}

describe('readXmlDocument (camt.053)', () => {
  it('splits a batch entry into one record per detail, the entry still counted once', () => {
    const document = readXmlDocument(camt053(entry('6.00', 'DBIT', BATCH)), CAMT053);
    expect(document.entries).toBe(1);
    expect(document.net_minor).toEqual({ EUR: -600 });
    const split = records(document);
    expect(split.map((record) => [record.amount_minor, record.order_ref, record.kind])).toEqual([
      [-350, 'E2E-A', 'payout'],
      [-250, 'E2E-B', 'payout'],
    ]);
    expect(document.rows.map((row) => row.line)).toEqual([8, 8]);
  });

  it("falls back to the entry's own fields on detail rows, and keeps unsplittable batches whole", () => {
    const uneven = details(detail('1.00', 'E2E-X'), detail('1.00', 'E2E-Y'));
    const document = readXmlDocument(
      camt053(`${entry('6.00', 'DBIT', BATCH)}\n${entry('5.00', 'CRDT', uneven)}`),
      CAMT053,
    );
    const [first, , whole] = records(document);
    expect(first).toMatchObject({
      channel_ref: 'BANK-6.00',
      batch_ref: 'STMT-1',
      booked_on: '2024-03-01',
      value_on: '2024-03-02',
      raw_status: 'PMNT+ICDT+ESCT',
    });
    expect(whole).toMatchObject({ amount_minor: 500, order_ref: 'E2E-X E2E-Y', kind: 'payment' });
    expect(document.rows).toHaveLength(3);
    expect(document.metadata.batch_entries_not_split).toBe('1');
  });

  it('marks reversals by RvslInd while the net keeps the booked direction', () => {
    const document = readXmlDocument(camt053(entry('2.00', 'DBIT', '', '<RvslInd>true</RvslInd>')), CAMT053);
    expect(records(document)[0]).toMatchObject({ kind: 'reversal', status: 'reversed', amount_minor: -200 });
    expect(document.net_minor).toEqual({ EUR: -200 });
  });

  it('counts an entry whose currency is not ISO 4217 in no net, and its row is rejected by the mapping', () => {
    const text = camt053(`${entry('6.00', 'DBIT').replace('Ccy="EUR"', 'Ccy="EURO"')}${entry('1.00', 'CRDT')}`);
    const document = readXmlDocument(text, CAMT053);
    expect(document.entries).toBe(2);
    expect(document.net_minor).toEqual({ EUR: 100 });
    expect(() => records(document)).toThrow('currency "EURO" is not an ISO 4217 code');
  });

  it('checks opening + entries = closing, showing both figures', () => {
    const body = (closing: string) =>
      `${balance('PRCD', '10.00')}${balance('CLBD', closing)}${entry('6.00', 'DBIT', BATCH)}${entry('1.00', 'CRDT')}`;
    const holding = readXmlDocument(camt053(body('5.00')), CAMT053);
    expect(holding.controls).toEqual([
      { label: 'STMT-1: opening PRCD + entries = closing CLBD', stated: '5.00 EUR', computed: '5.00 EUR', holds: true },
    ]);
    expect(holding.metadata).toMatchObject({
      balance_prcd: '10.00 EUR on 2024-03-01',
      account: 'DE89370400440532013000',
    });
    const off = readXmlDocument(camt053(body('5.01')), CAMT053);
    expect(off.controls[0]).toMatchObject({ stated: '5.01 EUR', computed: '5.00 EUR', holds: false });
  });

  it('flags a balance that is not an amount of its currency', () => {
    const text = camt053(`${balance('OPBD', '100.0000000000005')}${balance('CLBD', '66.00')}${entry('34.00', 'DBIT')}`);
    const [check] = readXmlDocument(text, CAMT053).controls;
    expect(check?.holds).toBe(false);
    expect(check?.computed).toContain('has 13 decimals');
  });

  it('checks TxsSummry counts and sums against the entries', () => {
    const summary =
      '<TxsSummry><TtlNtries><NbOfNtries>3</NbOfNtries><Sum>7.00</Sum></TtlNtries><TtlCdtNtries><NbOfNtries>1</NbOfNtries><Sum>1.00</Sum></TtlCdtNtries></TxsSummry>';
    const document = readXmlDocument(camt053(`${summary}${entry('6.00', 'DBIT')}${entry('1.00', 'CRDT')}`), CAMT053);
    expect(document.controls.map((check) => [check.stated, check.computed, check.holds])).toEqual([
      ['3 / 7.00', '2 / 7.00', false],
      ['1 / 1.00', '1 / 1.00', true],
    ]);
  });

  it('reads a file without a namespace, detected by its elements', async () => {
    const bytes = new TextEncoder().encode(camt053(entry('1.00', 'CRDT'), ''));
    const outcome = await readAll('plain.xml', bytes);
    expect(outcome).toMatchObject({ profile: 'iso20022-camt053', entries: 1, net: { EUR: 100 } });
  });

  it('decodes a file in the encoding its XML declaration names', async () => {
    const text = camt053(entry('1.00', 'CRDT', details(detail(null, 'Café'))));
    const latin = text.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"');
    const bytes = Uint8Array.from([...latin].map((char) => char.charCodeAt(0)));
    const outcome = await readAll('latin.xml', bytes);
    expect(outcome).toMatchObject({ encoding: 'windows-1252', entries: 1 });
  });

  it('refuses a document that is not well-formed, or not this message', () => {
    expect(() => readXmlDocument('<Document><BkToCstmrStmt>', CAMT053)).toThrow(DocumentError);
    expect(() => readXmlDocument('<!DOCTYPE x [<!ENTITY a "b">]><Document/>', CAMT053)).toThrow(/DOCTYPE/);
    expect(() => readXmlDocument('<Document><Other/></Document>', CAMT053)).toThrow(/has no BkToCstmrStmt\/Stmt/);
  });
});

describe('readXmlDocument (pain.002)', () => {
  const report = (listed: string) =>
    [
      '<Document><CstmrPmtStsRpt><GrpHdr><MsgId>M</MsgId></GrpHdr>',
      '<OrgnlGrpInfAndSts><OrgnlMsgId>O</OrgnlMsgId><OrgnlNbOfTxs>2</OrgnlNbOfTxs></OrgnlGrpInfAndSts>',
      '<OrgnlPmtInfAndSts><OrgnlPmtInfId>P1</OrgnlPmtInfId><OrgnlNbOfTxs>2</OrgnlNbOfTxs>',
      '<NbOfTxsPerSts><DtldNbOfTxs>1</DtldNbOfTxs><DtldSts>RJCT</DtldSts></NbOfTxsPerSts>',
      listed,
      '</OrgnlPmtInfAndSts></CstmrPmtStsRpt></Document>',
    ].join('\n');
  const tx = (id: string, status: string) =>
    `<TxInfAndSts><OrgnlEndToEndId>${id}</OrgnlEndToEndId><TxSts>${status}</TxSts><StsRsnInf><Rsn><Cd>AC01</Cd></Rsn></StsRsnInf></TxInfAndSts>`;

  it('counts the transactions listed against OrgnlNbOfTxs and NbOfTxsPerSts', () => {
    const document = readXmlDocument(report(`${tx('E1', 'RJCT')}${tx('E2', 'ACCP')}`), PAIN002);
    expect(document.entries).toBe(2);
    expect(controlStatus(document.controls)).toBe('holds');
    expect(records(document, PAIN002).map((record) => [record.order_ref, record.status, record.raw_status])).toEqual([
      ['E1', 'failed', 'RJCT+AC01'],
      ['E2', 'succeeded', 'ACCP+AC01'],
    ]);
    const short = readXmlDocument(report(tx('E1', 'RJCT')), PAIN002);
    expect(short.controls.filter((check) => !check.holds).map((check) => check.label)).toEqual([
      'P1: OrgnlNbOfTxs',
      'message: group OrgnlNbOfTxs',
    ]);
  });
});

type Outcome = {
  profile: string | null;
  entries: number;
  net: Record<string, number>;
  encoding: string;
  error: string | null;
};

async function readAll(name: string, bytes: Uint8Array): Promise<Outcome> {
  const outcome: Outcome = { profile: null, entries: -1, net: {}, encoding: '', error: null };
  for await (const event of readFile(bytesSource(name, bytes), {
    profiles: builtinProfiles(),
    createHasher: createSha256,
  })) {
    if (event.type === 'start') Object.assign(outcome, { profile: event.profile_id, encoding: event.encoding });
    if (event.type === 'end') Object.assign(outcome, { entries: event.totals.entries, net: event.totals.net_minor });
    if (event.type === 'error') outcome.error = event.issue.message;
  }
  return outcome;
}
