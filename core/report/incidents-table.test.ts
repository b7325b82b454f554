import { describe, expect, test } from 'vitest';
import { sampleInput } from './test-input.ts';
import { read, RED, sheetOf, fillOf } from './test-read-back.ts';

const INCIDENT = {
  channel: 'wechat',
  from: '2024-03-15T14:00:40+08:00',
  to: '2024-03-15T14:32:09+08:00',
  categories: {
    channel_switched: { count: 132, amount_minor: 4736211 },
    duplicate_charge: { count: 29, amount_minor: 913854 },
  },
  cause: 'gateway_failover' as const,
  observed: 161,
  expected: 8.1,
  p_value: 1e-150,
  orders: ['SO1', 'SO2'],
};

/** The Summary's rows as arrays of cell values. */
async function summaryValues(language: 'en' | 'zh-CN', incidents: (typeof INCIDENT)[]) {
  const input = sampleInput();
  const sheet = sheetOf(
    await read({ ...input, language, summary: { ...input.summary, incidents } }),
    language === 'en' ? 'Summary' : '汇总',
  );
  const rows: { values: unknown[]; fill: string | undefined }[] = [];
  sheet.eachRow((row) => rows.push({ values: (row.values as unknown[]).slice(1), fill: fillOf(row.getCell(1)) }));
  return rows;
}

describe("the Summary lists the run's incidents", () => {
  test('one red row per incident: channel, window, findings, amount, likely cause and categories', async () => {
    const rows = await summaryValues('en', [INCIDENT]);
    const heading = rows.findIndex((row) => String(row.values[0]).startsWith('Incidents'));
    expect(heading).toBeGreaterThan(0);
    const row = rows[heading + 2];
    expect(row?.values.slice(0, 4)).toEqual(['wechat', INCIDENT.from, INCIDENT.to, 161]);
    expect(String(row?.values[5])).toContain('Gateway failover');
    expect(row?.values[6]).toBe('Channel switched 132; Duplicate charge 29');
    expect(row?.fill).toBe(RED);
  });

  test('says so when there is none, in Chinese too', async () => {
    const rows = await summaryValues('zh-CN', []);
    const heading = rows.findIndex((row) => String(row.values[0]).startsWith('事件'));
    expect(String(rows[heading + 1]?.values[0])).toMatch(/^无：/);
  });
});
