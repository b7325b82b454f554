import { describe, expect, it } from 'vitest';
import { indexHeader } from '../normalize/header.ts';
import { compileSkipRows } from './skip-rows.ts';

const clean = (value: string | undefined) => (value ?? '').trim();
const header = indexHeader(['Datum', 'Mutatie', 'Bedrag']);

describe('rows under the header that are not entries', () => {
  it('skips rows with every whenAllEmpty cell empty, and blank rows', () => {
    const skip = compileSkipRows({ whenAllEmpty: ['Mutatie', 'Bedrag'] }, header, [], clean);
    expect(skip(['30-12-2019', '', ''], false)).toBe(true);
    expect(skip(['', '', ''], false)).toBe(true);
    expect(skip(['27-12-2019', 'EUR', '0,19'], false)).toBe(false);
  });

  it('never skips a row for a column the header lacks', () => {
    const skip = compileSkipRows({ whenAllEmpty: ['Saldo'], whenEmpty: ['Valuta'] }, header, [], clean);
    expect(skip(['27-12-2019', 'EUR', '0,19'], false)).toBe(false);
  });

  it('skips hidden rows only when the layout says so', () => {
    expect(compileSkipRows({ hidden: true }, header, [], clean)(['1', '2', '3'], true)).toBe(true);
    expect(compileSkipRows({}, header, [], clean)(['1', '2', '3'], true)).toBe(false);
  });

  it('skips rows whose whenValue column holds one of its values, case-blind, and no others', () => {
    const skip = compileSkipRows({ whenValue: { column: 'Mutatie', values: ['Saldo do dia'] } }, header, [], clean);
    expect(skip(['02/09/2024', ' SALDO DO DIA ', '1.370,87'], false)).toBe(true);
    expect(skip(['02/09/2024', 'Saldo do dia e juros', '-1,00'], false)).toBe(false);
  });
});
