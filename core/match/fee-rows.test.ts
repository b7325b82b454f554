import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectedFee, FeeRows } from './fee-rows.ts';

/** The rule in BigInt arithmetic: |amount| × ppm, half-up to the minor unit, signed like the amount. */
function reference(amount: number, ratePpm: number): number {
  const magnitude = BigInt(Math.abs(amount));
  const fee = Number((magnitude * BigInt(ratePpm) + 500_000n) / 1_000_000n);
  return amount < 0 ? -fee : fee;
}

describe('expectedFee', () => {
  it('is half-up in integer arithmetic for any amount and rate', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
        fc.integer({ min: 0, max: 1_000_000 }),
        (amount, rate) => {
          expect(expectedFee(amount, rate)).toBe(reference(amount, rate));
        },
      ),
    );
  });

  it('rounds the half cent up and keeps the sign of refunds', () => {
    expect(expectedFee(2_500, 6_000)).toBe(15); // 15.000
    expect(expectedFee(2_417, 6_000)).toBe(15); // 14.502 → 15
    expect(expectedFee(2_416, 6_000)).toBe(14); // 14.496 → 14
    expect(expectedFee(-2_417, 6_000)).toBe(-15);
    expect(expectedFee(250, 6_000)).toBe(2); // 1.5 → 2
  });
});

describe('FeeRows.check', () => {
  it('totals fees per source and lists the rows whose fee is not the rate applied', () => {
    const rows = new FeeRows();
    rows.add(1, 'wechat', 'payment', 10_000, 60, 6_000);
    rows.add(2, 'wechat', 'payment', 10_050, 61, 6_000); // 60.3 → 60 expected
    rows.add(3, 'wechat', 'refund', -10_000, -60, 6_000);
    rows.add(4, 'alipay', 'payment', 20_000, 120, null); // the run's rate
    rows.add(5, 'alipay', 'payment', 20_000, 100, 5_000); // its own rate wins
    rows.add(6, 'unionpay', 'payment', 20_000, 1, null); // not in the run
    const { totals, mismatches } = rows.check(
      new Map([
        ['wechat', null],
        ['alipay', 6_000],
      ]),
    );
    expect(totals).toEqual({
      alipay: { rows: 2, trade_fee_minor: 220, refund_fee_minor: 0, net_fee_minor: 220, fee_mismatch: 0 },
      wechat: { rows: 3, trade_fee_minor: 121, refund_fee_minor: -60, net_fee_minor: 61, fee_mismatch: 1 },
    });
    expect(mismatches).toEqual([{ id: 2, expected: 60, ratePpm: 6_000 }]);
  });

  it('checks nothing for a source whose rows state no rate and the run sets none', () => {
    const rows = new FeeRows();
    rows.add(1, 'bank', 'payment', 10_000, 7, null);
    const { totals, mismatches } = rows.check(new Map([['bank', null]]));
    expect(totals.bank).toMatchObject({ rows: 1, net_fee_minor: 7, fee_mismatch: 0 });
    expect(mismatches).toEqual([]);
  });
});
