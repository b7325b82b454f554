import type ExcelJS from 'exceljs';
import { FEE_MISMATCH } from '../match/categories.ts';
import type { FeeFinding } from '../match/types.ts';
import { displayExponent } from './amounts.ts';
import { amount, EMPTY, lineNumber, percent, text, type ReportCell } from './cells.ts';
import type { Labels } from './labels.ts';
import { startListSheet, type ColumnSpec } from './list-sheet.ts';
import type { StyleBook } from './styles.ts';
import type { ReportLanguage } from './types.ts';

/** The fee and the expected fee are what differs on every fee finding. */
const FEE_COLUMNS: ReadonlySet<number> = new Set([6, 7]);

function columnSpecs(labels: Labels): ColumnSpec[] {
  const h = labels.header;
  return [
    { header: h.source, width: 10 },
    { header: h.orderRef, width: 24 },
    { header: h.channelRef, width: 30 },
    { header: h.kind, width: 10 },
    { header: h.amount, width: 14 },
    { header: h.currency, width: 8 },
    { header: h.fee, width: 12 },
    { header: h.expectedFee, width: 12 },
    { header: h.rate, width: 9 },
    { header: h.file, width: 28 },
    { header: h.line, width: 8 },
    { header: h.reason, width: 24 },
    { header: h.note, width: 36 },
  ];
}

/**
 * The fee_mismatch sheet: one row per statement row whose fee is not its rate applied to
 * its amount. Returns the number of rows written.
 *
 * @example writeFeeSheet(workbook, { name: 'Fee mismatch', feeFindings, labels, language: 'en', style })
 */
export function writeFeeSheet(
  workbook: ExcelJS.Workbook,
  options: {
    name: string;
    feeFindings: Iterable<FeeFinding>;
    labels: Labels;
    language: ReportLanguage;
    style: StyleBook;
  },
): number {
  const { labels } = options;
  const columns = columnSpecs(labels);
  const findings = [...options.feeFindings];
  const count = findings.length;
  const title = `${FEE_MISMATCH.label[options.language]} · ${FEE_MISMATCH.code} · ${count === 0 ? labels.noDifferences : labels.rows(count)}`;
  const list = startListSheet(workbook, {
    name: options.name,
    columns,
    style: options.style,
    groups: [{ label: title, first: 1, last: columns.length - 2, tone: 'heading' }],
  });
  for (const finding of findings) list.addRow(feeCells(finding), FEE_COLUMNS);
  if (count > 0) list.addTotals(feeTotalsRows(findings, labels));
  return count;
}

/** Per currency: the rows, and the sums of the amount, the fee charged and the fee expected. */
function feeTotalsRows(findings: readonly FeeFinding[], labels: Labels): ReportCell[][] {
  const byCurrency = new Map<string, { count: number; amount: bigint; fee: bigint; expected: bigint }>();
  for (const finding of findings) {
    const totals = byCurrency.get(finding.currency) ?? { count: 0, amount: 0n, fee: 0n, expected: 0n };
    totals.count += 1;
    totals.amount += BigInt(finding.amount_minor);
    totals.fee += BigInt(finding.fee_minor);
    totals.expected += BigInt(finding.expected_fee_minor);
    byCurrency.set(finding.currency, totals);
  }
  const sorted = [...byCurrency.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return sorted.map(([currency, totals]) => {
    const exponent = displayExponent(currency);
    return [
      text(labels.totalRow(totals.count)),
      EMPTY,
      EMPTY,
      EMPTY,
      amount(totals.amount, exponent),
      text(currency),
      amount(totals.fee, exponent),
      amount(totals.expected, exponent),
    ];
  });
}

function feeCells(finding: FeeFinding): ReportCell[] {
  const exponent = displayExponent(finding.currency);
  return [
    text(finding.source),
    text(finding.order_ref),
    text(finding.channel_ref),
    text(finding.kind),
    amount(finding.amount_minor, exponent),
    text(finding.currency),
    amount(finding.fee_minor, exponent),
    amount(finding.expected_fee_minor, exponent),
    percent(finding.rate_ppm),
    text(finding.file),
    lineNumber(finding.line),
    EMPTY,
    EMPTY,
  ];
}
