import type { DocumentFormat } from '../profile/types.ts';
import type { DocumentReader } from '../read/document.ts';
import { readJsonDocument } from '../read/json/document.ts';
import { readMt940Document } from '../read/mt940/document.ts';
import { SheetError, type HtmlTableReader, type WorkbookReader } from '../read/sheet.ts';

/** The reader of each document format. */
export const DOCUMENT_READERS: Partial<Record<DocumentFormat, DocumentReader>> = {
  mt940: readMt940Document,
  json: readJsonDocument,
};

/** Reads .xlsx workbooks. */
export const readWorkbook: WorkbookReader = () =>
  Promise.reject(new SheetError('is an .xlsx workbook, which cannot be read yet; export it as CSV'));

/** Reads HTML tables saved under a spreadsheet name. */
export const readHtmlTables: HtmlTableReader = () => {
  throw new SheetError('is an HTML page, which cannot be read yet; export it as CSV');
};
