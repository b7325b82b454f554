import { describe, expect, test } from 'vitest';
import { convertRecords } from './convert.ts';
import { SAMPLE_IMPORT, SAMPLE_RECORDS } from './test-records.ts';

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const imports = [
  { ...SAMPLE_IMPORT, metadata: { account: '6222021234567890', holder: 'Zhang San', merchant: '2088xxxx' } },
];

describe('convert with masking', () => {
  test('masks counterparties, descriptions and the account and holder, and keeps amounts and references', async () => {
    const json = JSON.parse(decode(await convertRecords(SAMPLE_RECORDS, 'json', { imports, mask: true }))) as {
      imports: { metadata: Record<string, string> }[];
      records: { counterparty: string | null; description: string | null; amount_minor: number; order_ref: string }[];
    };
    expect(json.imports[0]?.metadata).toEqual({
      account: '************7890',
      holder: 'Z********',
      merchant: '2088xxxx',
    });
    expect(json.records[0]).toMatchObject({ counterparty: '张*', description: '商***', amount_minor: 12345 });
    expect(json.records[0]?.order_ref).toBe(SAMPLE_RECORDS[0]?.order_ref);
    const csv = decode(await convertRecords(SAMPLE_RECORDS, 'csv', { imports, mask: true }));
    expect(csv).not.toContain('张三');
    expect(csv).toContain('张*');
  });

  test('writes personal data as read without masking', async () => {
    const csv = decode(await convertRecords(SAMPLE_RECORDS, 'csv', { imports }));
    expect(csv).toContain('张三');
  });
});
