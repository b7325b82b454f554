import { describe, expect, it } from 'vitest';
import { MAX_XML_DEPTH, parseXml } from './parse-xml.ts';

const CAMT = `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
  <BkToCstmrStmt>
    <Stmt>
      <Acct><Id><IBAN>DE89370400440532013000</IBAN></Id></Acct>
      <Ntry><Amt Ccy="EUR">1234.50</Amt><CdtDbtInd>CRDT</CdtDbtInd><AcctSvcrRef>000123456789</AcctSvcrRef></Ntry>
      <Ntry><Amt Ccy="EUR">0.10</Amt><CdtDbtInd>DBIT</CdtDbtInd></Ntry>
    </Stmt>
  </BkToCstmrStmt>
</Document>`;

const refused = (text: string) => {
  const result = parseXml(text, 'evil.xml');
  if (result.ok) throw new Error('parsed what should have been refused');
  return result.issues[0];
};

describe('parseXml', () => {
  it('keeps every value as its exact text and drops namespace prefixes', () => {
    const result = parseXml(
      CAMT.replace('<Document xmlns=', '<ns:Document xmlns:ns=').replace('</Document>', '</ns:Document>'),
    );
    if (!result.ok) throw new Error(result.issues[0]?.message);
    const statement = (result.value.Document as { BkToCstmrStmt: { Stmt: { Ntry: unknown[] } } }).BkToCstmrStmt.Stmt;
    expect(statement.Ntry).toEqual([
      { Amt: { '#text': '1234.50', '@_Ccy': 'EUR' }, CdtDbtInd: 'CRDT', AcctSvcrRef: '000123456789' },
      { Amt: { '#text': '0.10', '@_Ccy': 'EUR' }, CdtDbtInd: 'DBIT' },
    ]);
  });

  it('refuses a billion-laughs document before expanding anything', () => {
    const levels = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('\n');
    const text = `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol0 "lol">\n${levels}\n]>\n<lolz>&lol9;</lolz>`;
    const started = performance.now();
    expect(refused(text)).toMatchObject({ code: 'xml_doctype', file: 'evil.xml', line: 2 });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses a quadratic blow-up and an external entity', () => {
    const big = 'x'.repeat(50_000);
    expect(refused(`<!DOCTYPE d [<!ENTITY a "${big}">]><d>${'&a;'.repeat(50_000)}</d>`)).toMatchObject({
      code: 'xml_doctype',
    });
    expect(
      refused('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><d>&x;</d>'),
    ).toMatchObject({
      code: 'xml_doctype',
      message: expect.stringContaining('DOCTYPE'),
    });
  });

  it('refuses 5,000-deep nesting quickly, without recursing', () => {
    const text = '<a>'.repeat(5000) + '</a>'.repeat(5000);
    const started = performance.now();
    expect(refused(text)).toMatchObject({
      code: 'xml_too_deep',
      message: `The document nests 5000 levels deep; at most ${MAX_XML_DEPTH} are read.`,
    });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('counts no nesting inside comments and CDATA sections', () => {
    const markup = '<b>'.repeat(MAX_XML_DEPTH + 6);
    const result = parseXml(`<d><!-- ${markup} --><Ustrd><![CDATA[${markup}]]></Ustrd></d>`);
    if (!result.ok) throw new Error(result.issues[0]?.message);
    expect(result.value).toEqual({ d: { Ustrd: markup } });
  });

  it('refuses __proto__ and constructor names and pollutes no prototype', () => {
    expect(refused('<d><__proto__><polluted>yes</polluted></__proto__></d>')).toMatchObject({
      code: 'xml_forbidden_name',
    });
    expect(refused('<d><constructor>x</constructor></d>')).toMatchObject({
      code: 'xml_forbidden_name',
      message: expect.stringContaining('"constructor"'),
    });
    expect(refused('<d __proto__="x"/>')).toMatchObject({ code: 'xml_forbidden_name' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names the line and column of malformed XML', () => {
    expect(refused('<d>\n  <a>1</b>\n</d>')).toMatchObject({ code: 'xml_invalid', line: 2 });
  });
});
