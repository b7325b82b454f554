import type ExcelJS from 'exceljs';
import { loadExcelJS } from '../exceljs.ts';
import type { CanonicalRecord } from '../canonical/record.ts';
import { currencyExponent } from '../currency.ts';
import type { ImportSummary } from '../import/types.ts';
import { formatMinor } from '../money.ts';
import { FAST_ZIP, plainBytes } from '../report/plain-bytes.ts';
import { spreadsheetText } from '../report/safe-cell.ts';
import { amountFormat, createStyleBook, INTEGER_FORMAT, type StyleBook } from '../report/styles.ts';
import { CANONICAL_COLUMNS, CANONICAL_COLUMN_NAMES, flattenRecord, type FlatValue } from './columns.ts';

/** Excel's last row is 1,048,576; the header takes one. */
const RECORDS_PER_SHEET = 1_048_575;

const IMPORT_COLUMNS = [
  'file',
  'profile',
  'profile_name',
  'side',
  'source',
  'format',
  'encoding',
  'rows',
  'imported',
  'rejected',
  'entries',
  'records',
  'net',
  'period_start',
  'period_end',
  'control_status',
  'controls',
  'metadata',
  'sha256',
] as const;

/**
 * Canonical records as a workbook: Records (numbers as numbers, header frozen, autofilter;
 * more sheets when Excel's row limit is reached) and Imports (where the records came from).
 *
 * @example const bytes = await recordsWorkbook(records, imports);
 */
export async function recordsWorkbook(
  records: Iterable<CanonicalRecord>,
  imports: readonly ImportSummary[],
): Promise<Uint8Array> {
  const workbook = new (await loadExcelJS()).Workbook();
  const style = createStyleBook();
  let sheet = startSheet(workbook, 'Records', CANONICAL_COLUMN_NAMES, style);
  let rowNumber = 1;
  let sheetCount = 1;
  for (const record of records) {
    if (rowNumber > RECORDS_PER_SHEET) {
      sheetCount++;
      sheet = startSheet(workbook, `Records ${sheetCount}`, CANONICAL_COLUMN_NAMES, style);
      rowNumber = 1;
    }
    writeRecord(sheet.getRow(++rowNumber), record, style);
  }
  const importsSheet = startSheet(workbook, 'Imports', IMPORT_COLUMNS, style);
  imports.forEach((summary, index) => writeValues(importsSheet.getRow(index + 2), importCells(summary), style));
  return plainBytes(await workbook.xlsx.writeBuffer(FAST_ZIP));
}

function startSheet(workbook: ExcelJS.Workbook, name: string, headers: readonly string[], style: StyleBook) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  sheet.columns = headers.map((header) => ({ width: Math.max(10, Math.min(header.length + 4, 24)) }));
  const row = sheet.getRow(1);
  headers.forEach((header, index) => {
    const cell = row.getCell(index + 1);
    cell.value = header;
    cell.style = style('header');
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
  return sheet;
}

function writeRecord(row: ExcelJS.Row, record: CanonicalRecord, style: StyleBook): void {
  const exponent = currencyExponent(record.currency);
  const values = flattenRecord(record);
  for (let index = 0; index < values.length; index++) {
    const value = values[index];
    if (value === null || value === undefined) continue;
    const kind = CANONICAL_COLUMNS[index]?.kind;
    const cell = row.getCell(index + 1);
    if (kind === 'text') {
      cell.value = spreadsheetText(String(value));
      cell.style = style('plain');
    } else {
      // Decimal text from formatMinor is exact; Number() gives the cell its nearest double.
      cell.value = Number(value);
      cell.style = style('plain', kind === 'decimal' ? amountFormat(exponent ?? 2) : '0');
    }
  }
}

function importCells(summary: ImportSummary): FlatValue[] {
  const controls = summary.controls.map(
    (check) => `${check.label}: ${check.stated} / ${check.computed} ${check.holds ? 'PASS' : 'FAIL'}`,
  );
  return [
    summary.file,
    `${summary.profile_id}@${summary.profile_version}`,
    summary.profile_name.en,
    summary.side,
    summary.source,
    summary.format,
    summary.encoding,
    summary.rows,
    summary.imported,
    summary.rejected,
    summary.entries,
    summary.records,
    Object.entries(summary.net_minor)
      .map(([currency, minor]) => `${formatMinor(minor, currencyExponent(currency) ?? 2)} ${currency}`)
      .join('; '),
    summary.period_start,
    summary.period_end,
    summary.control_status,
    controls.join('; '),
    Object.entries(summary.metadata)
      .map(([key, value]) => `${key}: ${value}`)
      .join('; '),
    summary.sha256,
  ];
}

function writeValues(row: ExcelJS.Row, values: readonly FlatValue[], style: StyleBook): void {
  values.forEach((value, index) => {
    if (value === null) return;
    const cell = row.getCell(index + 1);
    cell.value = typeof value === 'number' ? value : spreadsheetText(value);
    cell.style = style('plain', typeof value === 'number' ? INTEGER_FORMAT : undefined);
  });
}
