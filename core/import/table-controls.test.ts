// A table's own figures checked against its rows: a running balance, opening + movements =
// closing off the lines around the data, and a TOTAL row under the data.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { builtinProfiles } from '../profile/builtin.ts';
import { createSha256 } from './hash.ts';
import type { ReadTotals } from './types.ts';
import { readFile } from './read-file.ts';
import { bytesSource } from './types.ts';

async function totalsOf(name: string, bytes: Uint8Array): Promise<ReadTotals> {
  for await (const event of readFile(bytesSource(name, bytes), {
    profiles: builtinProfiles(),
    createHasher: createSha256,
  })) {
    if (event.type === 'error') throw new Error(event.issue.message);
    if (event.type === 'end') return event.totals;
  }
  throw new Error('no end event');
}
const text = (value: string) => new TextEncoder().encode(value);

describe('table control totals', () => {
  const header = '"Date","Label","Amount","Balance","Partner Name","Bank Account"\n';

  it('holds when every balance is the previous one plus the amount', async () => {
    const csv = `${header}"12/15/2018","a","-33.50","-23.50","x",""\n"12/15/2018","b","1,533.50","1,510.00","y",""\n`;
    const totals = await totalsOf('balance.csv', text(csv));
    expect(totals.controls).toEqual([
      { label: 'Running balance', stated: '1510.00', computed: '1510.00', holds: true },
    ]);
  });

  it('names the line where the balance stops chaining', async () => {
    const csv = `${header}"12/15/2018","a","-33.50","-23.50","x",""\n"12/15/2018","b","1,533.50","1,510.01","y",""\n`;
    const [check] = (await totalsOf('balance.csv', text(csv))).controls;
    expect(check).toEqual({ label: 'Running balance, line 3', stated: '1510.01', computed: '1510.00', holds: false });
  });

  it('compares the opening balance plus the movements with the closing balance, both shown', async () => {
    const csv = [
      'Bank code : 1,Agency Code : 2,Download start date : 01/04/2020,Download end date : 02/04/2020,,',
      'Balance at end of period,,,,"+1.050,00",',
      'Date,Operation Number,Label,Debit,Credit,Detail',
      '01/04/20,OP 1,L1,"-50,00",,D1',
      '02/04/20,OP 2,L2,,"100,00",D2',
      'Balance at start of period,,,,"+1.000,00",',
    ].join('\n');
    const totals = await totalsOf('meta.csv', text(csv));
    expect(totals.imported).toBe(2);
    expect(totals.controls).toEqual([
      {
        label: 'Opening balance + movements = closing balance',
        stated: '+1.050,00',
        computed: '+1.000,00 + 50.00',
        holds: true,
      },
    ]);
  });

  it('checks a TOTAL row of a workbook and notes an error cell', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Hoja1');
    sheet.addRow(['REF', 'DESCRIPTION', 'DEBIT', 'CREDIT', 'BALANCE', 'DATE']);
    sheet.addRow(['1', 'T1', "'579,68 USD", ' ', "'USD 1.000,00", '2024-03-07 01:00:00']);
    sheet.addRow(['2', 'T2', 100, ' ', '900,00', { error: '#N/A' }]);
    sheet.addRow(['', 'TOTAL', 679.69, 0]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const totals = await totalsOf('statement.xlsx', bytes);
    expect(totals).toMatchObject({ imported: 2, rejected: 0, net_minor: { USD: -67968 } });
    expect(totals.controls[0]).toEqual({ label: 'TOTAL DEBIT', stated: '679.69', computed: '679.68', holds: false });
    expect(totals.warnings).toEqual([{ code: 'cell_error', message: 'Cell F3 holds #N/A, read as empty.', line: 3 }]);
  });
});
