import type { LedgerRunResult } from '../core/ledger/actions.ts';

/** What `--json` adds for the ledger: the business day, carry-forward, open exceptions, aging, corrections, metrics. */
export function ledgerJson(ledger: LedgerRunResult | null) {
  if (!ledger) return {};
  return {
    business_date: ledger.business_date,
    user: ledger.user,
    carry_forward: ledger.carry_forward,
    open_exceptions: ledger.open_exceptions,
    aging: ledger.aging,
    corrections: ledger.corrections,
    handling: ledger.metrics,
  };
}

/** The ledger in one line for the terminal. */
export function ledgerLine(ledger: LedgerRunResult): string {
  const { resolved, open } = ledger.carry_forward;
  return (
    `business day ${ledger.business_date}: carried forward ${resolved.count} closed, ${open.count} open; ` +
    `other open exceptions ${ledger.open_exceptions.count}; orders to set PAID ${ledger.corrections.paid_not_notified}`
  );
}
