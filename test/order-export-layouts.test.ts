import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../core/index.ts';
import { bytesSource } from '../core/import/types.ts';

const CONTEXT = { progress: () => {}, cancelled: () => false };
const text = iconv.decode(fs.readFileSync(path.resolve(import.meta.dirname, '../samples/orders.csv')), 'gb18030');
const [header = '', ...lines] = text.trim().split(/\r?\n/);
const names = header.split(',');
// The sample's first 40 orders; their fields hold no commas.
const orders = lines.slice(0, 40).map((line) => Object.fromEntries(line.split(',').map((cell, i) => [names[i], cell])));

async function workbook(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Orders');
  sheet.addRow(names);
  for (const order of orders) sheet.addRow(names.map((name) => order[name]));
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const encode = (value: string) => new TextEncoder().encode(value);

describe('the order export as XLSX, JSON and NDJSON', () => {
  it('reads each layout with its built-in profile into the records the CSV export gives', async () => {
    const files = {
      'orders.csv': encode([header, ...lines.slice(0, 40)].join('\n')),
      'orders.xlsx': await workbook(),
      'orders.json': encode(JSON.stringify(orders)),
      'orders.ndjson': encode(orders.map((order) => JSON.stringify(order)).join('\n')),
    };
    const read: Record<string, unknown> = {};
    for (const [name, bytes] of Object.entries(files)) {
      const engine = createHandlers({ sqlJs: await initSqlJs() });
      const imported = await engine['import/file']({ file: bytesSource(name, bytes) }, CONTEXT);
      if (!imported.ok) throw new Error(`${name}: ${imported.issues[0]?.message}`);
      const records = new TextDecoder().decode(
        await engine['convert/import']({ import_id: imported.value.import_id, to: 'ndjson' }, CONTEXT),
      );
      read[name] = {
        profile: imported.value.profile_id,
        rejected: imported.value.rejected,
        net: imported.value.net_minor,
        records: records
          .split('\n')
          .filter(Boolean)
          .map((line) => {
            const { trace: _trace, ...record } = JSON.parse(line) as Record<string, unknown>;
            return record;
          }),
      };
    }
    const csv = read['orders.csv'] as { records: unknown[] };
    expect(csv.records.length).toBeGreaterThanOrEqual(40);
    expect(read).toEqual({
      'orders.csv': { ...csv, profile: 'orders-basic', rejected: 0 },
      'orders.xlsx': { ...csv, profile: 'orders-basic-sheet', rejected: 0 },
      'orders.json': { ...csv, profile: 'orders-basic-json', rejected: 0 },
      'orders.ndjson': { ...csv, profile: 'orders-basic-ndjson', rejected: 0 },
    });
  });
});
