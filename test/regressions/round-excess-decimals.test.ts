// A real money-market OFX whose TRNAMT carry float artefacts: rejected by default, and read in
// full only when the import chooses half-even rounding, which the import then says it applied.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSha256 } from '../../core/import/hash.ts';
import { readFile, type ReadOptions } from '../../core/import/read-file.ts';
import { bytesSource, type ReadTotals } from '../../core/import/types.ts';
import { builtinProfiles } from '../../core/profile/builtin.ts';
import { sharedPath } from '../shared-folder.ts';

const FILE =
  sharedPath('realworld/ofx/sgml103-moneymarket_ofxgo.ofx', 'test/regressions/round-excess-decimals.test.ts') ?? '';

async function totalsOf(extra: Partial<ReadOptions>): Promise<(ReadTotals & { codes: string[] }) | null> {
  const source = bytesSource('moneymarket.ofx', new Uint8Array(fs.readFileSync(FILE)));
  let totals: ReadTotals | null = null;
  const codes: string[] = [];
  for await (const event of readFile(source, { profiles: builtinProfiles(), createHasher: createSha256, ...extra })) {
    if (event.type === 'batch') codes.push(...event.rejections.map((rejection) => rejection.code));
    if (event.type === 'end') totals = event.totals;
  }
  return totals && { ...totals, codes };
}

describe.skipIf(!FILE)('--round-excess-decimals half-even', () => {
  it('leaves the finer amounts rejected without the choice', async () => {
    const totals = await totalsOf({});
    expect(totals?.rejected).toBe(3);
    // The code the app and the CLI offer the rounding choice on.
    expect(totals?.codes).toEqual(['amount_excess_decimals', 'amount_excess_decimals', 'amount_excess_decimals']);
    expect(totals?.warnings.map((said) => said.code)).not.toContain('amounts_rounded');
  });

  it('imports every entry with the choice, saying it rounded them and by how much', async () => {
    const totals = await totalsOf({ roundExcessDecimals: 'half-even' });
    expect(totals?.rejected).toBe(0);
    expect(totals?.imported).toBe(3);
    const said = totals?.warnings.find((found) => found.code === 'amounts_rounded');
    expect(said?.message).toMatch(
      /^3 amounts had more decimals than the currency and were rounded half-even as chosen, changing the net by [+-]0\.\d+ USD/,
    );
    expect(totals?.metadata.amounts_rounded).toMatch(/^half-even: 3 entries, net changed by /);
  });
});
