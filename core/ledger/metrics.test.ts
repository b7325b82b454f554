import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LedgerDays } from '../../test/ledger-days.ts';
import { as } from './test-desk.ts';

const SAMPLES = path.resolve(import.meta.dirname, '../../samples');
const SAMPLE_DAY = ['orders.csv', 'alipay.csv', 'wechat.csv'].map((name) => path.join(SAMPLES, name));

describe('handling metrics as of now', () => {
  it('count an exception resolved by hand with its time to resolution, and flag one open past its target', async () => {
    const ledger = new LedgerDays();
    await ledger.run(SAMPLE_DAY);
    const before = await ledger.engine['ledger/metrics']({}, as('li'));
    const mismatches = before.amount_mismatch;
    if (!mismatches || mismatches.open < 2) throw new Error('the sample day has fewer than two amount mismatches');
    const [first] = await ledger.engine['ledger/items']({ state: 'open', category: 'amount_mismatch' }, as('li'));

    // Three hours after the run one is resolved; seven hours after, the others are past the 6 h target.
    ledger.clock = '2024-03-16T12:00:00.000Z';
    await ledger.engine['ledger/resolve']({ ids: [first?.id ?? ''], reason: '已人工核实', user: 'li' }, as('li'));
    ledger.clock = '2024-03-16T16:00:00.000Z';
    const after = await ledger.engine['ledger/metrics']({}, as('li'));
    expect(after.amount_mismatch).toMatchObject({
      open: mismatches.open - 1,
      closed_by_hand: 1,
      closed_automatically: 0,
      median_hours: 3,
      target_hours: 6,
      past_target: mismatches.open - 1,
    });
  });
});
