import type ExcelJS from 'exceljs';
import type { ImportSummary } from '../import/types.ts';
import { CATEGORIES, CATEGORY_CODES } from '../match/categories.ts';
import { DEFAULT_CROSS_DAY_EXPIRY_DAYS, type RunSummary } from '../match/types.ts';
import { displayExponent } from './amounts.ts';
import { amount, date, figure, integer, percent, text } from './cells.ts';
import type { Labels } from './labels.ts';
import { ledgerLabelsFor } from './ledger-labels.ts';
import { createRowWriter, type RowWriter } from './row-writer.ts';
import { writeCompletenessTable } from './completeness-table.ts';
import { writeCategoryTable, writeFeeTable } from './summary-tables.ts';
import { writeHandlingTable } from './handling-table.ts';
import { writeSettlementTable } from './settlement-table.ts';
import { writeIncidentsTable } from './incidents-table.ts';
import type { LedgerReport } from '../ledger/report-input.ts';
import type { StyleBook } from './styles.ts';
import type { ReportLanguage } from './types.ts';

/** Warnings listed per input file on the Summary. */
const WARNINGS_SHOWN = 3;

/**
 * Column widths in characters. Column A holds labels and file names; B to D dates (19 characters)
 * and texts; the rest counts and amounts. Long texts (SHA-256, warnings) sit on rows of their own
 * and run over the empty cells to their right, so no column is widened for them.
 */
const COLUMN_WIDTHS = [34, 20, 20, 20, 16, 16, 16, 16, 16, 12, 16, 16, 16, 16, 16];

/**
 * Printed, the Summary is one page wide and at most two tall: landscape, so its tables print at a
 * readable size instead of being shrunk to fit.
 */
export const SUMMARY_PAGE_SETUP: Partial<ExcelJS.PageSetup> = {
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 2,
  orientation: 'landscape',
  paperSize: 9,
  margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
};

export type SummaryOptions = {
  summary: RunSummary;
  imports: readonly ImportSummary[];
  generatedAt: string;
  labels: Labels;
  language: ReportLanguage;
  style: StyleBook;
  /** Personal data is masked in this workbook: the Summary says so under the title. */
  masked?: boolean;
  ledger?: LedgerReport;
};

/**
 * Fill the Summary sheet: run parameters, input files, the completeness control, counts and amounts per category
 * and source (system categories red), fees per source, and each file's control totals.
 *
 * @example writeSummarySheet(workbook.addWorksheet('Summary'), { summary, imports, generatedAt, labels, language: 'en', style })
 */
export function writeSummarySheet(sheet: ExcelJS.Worksheet, options: SummaryOptions): void {
  sheet.columns = COLUMN_WIDTHS.map((width) => ({ width }));
  const rows = createRowWriter(sheet, options.style);
  writeRunSection(rows, options);
  rows.blank();
  writeIncidentsTable(rows, options.summary, options.language);
  rows.blank();
  writeFilesTable(rows, options);
  rows.blank();
  writeCompletenessTable(rows, options);
  rows.blank();
  writeCategoryTable(rows, options);
  rows.blank();
  if (options.summary.settlement) {
    writeSettlementTable(rows, options.summary, options.summary.settlement, options.language);
    rows.blank();
  }
  if (options.ledger) {
    writeHandlingTable(rows, options.ledger, options.language);
    rows.blank();
  }
  writeFeeTable(rows, options);
  rows.blank();
  writeControlsTable(rows, options);
}

