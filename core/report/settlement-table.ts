import { EXCEPTION_CODES } from '../match/categories.ts';
import type { RunSummary } from '../match/types.ts';
import type { FundCheck, PayoutStatus, Settlement } from '../settle/types.ts';
import { displayExponent } from './amounts.ts';
import { amount, EMPTY, integer, text } from './cells.ts';
import type { RowWriter } from './row-writer.ts';
import type { CellTone } from './styles.ts';
import { settlementLabelsFor } from './settlement-labels.ts';
import type { ReportLanguage } from './types.ts';

/**
 * The Summary's three-way position, one row per payout: the channel's exceptions against the
 * book, the bill's gross and expected payout, what the bank credited and the difference, and
 * whether the channel's fund bill agrees (empty without one); then one line for the bank entries
 * no payout explains.
 */
export function writeSettlementTable(
  rows: RowWriter,
  summary: RunSummary,
  settlement: Settlement,
  language: ReportLanguage,
): void {
  const labels = settlementLabelsFor(language);
  rows.row([text(labels.position)], 'heading');
  rows.row(labels.positionHeader.map(text), 'header');
  for (const payout of settlement.payouts) {
    const exponent = displayExponent(payout.currency);
    const exceptions = EXCEPTION_CODES.reduce(
      (sum, code) => sum + (summary.categories[code]?.by_source[payout.source]?.count ?? 0),
      0,
    );
    const inRun = summary.statement_days[payout.source] !== undefined;
    const fund = payout.fund_bill ?? null;
    rows.row(
      [
        text(payout.source),
        text(payout.settlement_date),
        inRun ? integer(exceptions) : EMPTY,
        amount(payout.gross_minor, exponent),
        amount(payout.expected_minor, exponent),
        payout.credited_minor === null ? EMPTY : amount(payout.credited_minor, exponent),
        amount(payout.difference_minor, exponent),
        text(labels.status[payout.status]),
        fund ? text(labels.fundCheck[fund.status]) : EMPTY,
      ],
      (index) => (index === 8 ? fundTone(fund) : index >= 6 ? payoutTone(payout.status) : 'plain'),
    );
  }
  const { bank_only, bank_charges, unexplained_debits } = settlement;
  rows.row([text(labels.bankLine(bank_only.count, bank_charges.count, unexplained_debits.count))]);
}

const payoutTone = (status: PayoutStatus): CellTone => (status === 'matched' ? 'pass' : 'fail');

const fundTone = (fund: FundCheck | null): CellTone =>
  fund === null ? 'plain' : fund.status === 'cross_checked' ? 'pass' : 'fail';
