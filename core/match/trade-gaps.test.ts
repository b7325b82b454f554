import { describe, expect, it } from 'vitest';
import { detectTradeGaps, logBinomialLowerTail } from './trade-gaps.ts';
import { Volume } from './trade-clock.ts';

const DAY = Date.parse('2024-03-15T00:00:00+08:00') / 60_000;
const offsets = new Map([['alipay', 480]]);

/** A day of trades per minute, pseudo-randomly 5 to 11 a minute, with `during(minute)` where given. */
function day(during: (minute: number) => number | undefined = () => undefined): Volume {
  return new Volume(new Map(Array.from({ length: 1440 }, (_, m) => [DAY + m, during(m) ?? 5 + ((m * 7919) % 7)])));
}

describe('gaps in a channel trades', () => {
  it('reports none on a day whose trades keep their rate', () => {
    expect(detectTradeGaps(['alipay'], () => day(), offsets)).toEqual([]);
    // A quiet night and a busy lunch are not gaps: the rate changes smoothly.
    const shaped = day((m) => Math.round(2 + 8 * Math.sin((Math.PI * m) / 1440) ** 2 + ((m * 31) % 3)));
    expect(detectTradeGaps(['alipay'], () => shaped, offsets)).toEqual([]);
  });

  it('finds an hour with far fewer trades as an incident over that hour', () => {
    const gap = day((m) => (m >= 14 * 60 && m < 15 * 60 ? (m % 4 === 0 ? 1 : 0) : undefined));
    const incidents = detectTradeGaps(['alipay'], () => gap, offsets);
    expect(incidents).toHaveLength(1);
    const [incident] = incidents;
    expect(incident?.channel).toBe('alipay');
    expect(incident?.cause).toBe('trade_gap');
    expect(incident?.from).toBe('2024-03-15T14:00:00+08:00');
    expect(incident?.to).toBe('2024-03-15T15:00:00+08:00');
    expect(incident?.observed).toBe(15);
    expect(incident?.expected).toBeGreaterThan(150);
    expect(incident?.p_value).toBeLessThan(1e-4);
    expect(incident?.categories).toEqual({});
  });

  it('does not take a dip to two thirds of the rate for a gap', () => {
    const dip = day((m) => (m >= 14 * 60 && m < 15 * 60 ? 5 : 8));
    expect(detectTradeGaps(['alipay'], () => dip, offsets)).toEqual([]);
  });

  it('computes binomial lower tails in log space', () => {
    expect(Math.exp(logBinomialLowerTail(0, 3, 1 / 3))).toBeCloseTo((2 / 3) ** 3, 12);
    expect(Math.exp(logBinomialLowerTail(1, 3, 1 / 3))).toBeCloseTo((2 / 3) ** 3 + 3 * (1 / 3) * (2 / 3) ** 2, 12);
    expect(logBinomialLowerTail(10, 3000, 1 / 3)).toBeLessThan(-1000);
  });
});
