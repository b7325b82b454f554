import { describe, expect, it } from 'vitest';
import { sniffDelimiter } from './sniff.ts';

describe('sniffDelimiter', () => {
  it('picks the semicolon of a decimal-comma file even though every amount holds a comma', () => {
    const text = ['Datum;Text;Betrag', '01.02.2024;Miete;-1.234,56', '02.02.2024;Gehalt;2.500,00', ''].join('\n');
    expect(sniffDelimiter(text)).toBe(';');
  });

  it('ignores delimiters inside quotes (ING NL comma variant with quoted decimal commas)', () => {
    const text = [
      '"Datum","Naam / Omschrijving","Af Bij","Bedrag (EUR)"',
      '"20200213","Kosten; korting","Af","1,25"',
      '"20200213","Kwijtschelding","Bij","1,25"',
    ].join('\n');
    expect(sniffDelimiter(text)).toBe(',');
  });

  it('reads a quoted field spanning lines as one record', () => {
    const text = ['a|b|c', '1|"two', 'lines; here"|3', '4|5|6'].join('\r\n');
    expect(sniffDelimiter(text)).toBe('|');
  });

  it('finds a TAB delimiter under a one-cell title line and blank lines', () => {
    const text = ['Account statement', '', 'Date\tAmount\tBalance', '2024-01-01\t1.00\t2.00', '2024-01-02\t3.00\t5.00'];
    expect(sniffDelimiter(text.join('\n'))).toBe('\t');
  });

  it('prefers the delimiter giving a consistent column count over one that merely occurs more', () => {
    // Commas in free text vary per line; the semicolon count is the same on every line.
    const text = ['id;note;amount', '1;a, b, c;1', '2;d;2', '3;e, f;3'].join('\n');
    expect(sniffDelimiter(text)).toBe(';');
  });

  it('still finds the delimiter when a quote never closes, so the reader can report that quote', () => {
    expect(sniffDelimiter('Datum;Text;Betrag\n01.02.2024;"Miete;-1,00\n02.02.2024;Gehalt;2,00\n')).toBe(';');
  });

  it('returns null for one-column text, and honours a producer that never quotes', () => {
    expect(sniffDelimiter('just\none\ncolumn\n')).toBeNull();
    expect(sniffDelimiter('a;b\n1";2\n3;4\n', null)).toBe(';');
  });
});
