import type { PayoutFinding, RunSummary } from '../core/index.ts';

/** A payout as `--json` gives it. */
const payoutJson = (payout: PayoutFinding) => ({
  source: payout.source,
  settlement_date: payout.settlement_date,
  due_on: payout.due_on ?? null,
  currency: payout.currency,
  account: payout.account,
  gross_minor: payout.gross_minor,
  refunds_minor: payout.refunds_minor,
  fees_minor: payout.fees_minor,
  adjustments_minor: payout.adjustments_minor,
  expected_minor: payout.expected_minor,
  credited_minor: payout.credited_minor,
  difference_minor: payout.difference_minor,
  status: payout.status,
  bank_ref: payout.bank.map((entry) => entry.reference ?? '').join(', ') || null,
  ...(payout.stated_payout_minor === null ? {} : { stated_payout_minor: payout.stated_payout_minor }),
  fund_bill: payout.fund_bill ?? null,
});

/**
 * What `--json` adds for the settlement: `settlement.<source>` (the latest bill day the run's bank
 * statements settle for each channel), `settlements` (every one), `bank_only`, `bank_charges` and
 * `bank_debits_unexplained`. Nothing when the run has no bank statement.
 */
export function settlementJson(run: RunSummary) {
  const settlement = run.settlement;
  if (!settlement) return {};
  const payouts = settlement.payouts.map(payoutJson);
  const bySource: Record<string, ReturnType<typeof payoutJson>> = {};
  for (const payout of payouts) {
    const known = bySource[payout.source];
    if (!known || payout.settlement_date >= known.settlement_date) bySource[payout.source] = payout;
  }
  return {
    settlement: bySource,
    settlements: payouts,
    bank_only: settlement.bank_only,
    bank_charges: settlement.bank_charges,
    bank_debits_unexplained: settlement.unexplained_debits,
    fund_flows: settlement.fund_flows ?? { count: 0, files: [] },
  };
}

/** What the payout's fund bills say, for its terminal line: nothing when the run has none. */
function fundNote(payout: PayoutFinding, format: (minor: number) => string): string {
  const check = payout.fund_bill;
  if (!check) return '';
  if (check.status === 'cross_checked') return '; fund bill cross-checked';
  const differences = [
    check.net_difference_minor ? `net ${format(check.net_difference_minor)}` : null,
    check.payout_difference_minor ? `withdrawal ${format(check.payout_difference_minor)}` : null,
  ].filter(Boolean);
  return `; fund bill differs: ${differences.join(', ')}`;
}

/** The settlement in a few lines for the terminal. */
export function settlementLines(run: RunSummary, format: (minor: number) => string): string[] {
  const settlement = run.settlement;
  if (!settlement) return [];
  const lines = settlement.payouts.map(
    (payout) =>
      `payout ${payout.source} ${payout.settlement_date}: expected ${format(payout.expected_minor)}, ` +
      `credited ${payout.credited_minor === null ? '—' : format(payout.credited_minor)}, ${payout.status}` +
      fundNote(payout, format),
  );
  lines.push(
    `bank only ${settlement.bank_only.count} (${format(settlement.bank_only.amount_minor)}), ` +
      `bank charges ${settlement.bank_charges.count} (${format(settlement.bank_charges.amount_minor)}), ` +
      `other debits ${settlement.unexplained_debits.count} (${format(settlement.unexplained_debits.amount_minor)})`,
  );
  return lines;
}
