export const USAGE = `recondesk — reconcile payment-channel statements against the order export

Usage:
  recondesk reconcile --book ORDERS STATEMENT... [--out diff.xlsx] [--workspace ws.sqlite] [--json]
                      [--cross-day-window 60] [--fee-rate alipay=0.006] [--tolerance 0] [--language en|zh-CN]
                      [--currency CODE] [--replace | --allow-overlap]
  recondesk convert FILE... --to csv|json|ndjson|xlsx [--out DIR] [--currency CODE] [--json]
  recondesk detect FILE... [--json]
  recondesk profiles list|show|validate|test|diff|new|duplicate|publish|import|export ... (see profiles --help)

reconcile, convert and detect take --profiles DIR (repeatable: every *.json profile in it, tried before the
built-ins) and --profile [INPUT=]ID[@V] or --profile [INPUT=]PROFILE_FILE (repeatable; forces a profile,
for that input only with INPUT=).

Exit codes: 0 success (differences are results, not errors); 2 usage or input errors.`;

/** A usage or input error: printed with its message, exit code 2. */
export class InputError extends Error {
  override name = 'InputError';
}
