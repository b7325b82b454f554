import ExcelJS from 'exceljs';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import type { CanonicalRecord } from '../canonical/record.ts';
import { formatMinor } from '../money.ts';
import { startsLikeFormula, unguardText } from '../report/safe-cell.ts';
import { CANONICAL_COLUMNS, CANONICAL_COLUMN_NAMES } from './columns.ts';
import { CANONICAL_FORMAT, convertRecords } from './convert.ts';
import { canonicalCsvHeader, canonicalCsvLine } from './csv.ts';
import { decimalText } from './decimal.ts';
import { importMetadata } from './import-metadata.ts';
import { canonicalNdjsonLine } from './ndjson.ts';
import { SAMPLE_IMPORT, SAMPLE_RECORDS } from './test-records.ts';

const meta = { imports: [SAMPLE_IMPORT] };
const decode = (bytes: Uint8Array): string => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
const KEY_ORDER = Object.keys(SAMPLE_RECORDS[0]!);

/** Rebuild a record from a parsed CSV row; empty fields are nulls (the fixtures hold no empty text). */
function recordFromRow(row: Record<string, string>): CanonicalRecord {
  const field = (name: string): string | null => (row[name] === '' ? null : unguardText(row[name] ?? ''));
  const integer = (name: string): number | null => (row[name] === '' ? null : Number(row[name]));
  return {
    side: field('side'),
    source: field('source'),
    kind: field('kind'),
    order_ref: field('order_ref'),
    channel_ref: field('channel_ref'),
    refund_ref: field('refund_ref'),
    batch_ref: field('batch_ref'),
    amount_minor: integer('amount_minor'),
    currency: field('currency'),
    fee_minor: integer('fee_minor'),
    fee_rate_ppm: integer('fee_rate_ppm'),
    net_minor: integer('net_minor'),
    status: field('status'),
    raw_status: field('raw_status'),
    occurred_at: field('occurred_at'),
    booked_on: field('booked_on'),
    value_on: field('value_on'),
    counterparty: field('counterparty'),
    description: field('description'),
    trace: {
      import_id: integer('trace_import_id'),
      file: field('trace_file'),
      line: integer('trace_line'),
      profile_id: field('trace_profile_id'),
      profile_version: integer('trace_profile_version'),
    },
  } as CanonicalRecord;
}

describe('canonical CSV', () => {
  test('is UTF-8 with a BOM, CRLF line ends and the canonical header', async () => {
    const bytes = await convertRecords(SAMPLE_RECORDS, 'csv', meta);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = decode(bytes).slice(1);
    expect(text.split('\r\n')[0]).toBe(CANONICAL_COLUMN_NAMES.join(','));
    expect(text.endsWith('\r\n')).toBe(true);
  });

  test('round-trips every value exactly through a CSV parser', async () => {
    const text = decode(await convertRecords(SAMPLE_RECORDS, 'csv', meta)).slice(1);
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map(recordFromRow)).toEqual(SAMPLE_RECORDS);
  });

  test('writes decimal amounts in the currency exponent beside the minor units', async () => {
    const text = decode(await convertRecords(SAMPLE_RECORDS, 'csv', meta)).slice(1);
    const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
    expect(rows.map((row) => [row['amount'], row['amount_minor'], row['fee'], row['net']])).toEqual([
      ['123.45', '12345', '0.74', '122.71'],
      ['-12.50', '-1250', '-0.07', '-12.43'],
      ['1500', '1500', '', ''],
      ['12.345', '12345', '0.005', '12.340'],
      ['-90071992547409.91', '-9007199254740991', '', ''],
    ]);
  });

  test('guards text that reads as a formula, never the numbers we wrote', async () => {
    const text = decode(await convertRecords(SAMPLE_RECORDS, 'csv', meta)).slice(1);
    const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data.slice(1);
    for (const row of rows) {
      row.forEach((value, index) => {
        const column = CANONICAL_COLUMNS[index]!;
        if (column.kind === 'text') expect(startsLikeFormula(value), `${column.name}: ${value}`).toBe(false);
        else if (value !== '') expect(value).toMatch(/^-?\d+(\.\d+)?$/);
      });
    }
    expect(rows[1]?.[3]).toBe("'=1+1");
    expect(rows[2]?.[21]).toBe("'-cmd");
    expect(rows[3]?.[4]).toBe("'＋1");
    expect(rows[4]?.[6]).toBe("'+86 138");
    expect(rows[4]?.[21]).toBe("'\tTAB first");
  });

  test('header and lines written chunk by chunk give the same file', async () => {
    const chunks = [canonicalCsvHeader(), ...SAMPLE_RECORDS.map(canonicalCsvLine)].join('');
    expect(new TextEncoder().encode(chunks)).toEqual(await convertRecords(SAMPLE_RECORDS, 'csv', meta));
  });

  test('writes 200,000 records quickly', async () => {
    function* records(): Generator<CanonicalRecord> {
      const template = SAMPLE_RECORDS[3]!;
      for (let line = 0; line < 200_000; line++)
        yield { ...template, amount_minor: line, trace: { ...template.trace, line } };
    }
    const started = performance.now();
    const bytes = await convertRecords(records(), 'csv', meta);
    const elapsed = performance.now() - started;
    console.info(`200,000 records to CSV: ${Math.round(elapsed)} ms, ${bytes.byteLength} bytes`);
    expect(elapsed).toBeLessThan(10_000);
  });
});

