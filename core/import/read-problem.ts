import { DecodeError } from '../decode/decode-stream.ts';
import { CsvError } from '../read/csv/read-csv.ts';
import { DocumentError } from '../read/document.ts';
import { SheetError } from '../read/sheet.ts';
import { issue, type Issue } from '../result.ts';
import { ImportAbort } from './import-abort.ts';

/** What went wrong reading a file, as an issue naming the file (and line); an unexpected error is rethrown. */
export function readProblem(error: unknown, file: string): Issue {
  if (error instanceof ImportAbort) return { ...error.issue, file: error.issue.file ?? file };
  if (error instanceof DecodeError) return issue(error.code, `The file ${error.message}.`, { file });
  if (error instanceof SheetError) return issue('sheet_unreadable', `The file ${error.message}.`, { file });
  if (error instanceof DocumentError)
    return issue('document_invalid', `${error.line ? `Line ${error.line}: the` : 'The'} file ${error.message}.`, {
      file,
      ...(error.line ? { line: error.line } : {}),
    });
  if (error instanceof CsvError) {
    const column = error.column ? { column: error.column } : {};
    return issue('csv_invalid', `Line ${error.line}: the file ${error.message}.`, {
      file,
      line: error.line,
      ...column,
    });
  }
  throw error;
}
