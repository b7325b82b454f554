import { describe, expect, it } from 'vitest';
import type { ImportSummary } from '../core/index.ts';
import { roundingHint } from './rounding-hint.ts';

const summaryWith = (codes: string[]) =>
  ({
    file: 'fund.ofx',
    rejections: codes.map((code, at) => ({ line: 10 + at, code, message: 'rejected', raw: '' })),
  }) as unknown as ImportSummary;

describe('roundingHint', () => {
  it('names the flag when entries were rejected only for their excess decimals', () => {
    expect(roundingHint(summaryWith(['amount_excess_decimals', 'entry_unreadable', 'amount_excess_decimals']))).toBe(
      'fund.ofx: 2 entries were rejected for more decimals than the currency has; ' +
        '--round-excess-decimals half-even reads them rounded',
    );
    expect(roundingHint(summaryWith(['amount_excess_decimals']))).toMatch(/^fund\.ofx: 1 entry was rejected/);
  });

  it('says nothing when no rejection is of that kind', () => {
    expect(roundingHint(summaryWith(['entry_unreadable']))).toBeNull();
    expect(roundingHint(summaryWith([]))).toBeNull();
  });
});
