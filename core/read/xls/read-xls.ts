import { SheetError, type WorkbookReader } from '../sheet.ts';
import { readGlobals, type BoundSheet } from './biff8.ts';
import { openCompoundFile, type CfbEntry, type CompoundFile } from './cfb.ts';
import { readWorksheet } from './cells.ts';

/**
 * Read the worksheets of a legacy .xls workbook (BIFF8 in an OLE2 compound file) as rows of
 * text cells, like the .xlsx reader: numbers as 15-digit decimals, dates by their cell style as
 * `yyyy-MM-dd[ HH:mm:ss]`, formulas by their cached value. Chart and macro sheets are left out.
 * Throws `SheetError` for a damaged file, an encrypted workbook, an Excel 95 (BIFF5) workbook
 * or a compound file that holds no workbook (a Word document).
 *
 * @example
 * const [sheet] = await readXlsWorkbook(bytes);
 * sheet.rows[0]; // ['Date', 'Label', 'Amount']
 */
export const readXlsWorkbook: WorkbookReader = async (bytes) => {
  const file = openCompoundFile(bytes);
  const stream = workbookStream(file);
  const globals = readGlobals(stream);
  const ends = sheetEnds(globals.sheets, stream.byteLength);
  return globals.sheets
    .filter((sheet) => sheet.kind === 'worksheet')
    .map((sheet) => readWorksheet(stream, sheet, globals, ends.get(sheet) ?? stream.byteLength));
};

/**
 * Where each sheet's substream must have ended: at the next sheet's start, or the end of the
 * stream. Sheets never share bytes; a damaged sheet list pointing many sheets into one would
 * otherwise have the same records read again for each.
 */
function sheetEnds(sheets: readonly BoundSheet[], streamEnd: number): Map<BoundSheet, number> {
  const ends = new Map<BoundSheet, number>();
  const sorted = [...sheets].sort((a, b) => a.offset - b.offset);
  sorted.forEach((sheet, index) => {
    const next = sorted[index + 1];
    if (next?.offset === sheet.offset)
      throw new SheetError(
        `is a damaged .xls workbook: sheets "${sheet.name}" and "${next.name}" start at the same place`,
      );
    ends.set(sheet, next?.offset ?? streamEnd);
  });
  return ends;
}

function workbookStream(file: CompoundFile): Uint8Array {
  const named = (name: string): CfbEntry | undefined =>
    file.entries.find((entry) => entry.type === 2 && entry.name.toLowerCase() === name.toLowerCase());
  if (named('EncryptedPackage') || named('EncryptionInfo'))
    throw new SheetError('is a password-protected workbook; save it without a password');
  const workbook = named('Workbook');
  if (workbook) return file.read(workbook);
  if (named('Book'))
    throw new SheetError('is an Excel 5.0/95 (BIFF5) or older workbook; save it as .xlsx or as a newer .xls');
  throw new SheetError(
    'is an OLE2 compound file without a workbook inside (a Word or other Office document?), not a spreadsheet',
  );
}
