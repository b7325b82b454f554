// The real statement files of ../shared/realworld against their expected.json. Every valid file
// is detected by a built-in profile, imported with every row accounted for, with exactly the
// file's own entry count and net per currency, and its control totals holding or not as expected.
// Every invalid file ends in a clear error or a flagged import (a control mismatch, rejected
// rows or a warning) within 5 s — never a crash, a hang or a clean import.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSha256 } from '../core/import/hash.ts';
import type { ReadEvent } from '../core/import/read-events.ts';
import type { ReadTotals } from '../core/import/types.ts';
import { readFile } from '../core/import/read-file.ts';
import { controlStatus, bytesSource } from '../core/import/types.ts';
import { builtinProfiles } from '../core/profile/builtin.ts';
import type { Issue } from '../core/result.ts';
import { sharedPath } from './shared-folder.ts';

const FOLDER = sharedPath('realworld', 'test/realworld.test.ts') ?? '';

type Expected = {
  format: string;
  entries: number;
  net_minor: number | null;
  currency: string | null;
  control: 'holds' | 'mismatch' | 'none';
  valid: boolean;
};

/** The expected.json formats whose producers have built-in profiles. */
const READ_FORMATS = new Set([
  'mt940',
  'mt942',
  'bank-xlsx',
  'bank-xls',
  'paypal-csv',
  'stripe-csv',
  'alipay-personal',
  'jd-csv',
  'meituan-csv',
  'adyen-settlement',
  'wechat-personal',
  'camt052',
  'camt053',
  'camt054',
  'pain002',
  'zip',
  'tar.gz',
  'ofx',
  'qfx',
  'bai2',
  'stripe-json',
  'bank-csv',
  'generic-sheet',
]);

/**
 * Valid files with amounts finer than their currency (float artefacts, sub-cent fund cash):
 * money is never rounded, so those entries end rejected with the reason — counted, not imported.
 */
const FINER_THAN_CURRENCY: Readonly<Record<string, number>> = {
  'ofx/sgml102-fidelity-savings_ofxparse.ofx': 3,
  'ofx/sgml103-moneymarket_ofxgo.ofx': 3,
  'ofx/xml203-moneymarket-declared-utf16_ofxgo.ofx': 3,
};

const expected = (FOLDER ? JSON.parse(fs.readFileSync(path.join(FOLDER, 'expected.json'), 'utf8')) : {}) as Record<
  string,
  Expected
>;
const validFiles = Object.entries(expected).filter(([, want]) => want.valid && READ_FORMATS.has(want.format));
const invalidFiles = Object.entries(expected).filter(([, want]) => !want.valid);

type Outcome = { profile: string | null; totals: ReadTotals | null; error: Issue | null };

async function read(relative: string): Promise<Outcome> {
  const bytes = new Uint8Array(fs.readFileSync(path.join(FOLDER, relative)));
  const outcome: Outcome = { profile: null, totals: null, error: null };
  const events: AsyncIterable<ReadEvent> = readFile(bytesSource(path.basename(relative), bytes), {
    profiles: builtinProfiles(),
    createHasher: createSha256,
  });
  for await (const event of events) {
    if (event.type === 'start') outcome.profile = event.profile_id;
    if (event.type === 'end') outcome.totals = event.totals;
    if (event.type === 'error') outcome.error = event.issue;
  }
  return outcome;
}

describe.skipIf(!FOLDER)('every valid real statement imports exactly', () => {
  it.each(validFiles)('%s', async (relative, want) => {
    const { profile, totals, error } = await read(relative);
    expect(error).toBeNull();
    expect(profile).not.toBeNull();
    expect(totals).not.toBeNull();
    if (!totals) return;
    expect(totals.rows).toBe(totals.imported + totals.rejected);
    expect(totals.rejected).toBe(FINER_THAN_CURRENCY[relative] ?? 0);
    expect(totals.entries).toBe(want.entries);
    // A file that states no currency (null) is read in the one currency its profile assumes.
    const nets = Object.values(totals.net_minor);
    const net =
      want.currency === null ? (nets.length === 1 ? nets[0] : undefined) : (totals.net_minor[want.currency] ?? 0);
    if (want.net_minor !== null) expect(net).toBe(want.net_minor);
    expect(controlStatus(totals.controls)).toBe(want.control);
  });
});

describe.skipIf(!FOLDER)('every invalid real file is refused or flagged', () => {
  it.each(invalidFiles)('%s', { timeout: 5000 }, async (relative) => {
    const { totals, error } = await read(relative);
    if (error) {
      expect(error.message.length).toBeGreaterThan(10);
      return;
    }
    expect(totals).not.toBeNull();
    if (!totals) return;
    const flags = {
      mismatch: controlStatus(totals.controls) === 'mismatch',
      rejected: totals.rejected,
      warnings: totals.warnings.length,
    };
    expect(flags, 'an invalid file imported clean').not.toEqual({ mismatch: false, rejected: 0, warnings: 0 });
  });
});
