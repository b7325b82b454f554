import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { scanZip } from './zip-scan.ts';

const text = (value: string) => new TextEncoder().encode(value);

describe('scanZip', () => {
  it('lists the entries of a workbook-shaped archive with their sizes, inflating nothing', () => {
    const bytes = zipSync({ 'xl/workbook.xml': text('<workbook/>'), 'xl/worksheets/sheet1.xml': text('<worksheet/>') });
    const result = scanZip(bytes, undefined, 'bank.xlsx');
    expect(result).toEqual({
      ok: true,
      value: [
        expect.objectContaining({ name: 'xl/workbook.xml', bytes: 11 }),
        expect.objectContaining({ name: 'xl/worksheets/sheet1.xml', bytes: 12 }),
      ],
    });
  });

  it('refuses a zip bomb by its compression ratio before inflating it', () => {
    const bytes = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(32 * 1024 * 1024) }, { level: 9 });
    expect(bytes.byteLength).toBeLessThan(100_000);
    const result = scanZip(bytes, undefined, 'bomb.xlsx');
    expect(result).toEqual({
      ok: false,
      issues: [
        expect.objectContaining({
          code: 'zip_bomb',
          file: 'bomb.xlsx',
          message: expect.stringMatching(/inflates \d+× \(32\.0 MiB\)/),
        }),
      ],
    });
  });

  it('refuses an entry or an archive larger than the limits', () => {
    const bytes = zipSync({ 'a.xml': new Uint8Array(2048), 'b.xml': new Uint8Array(2048) }, { level: 0 });
    const limits = { maxEntries: 10, maxEntryBytes: 1024, maxTotalBytes: 1 << 30, maxRatio: 200 };
    expect(scanZip(bytes, limits)).toMatchObject({
      ok: false,
      issues: [{ code: 'zip_bomb', message: expect.stringContaining('a.xml') }],
    });
    expect(scanZip(bytes, { ...limits, maxEntryBytes: 4096, maxTotalBytes: 3000 })).toMatchObject({
      ok: false,
      issues: [{ code: 'zip_bomb', message: expect.stringContaining('would inflate to') }],
    });
  });

  it('refuses too many entries', () => {
    const files = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`f${i}.xml`, text('x')]));
    expect(
      scanZip(zipSync(files), { maxEntries: 20, maxEntryBytes: 1 << 20, maxTotalBytes: 1 << 30, maxRatio: 200 }),
    ).toMatchObject({
      ok: false,
      issues: [{ code: 'zip_bomb', message: 'The archive has 21 entries; at most 20 are read.' }],
    });
  });

  it('names a truncated archive, a CSV renamed .xlsx and an empty file as not a complete ZIP', () => {
    const whole = zipSync({ 'xl/workbook.xml': text('<workbook/>') });
    for (const bytes of [whole.subarray(0, whole.byteLength - 10), text('a,b,c\n1,2,3\n'), new Uint8Array(0)]) {
      expect(scanZip(bytes)).toMatchObject({ ok: false, issues: [{ code: 'zip_invalid' }] });
    }
  });
});
