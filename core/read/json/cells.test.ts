import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMinor } from '../../money.ts';
import { toCell, type AmountContext } from './cells.ts';
import { parseJson } from './parse-json.ts';

const context = (exponent: number): AmountContext => ({ exponent, currency: 'TST', format: { decimal: '.' } });

describe('toCell', () => {
  it('reads any safe amount written as a JSON decimal back to the same minor units (exponents 0–4)', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.integer({ min: 0, max: 4 }), (minor, exponent) => {
        const written = formatMinor(minor, exponent);
        const cell = toCell(parseJson(written), 'amount', context(exponent));
        expect(cell).toEqual({ text: written, minor });
        expect(toCell(parseJson(String(minor)), 'minor', context(exponent))).toEqual({ text: written, minor });
      }),
    );
  });

  it('reads a decimal string in a minor column as major units, and refuses a bare integer string', () => {
    expect(toCell(parseJson('"10.00"'), 'minor', context(2))).toEqual({ text: '10.00', minor: 1000 });
    expect(toCell(parseJson('"1000"'), 'minor', context(2))).toBe(
      '"1000" is text: minor units are written as whole numbers, major units with a decimal point',
    );
  });

  it('writes unix seconds as a UTC date-time and refuses fractions and strings', () => {
    expect(toCell(parseJson('1557995177'), 'unix-seconds', context(2))).toEqual({
      text: '2019-05-16T08:26:17Z',
      minor: null,
    });
    expect(toCell(parseJson('1557995177.5'), 'unix-seconds', context(2))).toBe(
      '1557995177.5 is not a time in unix seconds',
    );
    expect(toCell(parseJson('"1557995177"'), 'unix-seconds', context(2))).toBe(
      '"1557995177" is not a time in unix seconds',
    );
  });

  it('reads null and absent values as empty cells, and text as written', () => {
    expect(toCell(null, 'minor', context(2))).toEqual({ text: '', minor: null });
    expect(toCell(parseJson('null'), 'amount', context(2))).toEqual({ text: '', minor: null });
    expect(toCell(parseJson('"000123"'), 'text', context(2))).toEqual({ text: '000123', minor: null });
    expect(toCell(parseJson('1e5'), 'text', context(2))).toEqual({ text: '1e5', minor: null });
    expect(toCell(parseJson('" usd "'), 'currency', context(2))).toEqual({ text: 'USD', minor: null });
  });
});
