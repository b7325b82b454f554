import { describe, expect, it } from 'vitest';
import { formatTolerance, parseTolerance, toleranceFor } from './tolerance.ts';

describe('tolerance', () => {
  it('reads minor units and percentages, and refuses anything else', () => {
    expect(parseTolerance('5')).toEqual({ minor: 5 });
    expect(parseTolerance('0.5%')).toEqual({ ppm: 5000 });
    expect(parseTolerance('2%')).toEqual({ ppm: 20000 });
    for (const bad of ['-1', '1.5', '0.5', '%', '0.12345%', 'x']) expect(parseTolerance(bad)).toBeNull();
  });

  it('rounds a relative tolerance half-up to the minor unit', () => {
    expect(toleranceFor({ ppm: 5000 }, 10100)).toBe(51); // 50.5
    expect(toleranceFor({ ppm: 5000 }, 10099)).toBe(50); // 50.495
    expect(toleranceFor({ ppm: 5000 }, -10100)).toBe(51);
    expect(toleranceFor({ minor: 3 }, 10100)).toBe(3);
    expect(toleranceFor({ ppm: 10_000 }, 2 ** 52)).toBe(45035996273705); // beyond safe products
  });

  it('writes a tolerance back as the user gives it', () => {
    expect(formatTolerance({ ppm: 5000 })).toBe('0.5%');
    expect(formatTolerance({ ppm: 20000 })).toBe('2%');
    expect(formatTolerance({ minor: 7 })).toBe('7');
  });
});
