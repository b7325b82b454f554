export const USAGE = `recondesk — reconcile payment-channel statements against the order export

Usage:
  recondesk reconcile --book ORDERS STATEMENT... [--out diff.xlsx] [--workspace ws.sqlite] [--json]
                      [--cross-day-window 60] [--fee-rate alipay=0.006] [--tolerance 0] [--language en|zh-CN]
                      [--currency CODE]
  recondesk convert FILE... --to csv|json|ndjson|xlsx [--out DIR] [--currency CODE] [--json]
  recondesk detect FILE... [--json]

Exit codes: 0 success (differences are results, not errors); 2 usage or input errors, or a file that
cannot be read or written; 70 internal error (a bug: RECONDESK_DEBUG=1 prints its stack).`;

/** A usage or input error: printed with its message, exit code 2. */
export class InputError extends Error {
  override name = 'InputError';
}
