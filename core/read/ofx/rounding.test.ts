// Sub-cent amounts stay rejected unless the user chooses to round them; then each is rounded
// half-even in integers, keeps its text as written, and the import says by how much in total.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../profile/types.ts';
import { readOfxDocument } from './document.ts';
import { OFX_COLUMNS } from './transaction.ts';
import { ofxAmountHalfEven } from './values.ts';

const trn = (amount: string, id: string) =>
  `<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20240105<TRNAMT>${amount}<FITID>${id}</STMTTRN>`;
const TEXT = [
  '<OFX><INVSTMTMSGSRSV1><INVSTMTTRNRS><TRNUID>1',
  '<INVSTMTRS><DTASOF>20240131<CURDEF>USD<INVACCTFROM><BROKERID>b.example<ACCTID>MM-1</INVACCTFROM>',
  '<INVTRANLIST>',
  `<INVBANKTRAN>${trn('2863.2522955731815', 'A')}<SUBACCTFUND>CASH</INVBANKTRAN>`,
  `<INVBANKTRAN>${trn('-0.125', 'B')}<SUBACCTFUND>CASH</INVBANKTRAN>`,
  `<INVBANKTRAN>${trn('10.00', 'C')}<SUBACCTFUND>CASH</INVBANKTRAN>`,
  '</INVTRANLIST></INVSTMTRS></INVSTMTTRNRS></INVSTMTMSGSRSV1></OFX>',
].join('\n');
const profile = {} as Profile;
const cell = (name: (typeof OFX_COLUMNS)[number]) => OFX_COLUMNS.indexOf(name);

describe('amounts finer than the currency', () => {
  it('stay rejected with the reason by default', () => {
    const document = readOfxDocument(TEXT, profile);
    expect(document.rows).toHaveLength(1);
    expect(document.problems).toHaveLength(2);
    expect(document.net_minor).toEqual({ USD: 1000 });
  });

  it('are rounded half-even on the explicit choice, each keeping its text as written', () => {
    const document = readOfxDocument(TEXT, profile, { roundExcessDecimals: 'half-even' });
    expect(document.problems).toEqual([]);
    expect(document.rows.map((row) => [row.cells[cell('amount')], row.cells[cell('amount_as_written')]])).toEqual([
      ['2863.25', '2863.2522955731815'],
      ['-0.12', '-0.125'],
      ['10.00', '10.00'],
    ]);
    expect(document.net_minor).toEqual({ USD: 286_325 - 12 + 1000 });
    // 2863.25 − 2863.2522955731815 = −0.0022955731815; −0.12 − (−0.125) = +0.005
    expect(document.metadata.amounts_rounded).toBe('half-even: 2 entries, net changed by +0.0027044268185 USD');
    expect(document.warnings).toEqual([
      {
        code: 'amounts_rounded',
        message:
          '2 amounts had more decimals than the currency and were rounded half-even as chosen, changing the net by +0.0027044268185 USD (lines 4, 5); each keeps its amount as written',
        line: 4,
      },
    ]);
  });

  it('round half to even, in integers', () => {
    expect(['0.125', '0.135', '0.1251', '-2.675', '7.0049', '99.995'].map((t) => ofxAmountHalfEven(t, 2))).toEqual([
      12, 14, 13, -268, 700, 10_000,
    ]);
  });
});
