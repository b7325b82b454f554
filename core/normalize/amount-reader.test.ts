import { describe, expect, it } from 'vitest';
import type { AmountRule } from '../profile/types.ts';
import { compileAmount } from './amount-reader.ts';
import { ColumnResolver } from './columns.ts';
import { indexHeader } from './header.ts';

const clean = (value: string | undefined) => (value ?? '').trim();

function reader(rule: AmountRule, header: string[]) {
  const columns = new ColumnResolver(indexHeader(header), []);
  const read = compileAmount(rule, columns, clean, { decimal: ',', thousands: ['.'] });
  return { read: (cells: string[]) => read(cells, 2), missing: columns.missing };
}

describe('amounts from separate credit and debit columns', () => {
  const { read } = reader({ column: 'Haben', debit: 'Soll' }, ['Soll', 'Haben']);

  it('books the filled column, whether the unused one is empty or 0,00', () => {
    expect(read(['', '12,23'])).toBe(1223);
    expect(read(['34,56', ''])).toBe(-3456);
    expect(read(['0,00', '12,23'])).toBe(1223);
    expect(read(['34,56', '0,00'])).toBe(-3456);
  });

  it('books credit less debit when both are written', () => {
    expect(read(['2,00', '12,23'])).toBe(1023);
  });

  it('is no amount when both are empty, zero when both are 0,00', () => {
    expect(read(['', ''])).toBeNull();
    expect(read(['0,00', '0,00'])).toBe(0);
  });

  it('names the column it cannot read', () => {
    expect(read(['abc', '1,00'])).toMatch(/^Soll "abc" /);
  });

  it('keeps a credit column read in the ledger convention positive', () => {
    const ledger = reader({ column: 'Debit', sign: 'positive', debit: 'Credit' }, ['Debit', 'Credit']).read;
    expect(ledger(['-5,00', '0,00'])).toBe(500);
    expect(ledger(['', '5,00'])).toBe(-500);
  });
});

describe('lists of credit and debit columns', () => {
  const header = ['Gross Debit', 'Gross Credit', 'Net Debit', 'Net Credit'];
  const rule: AmountRule = { column: ['Gross Credit', 'Net Credit'], debit: ['Gross Debit', 'Net Debit'] };
  const { read } = reader(rule, header);

  it('reads the gross pair, else the net pair', () => {
    expect(read(['', '100,00', '', '97,00'])).toBe(10000);
    expect(read(['50,00', '', '50,30', ''])).toBe(-5000);
    expect(read(['', '', '1,20', ''])).toBe(-120);
  });

  it('does not mix a gross credit with a net debit (fees above a small payment)', () => {
    expect(read(['', '0,50', '0,10', ''])).toBe(50);
  });

  it('leaves out a column the header lacks, and lists the pair when none is there', () => {
    expect(reader(rule, ['Net Debit', 'Net Credit']).read(['1,00', ''])).toBe(-100);
    expect(reader({ column: ['A', 'B'] }, ['C']).missing).toEqual(['A | B']);
  });
});

describe('amounts summed across columns', () => {
  const { read } = reader({ column: ['Commission', 'Markup', 'Scheme'], combine: 'sum' }, [
    'Commission',
    'Markup',
    'Scheme',
  ]);

  it('adds every filled part of a fee', () => {
    expect(read(['0,16', '', '0,05'])).toBe(21);
  });

  it('is null when no part is filled, and names the part it cannot read', () => {
    expect(read(['', ' ', ''])).toBeNull();
    expect(read(['0,10', 'abc', ''])).toMatch(/^Markup "abc" /);
  });
});
