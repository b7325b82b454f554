import type ExcelJS from 'exceljs';

let loading: Promise<typeof ExcelJS> | null = null;

/**
 * exceljs, loaded the first time a workbook is read or written: a large module that most
 * imports (CSV, XML, text statements) never need, and that every reader thread would otherwise
 * load at start.
 */
export function loadExcelJS(): Promise<typeof ExcelJS> {
  loading ??= import('exceljs').then((module) => module.default);
  return loading;
}
