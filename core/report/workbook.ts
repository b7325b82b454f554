import { AUDIT_PAGE_SETUP, writeAuditSheet } from './audit-sheet.ts';
import { ledgerLabelsFor } from './ledger-labels.ts';
import { CATEGORIES, EXCEPTION_CODES, FEE_MISMATCH } from '../match/categories.ts';
import { writeCategorySheet } from './category-sheet.ts';
import { CORRECTIONS_SHEET, writeCorrectionsSheet } from './corrections-sheet.ts';
import { writeFeeSheet } from './fee-sheet.ts';
import { labelsFor } from './labels.ts';
import { writeRejectionsSheet } from './rejections-sheet.ts';
import { settlementLabelsFor } from './settlement-labels.ts';
import { writeSettlementSheet } from './settlement-sheet.ts';
import { createSheetNamer } from './sheet-names.ts';
import { createStyleBook } from './styles.ts';
import { SUMMARY_PAGE_SETUP, writeSummarySheet } from './summary-sheet.ts';
import type { DiffWorkbookInput } from './types.ts';
import { openWorkbook } from './workbook-writer.ts';

/**
 * Build the reconciliation diff workbook finance hands to accounting and auditors:
 * Summary, one sheet per exception category (always present, empty when nothing fell),
 * the Settlement sheet when the run read a bank statement, the fee_mismatch sheet, the rejected rows and the workspace's audit trail. Every text that came from a file is
 * formula-safe; amounts are numbers with their currency's decimals; timestamps are
 * real dates at the wall clock of their offset.
 *
 * @example
 * const bytes = await buildDiffWorkbook({
 *   summary, imports, language: 'zh-CN', generatedAt: '2024-03-02T09:00:00+08:00',
 *   findings: (code) => findingsByCategory.get(code) ?? [], feeFindings: [],
 * });
 */
export async function buildDiffWorkbook(input: DiffWorkbookInput): Promise<Uint8Array> {
  const labels = labelsFor(input.language);
  const style = createStyleBook();
  const sheetName = createSheetNamer();
  const writer = await openWorkbook();
  const workbook = writer.workbook;
  workbook.creator = 'ReconDesk';
  workbook.lastModifiedBy = 'ReconDesk';
  workbook.created = new Date(Date.parse(input.generatedAt) || 0);
  workbook.modified = workbook.created;
  // The Summary comes first in tab order; it is filled in the same pass as the others.
  const summaryName = sheetName(labels.summarySheet);
  // Printed, the Summary is one page wide and at most two tall, whatever the number of files and sources.
  const summarySheet = workbook.addWorksheet(summaryName, { pageSetup: SUMMARY_PAGE_SETUP });
  writeSummarySheet(summarySheet, {
    summary: input.summary,
    imports: input.imports,
    generatedAt: input.generatedAt,
    labels,
    language: input.language,
    style,
    masked: input.maskPersonalData === true,
    ...(input.ledger ? { ledger: input.ledger } : {}),
  });
  writer.sheetDone(summaryName);
  for (const code of EXCEPTION_CODES) {
    const name = sheetName(CATEGORIES[code].label[input.language]);
    writeCategorySheet(workbook, {
      code,
      name,
      findings: input.findings(code),
      labels,
      language: input.language,
      style,
      mask: input.maskPersonalData === true,
    });
    writer.sheetDone(name);
  }
  if (input.summary.settlement) {
    const settlementName = sheetName(settlementLabelsFor(input.language).sheet);
    writeSettlementSheet(workbook, {
      name: settlementName,
      settlement: input.summary.settlement,
      language: input.language,
      style,
    });
    writer.sheetDone(settlementName);
  }
  const feeName = sheetName(FEE_MISMATCH.label[input.language]);
  writeFeeSheet(workbook, { name: feeName, feeFindings: input.feeFindings, labels, language: input.language, style });
  writer.sheetDone(feeName);
  const rejectionsName = sheetName(labels.rejectionsSheet);
  writeRejectionsSheet(workbook, {
    name: rejectionsName,
    imports: input.imports,
    labels,
    style,
    mask: input.maskPersonalData === true,
  });
  writer.sheetDone(rejectionsName);
  if (input.ledger) {
    const correctionsName = sheetName(CORRECTIONS_SHEET[input.language]);
    writeCorrectionsSheet(workbook, { name: correctionsName, ledger: input.ledger, language: input.language, style });
    writer.sheetDone(correctionsName);
  }
  if (input.audit) {
    const ledgerLabels = ledgerLabelsFor(input.language);
    const auditName = sheetName(ledgerLabels.auditSheet);
    const auditSheet = workbook.addWorksheet(auditName, { pageSetup: AUDIT_PAGE_SETUP });
    writeAuditSheet(auditSheet, { audit: input.audit, labels: ledgerLabels, style });
    writer.sheetDone(auditName);
  }
  return writer.finish();
}
