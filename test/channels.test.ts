// Payment-channel CSV exports of ../shared/realworld pinned file by file: their formats also have
// XLSX files (Adyen settlement details, WeChat bills) that a workbook reader handles, so the
// CSV files are held here to their expected.json figures — profile, entries, net, controls.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSha256 } from '../core/import/hash.ts';
import type { ReadTotals } from '../core/import/types.ts';
import { readFile } from '../core/import/read-file.ts';
import { bytesSource, controlStatus } from '../core/import/types.ts';
import { builtinProfiles } from '../core/profile/builtin.ts';
import type { Issue } from '../core/result.ts';
import { sharedPath } from './shared-folder.ts';

const FOLDER = sharedPath('realworld', 'test/channels.test.ts');

async function read(relative: string) {
  const bytes = new Uint8Array(fs.readFileSync(path.join(FOLDER ?? '', relative)));
  let profile: string | null = null;
  let totals: ReadTotals | null = null;
  let error: Issue | null = null;
  for await (const event of readFile(bytesSource(path.basename(relative), bytes), {
    profiles: builtinProfiles(),
    createHasher: createSha256,
  })) {
    if (event.type === 'start') profile = event.profile_id;
    if (event.type === 'end') totals = event.totals;
    if (event.type === 'error') error = event.issue;
  }
  return { profile, totals, error };
}

const CSV_FILES: [string, string, number, Record<string, number>, 'holds' | 'mismatch'][] = [
  ['adyen/adyen-settlement-detail-batch380_oca.csv', 'adyen-settlement-detail', 228, { USD: 0 }, 'holds'],
  ['adyen/adyen-settlement-detail-batch238-balancetransfer_oca.csv', 'adyen-settlement-detail', 3, { USD: 0 }, 'holds'],
  ['wechat/wechat-personal_deg.csv', 'wechat-personal', 27, { CNY: -287604 }, 'mismatch'],
  ['wechat/wechat-personal-2020_trim21.csv', 'wechat-personal', 7, { CNY: 79012 }, 'mismatch'],
];

describe.skipIf(!FOLDER)('channel CSV exports whose formats also come as workbooks', () => {
  it.each(CSV_FILES)('%s', async (relative, profileId, entries, net, control) => {
    const { profile, totals, error } = await read(relative);
    expect(error).toBeNull();
    expect(profile).toBe(profileId);
    expect(totals).toMatchObject({ rejected: 0, entries, net_minor: net });
    expect(controlStatus(totals?.controls ?? [])).toBe(control);
  });

  it('states each Adyen batch as credits against debits', async () => {
    const { totals } = await read('adyen/adyen-settlement-detail-batch380_oca.csv');
    expect(totals?.controls).toEqual([
      { label: 'Net Credit = Net Debit, batch 380', stated: '56438.52', computed: '56438.52', holds: true },
    ]);
  });

  it('shows the WeChat summary against the rows that remain', async () => {
    const { totals } = await read('wechat/wechat-personal-2020_trim21.csv');
    expect(totals?.controls).toContainEqual({ label: '共N笔记录', stated: '21', computed: '7', holds: false });
    expect(totals?.controls).toContainEqual({
      label: '收入 金额',
      stated: '1412.00',
      computed: '1412.00',
      holds: true,
    });
  });
});

describe.skipIf(!FOLDER)('a PayPal download with a header and no transactions', () => {
  it('is refused with a message that says so', async () => {
    const { totals, error } = await read('paypal/paypal-activity-empty_oca.csv');
    expect(totals).toBeNull();
    expect(error?.code).toBe('no_transactions');
    expect(error?.message).toContain('no transactions (profile paypal-activity)');
  });
});
