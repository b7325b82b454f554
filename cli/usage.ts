import { ENCODINGS, encodingNamed, type Encoding } from '../core/index.ts';

export const USAGE = `recondesk — reconcile payment-channel statements against the order export

Usage:
  recondesk reconcile --book ORDERS STATEMENT... [--out diff.xlsx] [--workspace ws.sqlite] [--json]
                      [--cross-day-window 60] [--fee-rate alipay=0.006] [--tolerance 0] [--language en|zh-CN]
                      [--currency CODE] [--encoding NAME] [--round-excess-decimals half-even]
                      [--replace | --allow-overlap] [--date YYYY-MM-DD] [--new] [--user NAME]
                      [--cross-day-expiry-days 1] [--corrections FILE.csv] [--target CATEGORY=HOURS]
  recondesk resolve --workspace WS (--finding ID... | --category C [--max-amount N]) --reason CODE [--note TEXT]
  recondesk reopen --workspace WS --finding ID... [--note TEXT]
  recondesk history --workspace WS [--compare RUN RUN | --open | --finding ID] [--json]
  recondesk convert FILE... --to csv|json|ndjson|xlsx [--out DIR] [--currency CODE] [--encoding NAME]
                    [--round-excess-decimals half-even] [--json]
  recondesk detect FILE... [--encoding NAME] [--json]
  recondesk profiles list|show|validate|test|diff|new|duplicate|publish|import|export ... (see profiles --help)

reconcile, convert and detect take --profiles DIR (repeatable: every *.json profile in it, tried before the
built-ins) and --profile [INPUT=]ID[@V] or --profile [INPUT=]PROFILE_FILE (repeatable; forces a profile,
for that input only with INPUT=).

--encoding names the text encoding (utf-8, gb18030, windows-1252; gbk, latin1) of files whose bytes
read as two different texts.

Exit codes: 0 success (differences are results, not errors); 2 usage or input errors, or a file that
cannot be read or written; 70 internal error (a bug: RECONDESK_DEBUG=1 prints its stack).`;

/** A usage or input error: printed with its message, exit code 2. */
export class InputError extends Error {
  override name = 'InputError';
}

/** The encoding `--encoding` names, or an input error listing the ones there are. */
/** `--round-excess-decimals half-even`: the one rounding an import may choose for amounts finer than their currency. */
export function roundingOption(value: string | undefined): { roundExcessDecimals?: 'half-even' } {
  if (value === undefined) return {};
  if (value !== 'half-even') throw new InputError(`--round-excess-decimals must be half-even, not "${value}"`);
  return { roundExcessDecimals: value };
}

export function encodingOption(name: string | undefined): { encoding?: Encoding } {
  if (name === undefined) return {};
  const encoding = encodingNamed(name);
  if (encoding === null) throw new InputError(`--encoding must be one of ${ENCODINGS.join(', ')}, not "${name}"`);
  return { encoding };
}
