import type ExcelJS from 'exceljs';
import type { ImportSummary } from '../import/types.ts';
import { lineNumber, text } from './cells.ts';
import type { Labels } from './labels.ts';
import { startListSheet } from './list-sheet.ts';
import { maskRawRow } from './mask.ts';
import type { StyleBook } from './styles.ts';

/**
 * The rows that could not be imported, with their reason and their raw text, so finance
 * can see that nothing was dropped silently. Imports carry a sample of their rejections;
 * the title says how many of the total are listed.
 *
 * @example writeRejectionsSheet(workbook, { name: 'Rejected rows', imports, labels, style, mask: false })
 */
export function writeRejectionsSheet(
  workbook: ExcelJS.Workbook,
  options: { name: string; imports: readonly ImportSummary[]; labels: Labels; style: StyleBook; mask: boolean },
): number {
  const { labels, imports } = options;
  const h = labels.header;
  const shown = imports.reduce((sum, summary) => sum + summary.rejections.length, 0);
  const total = imports.reduce((sum, summary) => sum + summary.rejected, 0);
  const note = total === 0 ? labels.rows(0) : labels.shownOf(shown, total);
  const list = startListSheet(workbook, {
    name: options.name,
    style: options.style,
    columns: [
      { header: h.file, width: 28 },
      { header: h.line, width: 8 },
      { header: h.code, width: 18 },
      { header: h.message, width: 48 },
      { header: h.raw, width: 80 },
    ],
    groups: [{ label: `${labels.rejectionsSheet} · ${note}`, first: 1, last: 5, tone: 'heading' }],
  });
  for (const summary of imports) {
    for (const rejection of summary.rejections) {
      const raw = options.mask ? maskRawRow(rejection.raw) : rejection.raw;
      list.addRow([
        text(summary.file),
        lineNumber(rejection.line),
        text(rejection.code),
        text(rejection.message),
        text(raw),
      ]);
    }
  }
  return shown;
}
