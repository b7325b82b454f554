// Workbook rows as a finance user sees them: a blank cell at the end of a row is an empty value,
// and a date merged over several entries belongs to each of them.
import ExcelJS from 'exceljs';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CanonicalRecord } from '../canonical/record.ts';
import { builtinProfiles } from '../profile/builtin.ts';
import type { Profile } from '../profile/types.ts';
import type { Sheet } from '../read/sheet.ts';
import { createHandlers } from '../rpc/handlers.ts';
import { completeSheet } from './sheet-cells.ts';
import { bytesSource } from './types.ts';

const CONTEXT = { progress: () => {}, cancelled: () => false };
let sqlJs: SqlJsStatic;
beforeAll(async () => {
  sqlJs = await initSqlJs();
});

const day = (date: number) => new Date(Date.UTC(2018, 11, date));

/** Row 3's date is merged with row 2's (one booking day, two entries); row 4's partner spans two columns; row 5 ends blank. */
async function mergedWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  sheet.addRow(['Date', 'Label', 'Currency', 'Amount', 'Amount Currency', 'Partner Name', 'Bank Account']);
  sheet.addRow([day(15), 'Supplier', 'USD', -33.5, 0, 'John Doe', '123']);
  sheet.addRow([null, 'Payment', 'EUR', 1525, 1000, 'Azure Interior', '456']);
  sheet.addRow([day(16), 'Fee', 'EUR', -2, 0, 'Bank', null]);
  sheet.addRow([day(17), 'Refund', 'EUR', 10, 0, null, null]);
  sheet.mergeCells('A2:A3');
  sheet.mergeCells('F4:G4');
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function importWorkbook(bytes: Uint8Array, merged?: 'fill-down' | 'fill' | 'top-left') {
  const sheetProfile = builtinProfiles().find((profile) => profile.id === 'generic-statement-sheet') as Profile;
  const profile =
    merged && sheetProfile.sheet ? { ...sheetProfile, sheet: { ...sheetProfile.sheet, merged } } : sheetProfile;
  const engine = createHandlers({ sqlJs, profiles: merged ? [{ ...profile, id: 'merged-test' }] : [] });
  const chosen = merged ? { profile_id: 'merged-test' } : {};
  const result = await engine['import/file']({ file: bytesSource('statement.xlsx', bytes), ...chosen }, CONTEXT);
  if (!result.ok) throw new Error(result.issues[0]?.message);
  const converted = await engine['convert/import']({ import_id: result.value.import_id, to: 'ndjson' }, CONTEXT);
  const lines = new TextDecoder().decode(converted).split('\n').filter(Boolean);
  return { summary: result.value, records: lines.map((line) => JSON.parse(line) as CanonicalRecord) };
}

describe('workbook rows with blank trailing cells and merged cells', () => {
  it('reads every entry: blank trailing cells empty, a merged date given to each row it spans', async () => {
    const { summary, records } = await importWorkbook(await mergedWorkbook());
    expect(summary).toMatchObject({ rows: 4, imported: 4, rejected: 0, net_minor: { EUR: 149950 } });
    expect(records.map((record) => record.booked_on)).toEqual(['2018-12-15', '2018-12-15', '2018-12-16', '2018-12-17']);
    expect(records.map((record) => record.counterparty)).toEqual(['John Doe', 'Azure Interior', 'Bank', null]);
    expect(summary.warnings).toContainEqual({
      code: 'merged_cells_filled',
      message: 'Cells A3 are merged with A2; they read its value "2018-12-15".',
      line: 3,
    });
  });

  it('leaves merged cells empty, as Excel stores them, when the profile says top-left', async () => {
    const { summary, records } = await importWorkbook(await mergedWorkbook(), 'top-left');
    expect(summary).toMatchObject({ rows: 4, imported: 4, rejected: 0 });
    expect(records.map((record) => record.booked_on)).toEqual(['2018-12-15', null, '2018-12-16', '2018-12-17']);
    expect(summary.warnings.map((said) => said.code)).not.toContain('merged_cells_filled');
  });
});

describe('completeSheet', () => {
  const sheet: Sheet = {
    name: 'Sheet1',
    rows: [
      ['Date', 'Label', 'Amount', 'Note'],
      ['2024-03-01', 'Rent', '-100'],
      ['', 'Wide label', '', '-5'],
    ],
    lines: [1, 2, 3],
    merged: [
      { index: 2, column: 0, text: '2024-03-01', across: false, from: 'A2', at: 'A3' },
      { index: 2, column: 2, text: 'Wide label', across: true, from: 'B3', at: 'C3' },
    ],
  };

  it('pads short rows and fills a merge down its first column only by default', () => {
    const { rows, warnings } = completeSheet(sheet, { header: { find: ['Date'] } });
    expect(rows).toEqual([
      ['Date', 'Label', 'Amount', 'Note'],
      ['2024-03-01', 'Rent', '-100', ''],
      ['2024-03-01', 'Wide label', '', '-5'],
    ]);
    expect(warnings).toHaveLength(1);
  });

  it('fills across columns too only when the layout says fill', () => {
    const { rows, warnings } = completeSheet(sheet, { header: { find: ['Date'] }, merged: 'fill' });
    expect(rows[2]).toEqual(['2024-03-01', 'Wide label', 'Wide label', '-5']);
    expect(warnings.map((said) => said.line)).toEqual([3, 3]);
  });
});
