// Workbook-shaped files through the whole read path: evil archives refused before exceljs
// sees them, files judged by their bytes rather than their name, HTML and TSV ".xls" exports.
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import fs from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { builtinProfiles } from '../profile/builtin.ts';
import type { Profile } from '../profile/types.ts';
import type { Issue } from '../result.ts';
import { createSha256 } from './hash.ts';
import type { ReadTotals } from './types.ts';
import { readFile } from './read-file.ts';
import { bytesSource } from './types.ts';
import { sharedPath } from '../../test/shared-folder.ts';

type Outcome = { profile: string | null; totals: ReadTotals | null; error: Issue | null };
const text = (value: string) => new TextEncoder().encode(value);

async function read(name: string, bytes: Uint8Array, profiles: Profile[] = builtinProfiles()): Promise<Outcome> {
  const outcome: Outcome = { profile: null, totals: null, error: null };
  for await (const event of readFile(bytesSource(name, bytes), { profiles, createHasher: createSha256 })) {
    if (event.type === 'start') outcome.profile = event.profile_id;
    if (event.type === 'end') outcome.totals = event.totals;
    if (event.type === 'error') outcome.error = event.issue;
  }
  return outcome;
}

const STATEMENT_CSV =
  '"Date","Label","Currency","Amount","Amount Currency","Partner Name","Bank Account"\n' +
  '"12/15/2018","Supplier","USD","-33.50","0.0","John Doe","123"\n' +
  '"12/15/2018","Payment","EUR","1,525.00","1,000.00","Azure Interior",""\n';

