import type { DocumentFormat } from '../profile/types.ts';
import { openBai2Document } from '../read/bai2/document.ts';
import { wholeParser, type DocumentOpener } from '../read/document.ts';
import { readHtmlTablesText } from '../read/html/read-html.ts';
import { openJsonDocument } from '../read/json/document.ts';
import { openMt940Document } from '../read/mt940/document.ts';
import { readNorma43Document } from '../read/norma43/document.ts';
import { readOfxDocument } from '../read/ofx/document.ts';
import type { HtmlTableReader, WorkbookReader } from '../read/sheet.ts';
import { readXlsWorkbook } from '../read/xls/read-xls.ts';
import { readXlsxWorkbook } from '../read/xlsx/read-workbook.ts';
import { openXmlDocument } from '../read/xml/document.ts';

/** The parser of each document format: streaming, or the whole text read at once. */
export const DOCUMENT_PARSERS: Partial<Record<DocumentFormat, DocumentOpener>> = {
  bai2: openBai2Document,
  json: openJsonDocument,
  mt940: openMt940Document,
  norma43: wholeParser(readNorma43Document),
  ofx: wholeParser(readOfxDocument),
  xml: openXmlDocument,
};

/** Reads .xlsx workbooks. */
export const readWorkbook: WorkbookReader = readXlsxWorkbook;

/** Reads legacy .xls workbooks (BIFF8 in an OLE2 compound file). */
export const readLegacyWorkbook: WorkbookReader = readXlsWorkbook;

/** Reads HTML tables saved under a spreadsheet name. */
export const readHtmlTables: HtmlTableReader = readHtmlTablesText;