describe('canonical JSON and NDJSON', () => {
  test('JSON holds the format, version, import metadata and the records exactly', async () => {
    const document = JSON.parse(decode(await convertRecords(SAMPLE_RECORDS, 'json', meta)));
    expect(document.format).toBe(CANONICAL_FORMAT);
    expect(document.version).toBe(1);
    expect(document.imports).toEqual([importMetadata(SAMPLE_IMPORT)]);
    expect(document.imports[0].rejections).toBeUndefined();
    expect(document.records).toEqual(SAMPLE_RECORDS);
  });

  test('NDJSON is one record per line, keys in the canonical order', async () => {
    const shuffled = Object.fromEntries(Object.entries(SAMPLE_RECORDS[1]!).reverse()) as CanonicalRecord;
    const text = decode(await convertRecords([...SAMPLE_RECORDS, shuffled], 'ndjson', meta));
    const lines = text.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((line) => JSON.parse(line))).toEqual([...SAMPLE_RECORDS, SAMPLE_RECORDS[1]]);
    expect(Object.keys(JSON.parse(lines[5]!))).toEqual(KEY_ORDER);
    expect(lines[5]).toBe(lines[1]);
    expect(canonicalNdjsonLine(shuffled)).toBe(`${lines[1]}\n`);
  });

  test('JSON keeps text exactly as imported (it is data, not a spreadsheet)', async () => {
    const document = JSON.parse(decode(await convertRecords(SAMPLE_RECORDS, 'json', meta)));
    expect(document.records[1].description).toBe('=1+1');
  });
});

describe('canonical XLSX', () => {
  async function load(): Promise<ExcelJS.Workbook> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await convertRecords(SAMPLE_RECORDS, 'xlsx', meta)) as unknown as ArrayBuffer);
    return workbook;
  }

  test('Records round-trip with numbers as numbers and text guarded', async () => {
    const sheet = (await load()).getWorksheet('Records')!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...CANONICAL_COLUMN_NAMES]);
    const column = (name: string): number => CANONICAL_COLUMN_NAMES.indexOf(name) + 1;
    SAMPLE_RECORDS.forEach((record, index) => {
      const row = sheet.getRow(index + 2);
      expect(row.getCell(column('amount_minor')).value).toBe(record.amount_minor);
      expect(row.getCell(column('trace_line')).value).toBe(record.trace.line);
      expect(row.getCell(column('counterparty')).value ?? null).toBe(record.counterparty);
      const description = row.getCell(column('description'));
      expect(description.formula).toBeUndefined();
      expect(unguardText(String(description.value))).toBe(record.description);
    });
    const amount = (row: number) => sheet.getRow(row).getCell(column('amount'));
    expect([amount(3).value, amount(3).numFmt]).toEqual([-12.5, '#,##0.00']);
    expect([amount(4).value, amount(4).numFmt]).toEqual([1500, '#,##0']);
    expect([amount(5).value, amount(5).numFmt]).toEqual([12.345, '#,##0.000']);
    expect(sheet.getRow(3).getCell(column('description')).value).toBe("'=1+1");
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
  });

  test('Imports lists each file with its profile, counts and controls', async () => {
    const sheet = (await load()).getWorksheet('Imports')!;
    const row = sheet.getRow(2);
    expect(row.getCell(1).value).toBe(SAMPLE_IMPORT.file);
    expect(row.getCell(2).value).toBe('alipay-bill@2');
    expect(row.getCell(7).value).toBe('gb18030');
    expect([row.getCell(8).value, row.getCell(9).value, row.getCell(10).value]).toEqual([6, 5, 1]);
    expect([row.getCell(11).value, row.getCell(12).value]).toEqual([5, 5]);
    expect(row.getCell(17).value).toBe('交易合计: =SUM(A1) / 123.45 FAIL');
  });
});

test('the fast decimal text is formatMinor exactly', () => {
  fc.assert(
    fc.property(fc.maxSafeInteger(), fc.integer({ min: 0, max: 4 }), (minor, exponent) => {
      expect(decimalText(minor, exponent)).toBe(formatMinor(minor, exponent));
    }),
  );
  expect(decimalText(-0, 2)).toBe('0.00');
});
