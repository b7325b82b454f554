import { ENCODINGS, encodingNamed, type Encoding } from '../core/index.ts';

const PROFILE_FLAGS = `  --profiles DIR            every *.json profile in DIR, tried before the built-ins (repeatable)
  --profile [INPUT=]ID[@V]  force a profile (or a PROFILE_FILE), for that input only with INPUT= (repeatable)`;

const ENCODING_FLAG = `  --encoding NAME           the text encoding of files whose bytes read as two different texts:
                            ${ENCODINGS.join(', ')}`;

export const RECONCILE_USAGE = `recondesk reconcile — match statements against the order export, write the diff workbook

Usage:
  recondesk reconcile --book ORDERS STATEMENT... [options]

Options:
  --book FILE               the order export (repeatable; required unless the workspace holds the books)
  --out FILE.xlsx           write the diff workbook
  --workspace FILE.sqlite   keep the workspace (imports, records, runs) in this SQLite file; a run setting
                            not given as a flag is the one the workspace remembers (the app's)
  --json                    the result as one JSON object on the last stdout line
  --cross-day-window SECS   seconds before the cut-off a book payment may wait for the next statement (default 60)
  --fee-rate SOURCE=RATE    the channel's fee rate, e.g. alipay=0.006 or alipay=0.6% (repeatable)
  --tolerance [SOURCE=]N    amounts may differ by N: whole minor units (default 0) or a percentage of the
                            book amount, rounded half-up (0.5%); per source with SOURCE= (repeatable)
  --date-window [SOURCE=]DAYS  the window for matching by amount and date, kept in the run parameters (default 0;
                            repeatable); records without an order reference are not yet matched by it
  --language en|zh-CN       the workbook's language (default en)
  --currency CODE           the currency of statements that never state it (ISO 4217, e.g. USD)
${ENCODING_FLAG}
  --round-excess-decimals half-even
                            round amounts finer than their currency instead of rejecting them
  --replace                 a statement already imported: keep only the file given later
  --allow-overlap           a statement already imported: keep both
  --mask | --no-mask        mask names, account, card and phone numbers and e-mails in the files written
                            (remembered in the workspace; default off)
  --user NAME               who runs it, recorded on the audit trail (default the OS user)
  --date YYYY-MM-DD         the business day (default: the day the statements' periods start)
  --new                     start the workspace over (the old file is kept as a backup)
  --cross-day-expiry-days N days a cross-day order may wait for its trade before it is book-only (default 1)
  --corrections FILE.csv    write the order-status corrections (paid-not-notified orders → PAID)
  --target CATEGORY=HOURS   the time-to-resolution target of a category (repeatable; remembered)
${PROFILE_FLAGS}

Exit codes: 0 the run is complete (differences are results, not errors); 2 usage or input errors;
3 the completeness control fails; 70 internal error (a bug: RECONDESK_DEBUG=1 prints its stack).`;

export const CONVERT_USAGE = `recondesk convert — any statement or order export as canonical records

Usage:
  recondesk convert FILE... --to csv|json|ndjson|xlsx [options]

Options:
  --to FORMAT               csv, json, ndjson or xlsx (required)
  --out DIR                 where FILE.canonical.FORMAT is written (default .)
  --currency CODE           the currency of statements that never state it (ISO 4217, e.g. USD)
${ENCODING_FLAG}
  --round-excess-decimals half-even
                            round amounts finer than their currency instead of rejecting them
  --mask | --no-mask        mask names, account, card and phone numbers and e-mails in the converted files
  --json                    the result as one JSON object on stdout
${PROFILE_FLAGS}

Exit codes: 0 success; 2 usage or input errors; 70 internal error (a bug).`;

export const DETECT_USAGE = `recondesk detect — the profile each file fits best, with its confidence

Usage:
  recondesk detect FILE... [options]

Options:
  --currency CODE           the currency of statements that never state it (ISO 4217, e.g. USD)
${ENCODING_FLAG}
  --json                    the result as one JSON object on stdout
${PROFILE_FLAGS}

Exit codes: 0 every file fits a profile; 2 a file fits none, or usage errors; 70 internal error (a bug).`;

export const USAGE = `recondesk — reconcile payment-channel statements against the order export

Usage:
  recondesk reconcile --book ORDERS STATEMENT... [--out diff.xlsx] [--workspace ws.sqlite] [--json]
                      [--cross-day-window 60] [--fee-rate alipay=0.006] [--tolerance [SOURCE=]N|P%]
                      [--date-window [SOURCE=]DAYS] [--language en|zh-CN]
                      [--currency CODE] [--encoding NAME] [--round-excess-decimals half-even]
                      [--replace | --allow-overlap] [--mask | --no-mask] [--date YYYY-MM-DD] [--new] [--user NAME]
                      [--cross-day-expiry-days 1] [--corrections FILE.csv] [--target CATEGORY=HOURS]
  recondesk resolve --workspace WS (--finding ID... | --category C [--max-amount N]) --reason CODE [--note TEXT]
  recondesk reopen --workspace WS --finding ID... [--note TEXT]
  recondesk history --workspace WS [--compare RUN RUN | --open | --finding ID] [--json]
  recondesk convert FILE... --to csv|json|ndjson|xlsx [--out DIR] [--currency CODE] [--encoding NAME]
                    [--round-excess-decimals half-even] [--mask | --no-mask] [--json]
  recondesk detect FILE... [--currency CODE] [--encoding NAME] [--json]
  recondesk profiles list|show|validate|test|diff|new|duplicate|publish|import|export ... (see profiles --help)
  recondesk audit --workspace WS [--json]
  recondesk undo --workspace WS [--user NAME] [--json]
  recondesk signoff --workspace WS --from DATE --to DATE --as preparer|reviewer [--approve | --return]
                    [--note TEXT] [--user NAME] [--json]
  recondesk --version

recondesk COMMAND --help prints that command's options.

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

/** The languages a workbook is written in. */
export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];

/** `--language`: one of the workbook's languages, English when not given. */
export function languageOption(value: string | undefined): Language {
  if (value === undefined) return 'en';
  const language = LANGUAGES.find((known) => known === value);
  if (language === undefined) throw new InputError(`--language must be ${LANGUAGES.join(' or ')}, not "${value}"`);
  return language;
}

/**
 * `--tolerance -1` as `--tolerance=-1`: a value that starts with a dash reaches the option's own
 * check, which names what is allowed, instead of the argument parser's "ambiguous" error.
 */
export function attachDashedValues(argv: readonly string[], valueOptions: readonly string[]): string[] {
  const joined: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? '';
    const next = argv[index + 1];
    if (valueOptions.includes(argument) && next !== undefined && /^-\d/.test(next)) {
      joined.push(`${argument}=${next}`);
      index += 1;
    } else joined.push(argument);
  }
  return joined;
}
