import { describe, expect, it } from 'vitest';
import type { ReadEvent } from './read-events.ts';
import type { ReadTotals } from './types.ts';
import { createSha256 } from './hash.ts';
import { readFile } from './read-file.ts';
import { bytesSource } from './types.ts';
import { builtinProfiles } from '../profile/builtin.ts';

const SHEET = [
  '"Date","Label","Currency","Amount","Amount Currency","Partner Name","Bank Account"',
  '"12/15/2018","Your payment","EUR","1,525.00","1,000.00","Azure Interior",""',
  '',
].join('\n');

async function read(currency?: string) {
  const file = bytesSource('statement.csv', new TextEncoder().encode(SHEET));
  const options = { profiles: builtinProfiles(), createHasher: createSha256, ...(currency ? { currency } : {}) };
  let totals: ReadTotals | null = null;
  let error: string | null = null;
  for await (const event of readFile(file, options) as AsyncIterable<ReadEvent>) {
    if (event.type === 'end') totals = event.totals;
    if (event.type === 'error') error = event.issue.message;
  }
  return { totals, error };
}

describe('the account currency of a file that never states it', () => {
  it('says which currency the profile assumed', async () => {
    const { totals } = await read();
    expect(totals?.net_minor).toEqual({ EUR: 152_500 });
    expect(totals?.metadata.account_currency).toBe('EUR (assumed: the file does not state it)');
  });

  it('takes the currency the user chose instead', async () => {
    const { totals } = await read('USD');
    expect(totals?.net_minor).toEqual({ USD: 152_500 });
    expect(totals?.metadata.account_currency).toBe('USD (chosen on import)');
  });

  it('refuses a code that is not ISO 4217', async () => {
    expect((await read('EURO')).error).toBe('"EURO" is not an ISO 4217 currency code.');
    expect((await read('XYZ')).error).toBe('"XYZ" is not an ISO 4217 currency code.');
  });
});
