import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { SheetError } from '../sheet.ts';
import { decimalText, excelDateText } from './cell-text.ts';
import { readXlsxWorkbook } from './read-workbook.ts';

async function workbookBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('readXlsxWorkbook', () => {
  it('reads every sheet as text rows with their row numbers, empty rows left out', async () => {
    const bytes = await workbookBytes((workbook) => {
      const first = workbook.addWorksheet('Movements');
      first.getCell('A1').value = 'Date';
      first.getCell('B1').value = 'Amount';
      first.getCell('A3').value = 'x';
      first.getCell('B3').value = -12.5;
      workbook.addWorksheet('Notes').getCell('A2').value = 'hello';
    });
    const sheets = await readXlsxWorkbook(bytes);
    expect(sheets.map((sheet) => sheet.name)).toEqual(['Movements', 'Notes']);
    expect(sheets[0]?.rows).toEqual([
      ['Date', 'Amount'],
      ['x', '-12.5'],
    ]);
    expect(sheets[0]?.lines).toEqual([1, 3]);
    expect(sheets[1]?.lines).toEqual([2]);
  });

  it('turns doubles into the decimal Excel shows, never float noise', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('S');
      sheet.addRow([0.1 + 0.2, 1234.5, 1.005, -0.000001, 1e20, 100, 2207.68]);
    });
    const [sheet] = await readXlsxWorkbook(bytes);
    expect(sheet?.rows[0]).toEqual(['0.3', '1234.5', '1.005', '-0.000001', '100000000000000000000', '100', '2207.68']);
  });

  it('keeps a merged range value in its top-left cell, the rest empty and listed with the value', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('S');
      sheet.getCell('A1').value = 'Statement of account';
      sheet.mergeCells('A1:C1');
      sheet.addRow(['a', 'b', 'c']);
    });
    const [sheet] = await readXlsxWorkbook(bytes);
    expect(sheet?.rows).toEqual([['Statement of account'], ['a', 'b', 'c']]);
    expect(sheet?.merged).toEqual([
      { index: 0, column: 1, text: 'Statement of account', across: true, from: 'A1', at: 'B1' },
      { index: 0, column: 2, text: 'Statement of account', across: true, from: 'A1', at: 'C1' },
    ]);
  });

  it('reads formulas by their cached result, rich text joined, hyperlinks by their text, errors as empty with a note', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('S');
      sheet.getCell('A1').value = { formula: 'B1+C1', result: 0.1 + 0.2 };
      sheet.getCell('B1').value = { richText: [{ text: 'Bank ' }, { font: { bold: true }, text: 'transfer' }] };
      sheet.getCell('C1').value = { text: 'invoice 42', hyperlink: 'https://example.com/42' };
      sheet.getCell('D1').value = { error: '#N/A' };
      sheet.getCell('E1').value = true;
    });
    const [sheet] = await readXlsxWorkbook(bytes);
    expect(sheet?.rows[0]).toEqual(['0.3', 'Bank transfer', 'invoice 42', '', 'TRUE']);
    expect(sheet?.notes).toEqual(['D1 holds #N/A, read as empty']);
  });

  it('reads date serials in the 1900 and the 1904 date system', async () => {
    const build = (date1904: boolean) =>
      workbookBytes((workbook) => {
        workbook.properties.date1904 = date1904;
        const sheet = workbook.addWorksheet('S');
        sheet.getCell('A1').value = 45000;
        sheet.getCell('A1').numFmt = 'yyyy-mm-dd';
        sheet.getCell('B1').value = 45000.5;
        sheet.getCell('B1').numFmt = 'yyyy-mm-dd hh:mm:ss';
      });
    const [in1900] = await readXlsxWorkbook(await build(false));
    const [in1904] = await readXlsxWorkbook(await build(true));
    expect(in1900?.rows[0]).toEqual(['2023-03-15', '2023-03-15 12:00:00']);
    // The same serial is 1,462 days later in the 1904 system.
    expect(in1904?.rows[0]).toEqual(['2027-03-16', '2027-03-16 12:00:00']);
  });

  it('drops the empty columns left of a table drawn from B3 and marks hidden rows', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('S');
      sheet.getCell('B3').value = 'Date';
      sheet.getCell('C3').value = 'Amount';
      sheet.getCell('B4').value = 'd';
      sheet.getCell('C4').value = 1;
      sheet.getRow(4).hidden = true;
    });
    const [sheet] = await readXlsxWorkbook(bytes);
    expect(sheet?.rows).toEqual([
      ['Date', 'Amount'],
      ['d', '1'],
    ]);
    expect(sheet?.lines).toEqual([3, 4]);
    expect(sheet?.hiddenLines).toEqual([4]);
  });

  it('refuses a ZIP without a workbook inside', async () => {
    const { zipSync } = await import('fflate');
    const bytes = zipSync({ 'readme.txt': new TextEncoder().encode('not a workbook') });
    await expect(readXlsxWorkbook(bytes)).rejects.toThrow(SheetError);
    await expect(readXlsxWorkbook(bytes)).rejects.toThrow(/without any worksheet/);
  });
});

describe('cell text helpers', () => {
  it('writes 15 significant digits without exponent or trailing zeros', () => {
    expect(decimalText(0.1 + 0.2)).toBe('0.3');
    expect(decimalText(1234.5)).toBe('1234.5');
    expect(decimalText(-1e-7)).toBe('-0.0000001');
    expect(decimalText(123456789012345680)).toBe('123456789012346000');
    expect(decimalText(0)).toBe('0');
  });

  it('rounds a date serial that lands a hair before the second', () => {
    expect(excelDateText(new Date(Date.UTC(2024, 0, 31, 12, 29, 59, 999)))).toBe('2024-01-31 12:30:00');
    expect(excelDateText(new Date(Date.UTC(2024, 0, 31)), 'dd/mm/yyyy')).toBe('2024-01-31');
    expect(excelDateText(new Date(Date.UTC(2024, 0, 31, 9)), 'dd/mm/yyyy')).toBe('2024-01-31');
  });
});