function writeRunSection(rows: RowWriter, options: SummaryOptions): void {
  const { summary, generatedAt, labels } = options;
  const { parameters } = summary;
  rows.row([text(labels.title(summary.run_id))], 'title');
  if (options.masked) rows.row([text(ledgerLabelsFor(options.language).masked)]);
  rows.row([text(labels.generatedAt), date(generatedAt)]);
  rows.row([text(labels.runStartedAt), date(summary.started_at)]);
  rows.row([text(labels.currency), text(summary.currency ?? '')]);
  rows.blank();
  rows.row([text(labels.parameters)], 'heading');
  rows.row([text(labels.crossDayWindow), integer(parameters.crossDayWindowSeconds)]);
  for (const source of Object.keys(parameters.feeRatesPpm).sort()) {
    rows.row([text(labels.feeRate(source)), percent(parameters.feeRatesPpm[source] ?? 0)]);
  }
  rows.row([text(labels.tolerance), amount(parameters.amountToleranceMinor, displayExponent(summary.currency))]);
  for (const [source, tolerance] of Object.entries(parameters.tolerances ?? {}).sort()) {
    const value =
      'minor' in tolerance ? amount(tolerance.minor, displayExponent(summary.currency)) : percent(tolerance.ppm);
    rows.row([text(labels.toleranceFor(source)), value]);
  }
  for (const [source, days] of Object.entries(parameters.dateWindowDays ?? {}).sort())
    rows.row([text(labels.dateWindow(source)), integer(days)]);
  rows.row([text(labels.crossDayExpiry), integer(parameters.crossDayExpiryDays ?? DEFAULT_CROSS_DAY_EXPIRY_DAYS)]);
  for (const code of CATEGORY_CODES) {
    const hours = parameters.targetsHours?.[code];
    if (hours !== undefined)
      rows.row([text(labels.target(CATEGORIES[code].label[options.language])), figure(String(hours))]);
  }
  rows.row([text(labels.bookOutOfScope), integer(summary.book_out_of_scope)]);
  const days = Object.keys(summary.statement_days).sort();
  if (days.length === 0) return;
  rows.blank();
  rows.row([text(labels.statementDays)], 'heading');
  const h = labels.header;
  rows.row([text(h.source), text(labels.dayStart), text(labels.dayEnd), text(labels.crossDayFrom)], 'header');
  for (const source of days) {
    const day = summary.statement_days[source];
    if (day) rows.row([text(source), date(day.start), date(day.end), date(day.cross_day_from)]);
  }
}

function writeFilesTable(rows: RowWriter, { imports, labels }: SummaryOptions): void {
  const h = labels.header;
  rows.row([text(labels.inputFiles)], 'heading');
  const headers = [h.file, h.profile, h.side, h.source, h.rows, h.imported, h.rejected, h.warnings, h.duplicateOf];
  rows.row(headers.map(text), 'header');
  for (const file of imports) {
    rows.row(
      [
        text(file.file),
        text(`${file.profile_id}@${file.profile_version}`),
        text(file.side === 'book' ? labels.group.book : labels.group.statement),
        text(file.source),
        integer(file.rows),
        integer(file.imported),
        integer(file.rejected),
        integer(file.warnings.length),
        integer(file.duplicate_of),
      ],
      (index) => ((index === 6 && file.rejected > 0) || (index === 8 && file.duplicate_of !== null) ? 'fail' : 'plain'),
    );
    rows.row([text(''), text(labels.fileDetails(file.format, file.encoding, file.sha256))]);
    // The first warnings on rows of their own under the file, in the profile's column where they
    // have room to the right; the Summary stays within its pages, the import keeps them all.
    for (const said of file.warnings.slice(0, WARNINGS_SHOWN))
      rows.row([text(''), text(labels.warningLine(said.line, said.message))]);
    const more = file.warnings.length - WARNINGS_SHOWN;
    if (more > 0) rows.row([text(''), text(labels.moreWarnings(more))]);
  }
}

function writeControlsTable(rows: RowWriter, { imports, labels }: SummaryOptions): void {
  const h = labels.header;
  rows.row([text(labels.controls)], 'heading');
  const checks = imports.flatMap((file) => file.controls.map((check) => ({ file: file.file, check })));
  if (checks.length === 0) {
    rows.row([text(labels.noControls)]);
    return;
  }
  rows.row([h.file, h.label, h.stated, h.computed, h.result].map(text), 'header');
  for (const { file, check } of checks) {
    const verdict = check.holds ? 'pass' : 'fail';
    rows.row(
      [text(file), text(check.label), figure(check.stated), figure(check.computed), text(labels[verdict])],
      (index) => (index === 4 ? verdict : 'plain'),
    );
  }
}