async function statementWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  sheet.addRow(['Date', 'Label', 'Currency', 'Amount', 'Amount Currency', 'Partner Name', 'Bank Account']);
  sheet.addRow([new Date(Date.UTC(2018, 11, 15)), 'Supplier', 'USD', -33.5, 0, 'John Doe', '123']);
  sheet.addRow([new Date(Date.UTC(2018, 11, 15)), 'Payment', 'EUR', 1525, 1000, 'Azure Interior']);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('workbook files through the read path', () => {
  it('imports an .xlsx statement by its header, net exact', async () => {
    const { profile, totals, error } = await read('statement.xlsx', await statementWorkbook());
    expect(error).toBeNull();
    expect(profile).toBe('generic-statement-sheet');
    expect(totals).toMatchObject({ rows: 2, imported: 2, rejected: 0, net_minor: { EUR: 149150 } });
  });

  it('refuses a workbook whose part inflates past the size its directory states, before exceljs trusts it', async () => {
    const bytes = await statementWorkbook();
    const lying = bytes.slice();
    const view = new DataView(lying.buffer);
    // Understate every part's uncompressed size in the central directory; the bomb check passes.
    for (let at = 0; at + 46 <= lying.length; at++)
      if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, 10, true);
    const { error, totals } = await read('lying.xlsx', lying);
    expect(totals).toBeNull();
    expect(error?.message).toMatch(/inflates past the 10 bytes the archive states; the archive is refused/);
  });

  it('refuses a zip bomb named .xlsx before inflating it', async () => {
    const bomb = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(64 * 1024 * 1024) }, { level: 9 });
    const { error, totals } = await read('bomb.xlsx', bomb);
    expect(totals).toBeNull();
    expect(error).toMatchObject({ code: 'zip_bomb', file: 'bomb.xlsx' });
  });

  it('refuses a truncated workbook with a message naming the file', async () => {
    const whole = await statementWorkbook();
    const { error } = await read('cut.xlsx', whole.subarray(0, Math.floor(whole.byteLength / 2)));
    expect(error?.file).toBe('cut.xlsx');
    expect(error?.message).toMatch(/ZIP|zip|truncated|incomplete/);
  });

  it('reads a CSV renamed .xlsx as the CSV it is', async () => {
    const { profile, totals, error } = await read('statement.xlsx', text(STATEMENT_CSV));
    expect(error).toBeNull();
    expect(profile).toBe('generic-statement-csv');
    expect(totals).toMatchObject({ imported: 2, rejected: 0, net_minor: { EUR: 149150 } });
  });

  it('refuses a 0-byte .xlsx as empty', async () => {
    const { error } = await read('empty.xlsx', new Uint8Array(0));
    expect(error).toMatchObject({ code: 'file_empty', file: 'empty.xlsx', message: 'The file is empty.' });
  });

  it('reads a ZIP with no workbook inside as an archive of statements, and says when none fits', async () => {
    const { error } = await read('archive.xlsx', zipSync({ 'notes.txt': text('hello') }));
    expect(error?.message).toMatch(/No profile fits this file/);
  });

  it('refuses a damaged legacy .xls (OLE2) with what is wrong', async () => {
    const ole2 = new Uint8Array(512);
    ole2.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const { error } = await read('export.xls', ole2);
    expect(error).toMatchObject({ code: 'sheet_unreadable', file: 'export.xls' });
    expect(error?.message).toMatch(/^The file is a damaged or truncated OLE2 compound file: /);
  });

  const folder = sharedPath('realworld/bank_xls', 'core/import/read-workbook-file.test.ts (legacy .xls)') ?? '';
  it.skipIf(!folder)('imports the real legacy .xls statements by their sheet profiles', async () => {
    const want: Record<string, [string, number, Record<string, number>]> = {
      'cn-ccb-debit_deg.xls': ['cn-ccb-debit-sheet', 6, { CNY: -70326 }],
      'cn-citic-credit_deg.xls': ['cn-citic-credit-sheet', 13, { CNY: -109739 }],
      'cn-spdb-debit_deg.xls': ['cn-spdb-debit-sheet', 4, { CNY: -164 }],
      'it-fineco-cards_ofxstatement-fineco.xls': ['fineco-it-cards-sheet', 2, { EUR: -10000 }],
    };
    for (const [name, [profileId, imported, net]] of Object.entries(want)) {
      if (!fs.existsSync(path.join(folder, name))) continue;
      const { profile, totals, error } = await read(name, new Uint8Array(fs.readFileSync(path.join(folder, name))));
      expect({ name, error, profile }).toEqual({ name, error: null, profile: profileId });
      expect(totals).toMatchObject({ imported, rejected: 0, net_minor: net });
    }
  });

  it('reads an HTML table saved as .xls through the sheet profiles', async () => {
    const rows = [
      ['Date', 'Label', 'Currency', 'Amount', 'Amount Currency', 'Partner Name', 'Bank Account'],
      ['2018-12-15', 'Supplier &amp; Co', 'USD', '-33.5', '0', 'John Doe', '123'],
      ['2018-12-15', 'Payment', 'EUR', '1525', '1000', 'Azure Interior', ''],
    ];
    const html = `<html><body><table>${rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('\n')}</table></body></html>`;
    const { profile, totals, error } = await read('export.xls', text(html));
    expect(error).toBeNull();
    expect(profile).toBe('generic-statement-sheet');
    expect(totals).toMatchObject({ imported: 2, rejected: 0, net_minor: { EUR: 149150 } });
  });

  it('reads an HTML table saved as .xls in Windows-1252 as Windows-1252, saying it was inferred', async () => {
    const cells = ['2018-12-15', 'Überweisung Müller', 'EUR', '-25', '0', 'Müller', ''];
    const header = ['Date', 'Label', 'Currency', 'Amount', 'Amount Currency', 'Partner Name', 'Bank Account'];
    const row = (values: string[]) => `<tr>${values.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
    const html = `<html><body><table>${row(header)}${row(cells)}</table></body></html>`;
    const { totals, error } = await read('export.xls', new Uint8Array(iconv.encode(html, 'windows-1252')));
    expect(error).toBeNull();
    expect(totals?.warnings.map((said) => said.code)).toEqual(['encoding_inferred', 'currency_assumed']);
  });

  it('reads TSV saved as .xls through a tab-delimited CSV profile', async () => {
    const csv = builtinProfiles().find((profile) => profile.id === 'generic-statement-csv');
    if (!csv?.csv) throw new Error('generic-statement-csv is missing');
    const tsvProfile: Profile = { ...csv, id: 'generic-statement-tsv', csv: { ...csv.csv, delimiter: '\t' } };
    const tsv = STATEMENT_CSV.replaceAll('","', '"\t"');
    const { profile, totals, error } = await read('export.xls', text(tsv), [tsvProfile]);
    expect(error).toBeNull();
    expect(profile).toBe('generic-statement-tsv');
    expect(totals).toMatchObject({ imported: 2, rejected: 0, net_minor: { EUR: 149150 } });
  });
});
