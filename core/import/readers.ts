import type { DocumentFormat } from '../profile/types.ts';
import { readBai2Document } from '../read/bai2/document.ts';
import type { DocumentReader } from '../read/document.ts';
import { readHtmlTablesText } from '../read/html/read-html.ts';
import { readJsonDocument } from '../read/json/document.ts';
import { readMt940Document } from '../read/mt940/document.ts';
import { readNorma43Document } from '../read/norma43/document.ts';
import { readOfxDocument } from '../read/ofx/document.ts';
import type { HtmlTableReader, WorkbookReader } from '../read/sheet.ts';
import { readXlsWorkbook } from '../read/xls/read-xls.ts';
import { readXlsxWorkbook } from '../read/xlsx/read-workbook.ts';
import { readXmlDocument } from '../read/xml/document.ts';

/** The reader of each document format. */
export const DOCUMENT_READERS: Partial<Record<DocumentFormat, DocumentReader>> = {
  bai2: readBai2Document,
  json: readJsonDocument,
  mt940: readMt940Document,
  norma43: readNorma43Document,
  ofx: readOfxDocument,
  xml: readXmlDocument,
};

/** Reads .xlsx workbooks. */
export const readWorkbook: WorkbookReader = readXlsxWorkbook;

/** Reads legacy .xls workbooks (BIFF8 in an OLE2 compound file). */
export const readLegacyWorkbook: WorkbookReader = readXlsWorkbook;

/** Reads HTML tables saved under a spreadsheet name. */
export const readHtmlTables: HtmlTableReader = readHtmlTablesText;
