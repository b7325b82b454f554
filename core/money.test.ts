import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { feeAtRate, formatMinor, parseMinor, parseRatePpm, type AmountFormat } from './money.ts';

const US: AmountFormat = { decimal: '.', thousands: [','] };
const EUROPEAN: AmountFormat = { decimal: ',', thousands: ['.'] };

/** The reference rule for a 0.6 % fee: half-up on the magnitude, in plain integer arithmetic. */
const referenceFee = (cents: number): number => {
  const magnitude = Math.floor((Math.abs(cents) * 6 + 500) / 1000);
  return cents < 0 ? -magnitude : magnitude;
};

describe('parseMinor and formatMinor', () => {
  it.each([0, 2, 3, 4])('give back every safe integer at exponent %i', (exponent) => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (minor) => {
        expect(parseMinor(formatMinor(minor, exponent), exponent)).toBe(minor);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips amounts written with thousands grouping', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (minor) => {
        expect(parseMinor(formatMinor(minor, 2, { grouping: true }), 2, US)).toBe(minor);
      }),
    );
  });

  it('formats small negative amounts with a leading zero', () => {
    expect(formatMinor(-5, 2)).toBe('-0.05');
    expect(formatMinor(1234567, 2, { grouping: true })).toBe('12,345.67');
    expect(formatMinor(42, 0)).toBe('42');
  });
});

