import type ExcelJS from 'exceljs';
import { canonicalJson } from '../profile/versions.ts';
import { date, integer, text } from './cells.ts';
import type { LedgerLabels } from './ledger-labels.ts';
import { createRowWriter } from './row-writer.ts';
import type { StyleBook } from './styles.ts';
import type { AuditSheetInput } from './types.ts';

const COLUMN_WIDTHS = [16, 22, 16, 18, 26, 80, 66];

/** The row of the entries' headers, under the title, the chain's three rows, the hint and a blank row. */
const HEADER_ROW = 7;

/**
 * Printed, the trail is one page wide however many entries, landscape (its detail and hash columns
 * are wide), with its header row on every page.
 */
export const AUDIT_PAGE_SETUP: Partial<ExcelJS.PageSetup> = {
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  orientation: 'landscape',
  paperSize: 9,
  printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
  margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
};

/**
 * The Audit sheet: the number of entries and the chain head (to compare with the workspace's and
 * with those each sign-off recorded), whether the chain verifies, and the entries oldest first.
 *
 * @example writeAuditSheet(workbook.addWorksheet('Audit', { pageSetup: AUDIT_PAGE_SETUP }), { audit: { entries, chain }, labels, style })
 */
export function writeAuditSheet(
  sheet: ExcelJS.Worksheet,
  options: { audit: AuditSheetInput; labels: LedgerLabels; style: StyleBook },
): void {
  const { audit, labels } = options;
  sheet.columns = COLUMN_WIDTHS.map((width) => ({ width }));
  const rows = createRowWriter(sheet, options.style);
  rows.row([text(labels.auditTitle)], 'title');
  rows.row([text(labels.entries), integer(audit.chain.entries)]);
  rows.row([text(labels.chainHead), text(audit.chain.head)]);
  const verdict = audit.chain.intact ? labels.chainIntact : labels.chainBroken(audit.chain.problem ?? '');
  rows.row([text(labels.chain), text(verdict)], (index) =>
    index === 1 ? (audit.chain.intact ? 'pass' : 'fail') : 'plain',
  );
  rows.row([text(labels.compareHint)]);
  rows.blank();
  const h = labels.header;
  rows.row([h.seq, h.at, h.user, h.action, h.subject, h.detail, h.hash].map(text), 'header');
  for (const entry of audit.entries) {
    rows.row([
      integer(entry.seq),
      date(entry.at),
      text(entry.user),
      text(entry.action),
      text(entry.subject),
      text(canonicalJson(entry.detail)),
      text(entry.hash),
    ]);
  }
}
