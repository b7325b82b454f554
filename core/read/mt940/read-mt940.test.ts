import { describe, expect, it } from 'vitest';
import { controlStatus } from '../../import/types.ts';
import { mt940Controls } from './controls.ts';
import { readMt940 } from './read-mt940.ts';

const TWO_STATEMENTS = [
  '\u0001{1:F01POFICHBEAXXX0000000000}{2:I940XXXXXXXXXXXXN}{4:',
  ':20:STMT1',
  ':25:NL91ABNA0417164300',
  ':28C:1/1',
  ':60F:C240301EUR1000,00',
  ':61:2403010301D250,NTRFNONREF//B1',
  ':86:RENT MARCH',
  'SECOND LINE',
  ':KO: LOOKS LIKE A TAG BUT IS TEXT',
  ':61:240302C100,5NTRFREF2',
  'SUPPLEMENTARY DETAILS',
  ':61:240303RD10,NTRFREV',
  ':61:240303RC5,25FMSCREV2',
  ':62F:C240303EUR855,25',
  '-}\u0003',
  ':20:STMT2',
  ':25:NL91ABNA0417164300',
  ':60M:C240303EUR855,25',
  ':61:240304DR1,00NCHGNONREF',
  ':62M:C240304EUR854,25',
  '\u001a',
].join('\r\n');

describe('readMt940', () => {
  const { statements, problems } = readMt940(TWO_STATEMENTS);

  it('reads every statement of a framed file, each starting at :20:', () => {
    expect(problems).toEqual([]);
    expect(statements.map((s) => [s.reference, s.account, s.entries.length])).toEqual([
      ['STMT1', 'NL91ABNA0417164300', 4],
      ['STMT2', 'NL91ABNA0417164300', 1],
    ]);
    expect(statements[0]?.opening).toEqual({ date: '2024-03-01', currency: 'EUR', amountMinor: 100_000 });
  });

  it('signs C and RD as credits, D and RC as debits, and reads funds codes and decimal commas', () => {
    expect(statements.flatMap((s) => s.entries.map((e) => [e.mark, e.fundsCode, e.amountMinor]))).toEqual([
      ['D', null, -25_000],
      ['C', null, 10_050],
      ['RD', null, 1_000],
      ['RC', null, -525],
      ['D', 'R', -100],
    ]);
  });

  it('keeps multi-line details, references, dates and supplementary details', () => {
    const [rent, transfer] = statements[0]?.entries ?? [];
    expect(rent).toMatchObject({
      valueDate: '2024-03-01',
      entryDate: '2024-03-01',
      transactionType: 'NTRF',
      customerReference: 'NONREF',
      bankReference: 'B1',
      details: 'RENT MARCH\nSECOND LINE\n:KO: LOOKS LIKE A TAG BUT IS TEXT',
      line: 6,
    });
    expect(transfer).toMatchObject({
      entryDate: null,
      customerReference: 'REF2',
      supplementary: 'SUPPLEMENTARY DETAILS',
    });
  });

  it('checks opening + entries = closing per statement and shows a statement that does not add up', () => {
    expect(controlStatus(mt940Controls(statements))).toBe('holds');
    const edited = readMt940(TWO_STATEMENTS.replace(':62M:C240304EUR854,25', ':62M:C240304EUR855,00'));
    expect(mt940Controls(edited.statements)).toContainEqual({
      label: 'STMT2: opening + entries = closing',
      stated: '855.00',
      computed: '854.25',
      holds: false,
    });
    expect(controlStatus(mt940Controls(readMt940(':20:X\r\n:60F:C240301EUR0,\r\n:61:240301C1,NTRFX').statements))).toBe(
      'none',
    );
  });

  it('checks an MT942 report against its :90D:/:90C: counts and sums, in the :34F: currency', () => {
    const report = [
      ':20:INTERIM',
      ':25:PL27114020040000300201355387',
      ':34F:PLNC0,',
      ':13D:2403051200+0100',
      ':61:2403050305D1,00NTRFA',
      ':61:2403050305C0,03NTRFB',
      ':90D:1PLN1,00',
      ':90C:1PLN0,03',
    ].join('\n');
    const read = readMt940(report);
    expect(read.statements[0]?.entries.map((e) => [e.currency, e.amountMinor])).toEqual([
      ['PLN', -100],
      ['PLN', 3],
    ]);
    expect(controlStatus(mt940Controls(read.statements))).toBe('holds');
    expect(controlStatus(mt940Controls(readMt940(report.replace(':90C:1PLN0,03', ':90C:2PLN0,03')).statements))).toBe(
      'mismatch',
    );
  });

  it('reports an unreadable statement line with its line instead of dropping it', () => {
    const read = readMt940(':20:X\n:60F:C240301EUR0,\n:61:24030\n:62F:C240301EUR0,');
    expect(read.problems).toEqual([{ line: 3, message: '":61:24030" is not a statement line' }]);
  });
});
