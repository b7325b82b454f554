// MT940 as banks really write it: read, with a warning naming the line for what the standard
// does not write so; the control keeps its meaning (the balance check alone).
import { describe, expect, it } from 'vitest';
import { controlStatus } from '../../import/types.ts';
import type { Profile } from '../../profile/types.ts';
import { readMt940Document } from './document.ts';
import { MT940_COLUMNS } from './document.ts';

const read = (lines: string[]) => readMt940Document(lines.join('\r\n'), {} as Profile);
const column = (name: (typeof MT940_COLUMNS)[number]) => MT940_COLUMNS.indexOf(name);

const LOWER_CASE = [
  ':20:940-0412',
  ':25:DE89370400440532013000',
  ':28C:00041/001',
  ':60F:C240412EUR1500,00',
  ':61:2404120412d49,90NDDTNONREF',
  ':86:LASTSCHRIFT STROM',
  ':61:2404120412c1200,NTRFNONREF',
  ':61:2404130413rd10,00NTRFNONREF',
  ':61:2404130413rc2,50NCHGNONREF',
  ':62F:c240413EUR2657,60',
];

describe('MT940 variants', () => {
  it('reads lower-case debit, credit and reversal marks, each flagged on its line', () => {
    const document = read(LOWER_CASE);
    expect(document.problems).toEqual([]);
    expect(document.rows.map((row) => row.cells[column('amount')])).toEqual(['-49.90', '1200.00', '10.00', '-2.50']);
    expect(document.rows.map((row) => row.cells[column('mark')])).toEqual(['D', 'C', 'RD', 'RC']);
    expect(document.net_minor).toEqual({ EUR: 115_760 });
    expect(controlStatus(document.controls)).toBe('holds');
    expect(document.warnings?.map((said) => [said.line, said.message])).toEqual([
      [5, ":61: mark 'd' read as 'D'"],
      [7, ":61: mark 'c' read as 'C'"],
      [8, ":61: mark 'rd' read as 'RD'"],
      [9, ":61: mark 'rc' read as 'RC'"],
      [10, ":62F: mark 'c' read as 'C'"],
    ]);
  });

  it('reads past unknown tags with a warning naming them, the balance check unchanged', () => {
    const lines = [...LOWER_CASE.slice(0, 3), ':12:940', ':99:BANKSPEZIFISCH 7', ...LOWER_CASE.slice(3)];
    const document = read(lines);
    expect(document.entries).toBe(4);
    expect(controlStatus(document.controls)).toBe('holds');
    expect(document.warnings?.filter((said) => said.code === 'mt940_tag_unknown')).toEqual([
      {
        code: 'mt940_tag_unknown',
        message: 'tag :12: is not an MT940/MT942 field; its value "940" is not read',
        line: 4,
      },
      {
        code: 'mt940_tag_unknown',
        message: 'tag :99: is not an MT940/MT942 field; its value "BANKSPEZIFISCH 7" is not read',
        line: 5,
      },
    ]);
  });

  it('reads a statement without :25: with a warning, its mismatch still a mismatch', () => {
    const lines = [':20:STARTUMS', ':60F:C240412EUR100,00', ':61:240412D30,00NMSCNONREF', ':62F:C240412EUR80,00'];
    const document = read(lines);
    expect(document.rows.map((row) => [row.cells[column('account')], row.cells[column('amount')]])).toEqual([
      ['', '-30.00'],
    ]);
    expect(controlStatus(document.controls)).toBe('mismatch');
    expect(document.warnings).toEqual([
      {
        code: 'mt940_no_account',
        message: 'statement :20:STARTUMS has no :25: account identification; its entries are read without an account',
        line: 1,
      },
    ]);
  });

  it('says nothing about a file written as the standard writes it', () => {
    const upper = LOWER_CASE.map((line) =>
      line.replace(/^(:6\d\w?:\d*)(rd|rc|d|c)/, (_, head: string, mark: string) => head + mark.toUpperCase()),
    );
    expect(read(upper).warnings).toEqual([]);
  });
});
