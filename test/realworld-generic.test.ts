// The generic statement reader alone on the real bank tables of ../shared/realworld: every
// profile hidden (built-ins and generic-statement-* alike), each file is read with the mapping
// suggested from it, or refused naming the question it leaves open. A read accounts for every
// row, and none gives a wrong amount without a warning.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSha256 } from '../core/import/hash.ts';
import { readFile } from '../core/import/read-file.ts';
import { bytesSource, type ReadTotals } from '../core/import/types.ts';
import type { Issue } from '../core/result.ts';
import { sharedPath } from './shared-folder.ts';

const FOLDER = sharedPath('realworld', 'test/realworld-generic.test.ts') ?? '';
const TABLES = new Set(['bank-csv', 'bank-xls', 'bank-xlsx', 'generic-sheet']);

type Expected = { format: string; entries: number; net_minor: number | null; currency: string | null; valid: boolean };
const expected = (FOLDER ? JSON.parse(fs.readFileSync(path.join(FOLDER, 'expected.json'), 'utf8')) : {}) as Record<
  string,
  Expected
>;
const tables = Object.entries(expected).filter(([, want]) => TABLES.has(want.format));

/** The currency a user names when the file never states one (these files' producers assume EUR). */
const answered = (want: Expected): string | undefined =>
  want.currency === null ? 'EUR' : want.currency === 'mixed' ? undefined : want.currency;

async function readAlone(relative: string, want: Expected) {
  const bytes = new Uint8Array(fs.readFileSync(path.join(FOLDER, relative)));
  const currency = answered(want);
  let totals: ReadTotals | null = null;
  let error: Issue | null = null;
  let profile = '';
  const options = { profiles: [], createHasher: createSha256, ...(currency ? { currency } : {}) };
  for await (const event of readFile(bytesSource(path.basename(relative), bytes), options)) {
    if (event.type === 'start') profile = event.profile_id;
    if (event.type === 'end') totals = event.totals;
    if (event.type === 'error') error = event.issue;
  }
  return { totals, error, profile };
}

describe.skipIf(!FOLDER)('the generic statement reader on real bank tables, every profile hidden', () => {
  it('reads most files right and none wrong without a warning', async () => {
    const verdicts: Record<string, 'right' | 'refused' | 'wrong'> = {};
    for (const [relative, want] of tables) {
      const { totals, error, profile } = await readAlone(relative, want);
      if (error) {
        expect(error.message).toMatch(
          /^No profile fits this file, and the generic statement reader leaves a question open: .+ To answer it, /,
        );
        verdicts[relative] = 'refused';
        continue;
      }
      if (!totals) throw new Error(`${relative}: no totals`);
      expect(profile).toBe('generic');
      expect(totals.rows).toBe(totals.imported + totals.rejected);
      const nets = Object.values(totals.net_minor);
      const net = want.currency === null || want.currency === 'mixed' ? nets[0] : totals.net_minor[want.currency];
      const right =
        want.valid &&
        totals.rejected === 0 &&
        totals.entries === want.entries &&
        (want.net_minor === null || net === want.net_minor);
      verdicts[relative] = right ? 'right' : 'wrong';
      // Every read with a suggestion says so first, naming the mapping by its content hash.
      expect(totals.warnings[0]?.message).toMatch(/suggested mapping \(generic@[0-9a-f]{8}\) — check it/);
      expect(totals.metadata.suggested_profile).toContain('"id":"generic"');
    }
    const count = (verdict: string) => Object.values(verdicts).filter((v) => v === verdict).length;
    console.log(JSON.stringify(verdicts, null, 1));
    expect(count('right')).toBeGreaterThanOrEqual(42);
    // The one file read with the wrong sign is a card export written inverse to its kind, with no
    // balance or purchase wording to tell: only the suggestion's warning flags it.
    expect(Object.keys(verdicts).filter((file) => verdicts[file] === 'wrong')).toEqual([
      'generic_sheet/oca-sheet_sample_statement_credit_card_inverse_sign_en.csv',
    ]);
  });
});
