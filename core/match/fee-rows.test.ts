import { describe, expect, it } from 'vitest';
import { FeeRows } from './fee-rows.ts';

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
