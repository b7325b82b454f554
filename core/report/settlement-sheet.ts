import type ExcelJS from 'exceljs';
import type { BankFinding, FundCheck, PayoutFinding, Settlement } from '../settle/types.ts';
import { displayExponent } from './amounts.ts';
import { amount, EMPTY, lineNumber, text, type ReportCell } from './cells.ts';
import { startListSheet } from './list-sheet.ts';
import { settlementLabelsFor } from './settlement-labels.ts';
import type { StyleBook } from './styles.ts';
import type { ReportLanguage } from './types.ts';

const WIDTHS = [10, 12, 22, 8, 16, 14, 14, 12, 16, 16, 14, 10, 24, 36, 24, 8, 14, 14];

/** Credited and difference are what differs on a payout that is not matched. */
const PAYOUT_DIFFERING = [9, 10, 11];
/** The fund bill's check and difference, on a payout its fund bill disagrees with. */
const FUND_DIFFERING = [16, 17];

/**
 * The Settlement sheet: per channel and bill date the expected payout broken into gross,
 * refunds, fees and adjustments, what the bank credited, the difference, the status and the bank
 * entry it was identified by; under it, the bank entries no payout explains.
 */
export function writeSettlementSheet(
  workbook: ExcelJS.Workbook,
  options: { name: string; settlement: Settlement; language: ReportLanguage; style: StyleBook },
): void {
  const labels = settlementLabelsFor(options.language);
  const { payouts, bank_entries: entries } = options.settlement;
  const columns = labels.header.map((header, index) => ({ header, width: WIDTHS[index] ?? 12 }));
  const list = startListSheet(workbook, {
    name: options.name,
    columns,
    style: options.style,
    groups: [{ label: labels.title(payouts.length), first: 1, last: columns.length - 2, tone: 'heading' }],
  });
  for (const payout of payouts) {
    const differing = [
      ...(payout.status === 'matched' ? [] : PAYOUT_DIFFERING),
      ...(payout.fund_bill?.status === 'fund_bill_difference' ? FUND_DIFFERING : []),
    ];
    const fund = payout.fund_bill ? labels.fundCheck[payout.fund_bill.status] : null;
    list.addRow(
      payoutCells(payout, labels.status[payout.status], fund),
      differing.length ? new Set(differing) : undefined,
    );
  }
  const flows = options.settlement.fund_flows;
  if (flows && flows.count > 0) list.addRow([text(labels.fundLine(flows.count, flows.files.join(', ')))]);
  if (entries.length === 0) return;
  list.addRow([]);
  list.addRow([text(labels.bankEntriesTitle)]);
  list.addRow(labels.bankHeader.map(text));
  for (const finding of entries) list.addRow(bankCells(finding, labels.outcome[finding.outcome]));
}

function payoutCells(payout: PayoutFinding, status: string, fund: string | null): ReportCell[] {
  const exponent = displayExponent(payout.currency);
  const money = (minor: number | null) => (minor === null ? EMPTY : amount(minor, exponent));
  const first = payout.bank[0];
  return [
    text(payout.source),
    text(payout.settlement_date),
    text(payout.account),
    text(payout.currency),
    money(payout.gross_minor),
    money(payout.refunds_minor),
    money(payout.fees_minor),
    money(payout.adjustments_minor),
    money(payout.expected_minor),
    money(payout.credited_minor),
    money(payout.difference_minor),
    text(status),
    text(payout.bank.map((entry) => entry.reference ?? '').join(', ')),
    text(first ? [first.counterparty, first.description].filter(Boolean).join(' · ') : null),
    text(first?.file ?? payout.files.join(', ')),
    first ? lineNumber(first.line) : EMPTY,
    text(fund),
    money(fundDifference(payout.fund_bill ?? null)),
  ];
}

/** What the fund bill differs by: its net's difference, else its withdrawal's. */
const fundDifference = (check: FundCheck | null): number | null =>
  check === null
    ? null
    : check.net_difference_minor !== null && check.net_difference_minor !== 0
      ? check.net_difference_minor
      : (check.payout_difference_minor ?? check.net_difference_minor);

function bankCells({ entry }: BankFinding, outcome: string): ReportCell[] {
  return [
    text(outcome),
    text(entry.booked_on),
    amount(entry.amount_minor, displayExponent(entry.currency)),
    text(entry.currency),
    text(entry.counterparty),
    text(entry.description),
    text(entry.reference),
    text(entry.code),
    text(entry.file),
    lineNumber(entry.line),
  ];
}
