// A neobank export states gross amounts and a separate Fee column, and its running balance moves
// by the net: the file's net is that same account effect, so net and balance check agree.
import { describe, expect, it } from 'vitest';
import { createSha256 } from '../../core/import/hash.ts';
import { readFile } from '../../core/import/read-file.ts';
import type { ReadTotals } from '../../core/import/types.ts';
import { bytesSource, controlStatus } from '../../core/import/types.ts';
import { builtinProfiles } from '../../core/profile/builtin.ts';

const CSV = [
  'Type,Product,Started Date,Completed Date,Description,Amount,Fee,Currency,State,Balance',
  'TOPUP,Current,2024-03-01 9:00:00,2024-03-01 9:00:05,Top-up,500.00,0.00,EUR,COMPLETED,500.00',
  'EXCHANGE,Current,2024-03-02 10:00:00,2024-03-02 10:00:01,Exchanged to USD,-100.00,1.50,EUR,COMPLETED,398.50',
  'CARD_PAYMENT,Current,2024-03-03 12:30:00,2024-03-03 12:30:02,Cafe,-4.20,0.00,EUR,COMPLETED,394.30',
  'TRANSFER,Current,2024-03-04 8:00:00,2024-03-04 8:00:00,Payment from A,250.00,0.25,EUR,COMPLETED,644.05',
].join('\n');

async function totalsOf(text: string): Promise<{ profile: string | null; totals: ReadTotals | null }> {
  const source = bytesSource('account-statement_2024-03-01_2024-03-04_en.csv', new TextEncoder().encode(text));
  let profile: string | null = null;
  let totals: ReadTotals | null = null;
  for await (const event of readFile(source, { profiles: builtinProfiles(), createHasher: createSha256 })) {
    if (event.type === 'start') profile = event.profile_id;
    if (event.type === 'end') totals = event.totals;
  }
  return { profile, totals };
}

describe('file net after fees', () => {
  it('is the sum the balance chain uses: gross amounts less the separate fees', async () => {
    const { profile, totals } = await totalsOf(CSV);
    expect(profile).toBe('revolut-account');
    expect(totals?.imported).toBe(4);
    // 500.00 − 100.00 − 1.50 − 4.20 + 250.00 − 0.25: the balance goes from 0 to 644.05.
    expect(totals?.net_minor).toEqual({ EUR: 64_405 });
    expect(controlStatus(totals?.controls ?? [])).toBe('holds');
  });
});