describe('parseMinor: what a statement writes', () => {
  it('reads thousands separators only where the format allows them', () => {
    expect(parseMinor('1,234.50', 2, US)).toBe(123450);
    expect(parseMinor('1,234,567.00', 2, US)).toBe(123456700);
    expect(parseMinor('1.234,56', 2, EUROPEAN)).toBe(123456);
  });

  it('rejects an ambiguous 1,234 when no thousands rule is given, instead of guessing', () => {
    expect(parseMinor('1,234', 2)).toBeTypeOf('string');
    expect(parseMinor('1,234', 2, { decimal: '.' })).toBeTypeOf('string');
  });

  it('rejects misplaced digit grouping', () => {
    expect(parseMinor('12,34.00', 2, US)).toMatch(/grouping/);
    expect(parseMinor('1,2345.00', 2, US)).toMatch(/grouping/);
  });

  it('reads a decimal-comma amount whose thousands group ends in zero as thousands, not cents', () => {
    // 1.230 in a decimal-comma statement is one thousand two hundred thirty.
    expect(parseMinor('1.230', 2, EUROPEAN)).toBe(123000);
    expect(parseMinor('2.500', 2, EUROPEAN)).toBe(250000);
  });

  it('rejects a dot written as a decimal point when the format says the decimal is a comma', () => {
    expect(parseMinor('1.50', 2, EUROPEAN)).toBeTypeOf('string');
    expect(parseMinor('12.5', 2, { decimal: ',' })).toBeTypeOf('string');
  });

  it('rejects more decimals than the currency has (KWD 1.2345), never rounding', () => {
    expect(parseMinor('1.2345', 3)).toBe('has 4 decimals; the currency allows 3');
    expect(parseMinor('1.234', 3)).toBe(1234);
    expect(parseMinor('1.2340', 3)).toBe(1234);
  });

  it('reads negatives written as (12.00), 12.00-, with U+2212 or a leading minus', () => {
    expect(parseMinor('(12.00)', 2, { decimal: '.', parentheses: true })).toBe(-1200);
    expect(parseMinor('12.00-', 2, { decimal: '.', trailingMinus: true })).toBe(-1200);
    expect(parseMinor('\u221212.00', 2)).toBe(-1200);
    expect(parseMinor('-12.00', 2)).toBe(-1200);
    expect(parseMinor('+12.00', 2)).toBe(1200);
  });

  it('rejects (12.00) and 12.00- when the format does not allow them', () => {
    expect(parseMinor('(12.00)', 2)).toBeTypeOf('string');
    expect(parseMinor('12.00-', 2)).toBeTypeOf('string');
  });

  it('never returns a negative zero', () => {
    expect(Object.is(parseMinor('-0.00', 2), 0)).toBe(true);
    expect(Object.is(parseMinor('\u22120.00', 2), 0)).toBe(true);
  });

  it('strips the currency symbols the format names', () => {
    expect(parseMinor('¥12.50', 2, { decimal: '.', symbols: ['¥'] })).toBe(1250);
    expect(parseMinor('12.50 EUR', 2, { decimal: '.', symbols: ['EUR'] })).toBe(1250);
    expect(parseMinor('¥12.50', 2)).toBeTypeOf('string');
  });

  it.each(['0x1F', '1e5', '', '   ', '12.', '.5', '1 234', 'NaN', 'Infinity', '12.3.4', '--1'])(
    'rejects %j as an amount',
    (text) => {
      expect(parseMinor(text, 2)).toBeTypeOf('string');
    },
  );

  it('rejects 20-digit numbers as too large to be exact', () => {
    expect(parseMinor('12345678901234567890', 2)).toBe('is too large to be exact');
    expect(parseMinor('-12345678901234567890', 0)).toBe('is too large to be exact');
    expect(parseMinor('90071992547409.92', 2)).toBe('is too large to be exact');
    expect(parseMinor('90071992547409.91', 2)).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('reads WeChat fees with five decimals only when the extra digits are zeros', () => {
    expect(parseMinor('0.32000', 2)).toBe(32);
    expect(parseMinor('-0.06000', 2)).toBe(-6);
    expect(parseMinor('0.32500', 2)).toBe('has 3 decimals; the currency allows 2');
  });
});

describe('feeAtRate', () => {
  it('rounds half away from zero at .5 boundaries', () => {
    expect(feeAtRate(250, 6000)).toBe(2); // 1.5 cents
    expect(feeAtRate(-250, 6000)).toBe(-2);
    expect(feeAtRate(249, 6000)).toBe(1); // 1.494 cents
    expect(feeAtRate(-249, 6000)).toBe(-1);
    expect(feeAtRate(0, 6000)).toBe(0);
    expect(feeAtRate(128800, 6000)).toBe(773); // 1288.00 at 0.6 % = 7.728
    expect(feeAtRate(2_500, 6_000)).toBe(15); // 15.000
    expect(feeAtRate(2_417, 6_000)).toBe(15); // 14.502 → 15
    expect(feeAtRate(2_416, 6_000)).toBe(14); // 14.496 → 14
    expect(feeAtRate(-2_417, 6_000)).toBe(-15);
  });

  it('is half-up in integer arithmetic for any amount and rate, past 2^53 in the product too', () => {
    const bigIntFee = (amount: number, rate: number): number => {
      const fee = Number((BigInt(Math.abs(amount)) * BigInt(rate) + 500_000n) / 1_000_000n);
      return amount < 0 ? -fee : fee;
    };
    fc.assert(
      fc.property(
        fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
        fc.integer({ min: 0, max: 1_000_000 }),
        (amount, rate) => {
          expect(feeAtRate(amount, rate)).toBe(bigIntFee(amount, rate));
        },
      ),
    );
  });

  it('equals (cents × 6 + 500) div 1000 for any amount at 0.6 %', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (cents) => {
        expect(feeAtRate(cents, 6000)).toBe(referenceFee(cents));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseRatePpm', () => {
  it('reads a percentage and a fraction as the same parts per million', () => {
    expect(parseRatePpm('0.60%')).toBe(6000);
    expect(parseRatePpm('0.6 %')).toBe(6000);
    expect(parseRatePpm('0.006')).toBe(6000);
    expect(parseRatePpm('0.38%')).toBe(3800);
  });

  it('rejects a rate that is not a number, naming it', () => {
    expect(parseRatePpm('abc%')).toMatch(/rate "abc%"/);
    expect(parseRatePpm('0.0000001')).toBeTypeOf('string');
  });
});
