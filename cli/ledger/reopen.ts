import { InputError } from '../usage.ts';
import { itemJson } from './resolve.ts';
import { actingUser, openLedger, parseLedgerArgs, print, quiet, refused, saveLedger } from './workspace.ts';

export const REOPEN_USAGE = `recondesk reopen --workspace WS --finding ID... [--note TEXT] [--user NAME] [--json]

Open resolved findings again; their resolution stays in their history. Refused (exit 2, nothing
changed): an unknown finding, or one that is open.`;

/** `recondesk reopen`. */
export async function reopenCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseLedgerArgs(argv, {
    finding: { type: 'string', multiple: true },
    note: { type: 'string' },
  });
  if (values.help) return (console.log(REOPEN_USAGE), 0);
  // `--finding A B C`: the ids after the first are left as positionals.
  if (positionals.length > 0 && values.finding === undefined)
    throw new InputError(`unexpected ${positionals.join(' ')}\n\n${REOPEN_USAGE}`);
  const ids = [...(values.finding ?? []), ...positionals];
  if (ids.length === 0) throw new InputError(`reopen needs --finding ID...\n\n${REOPEN_USAGE}`);
  const { engine, target } = await openLedger(values.workspace, REOPEN_USAGE);
  const reopened = await engine['ledger/reopen'](
    { ids, ...(values.note === undefined ? {} : { note: values.note }), user: actingUser(values.user) },
    quiet,
  );
  if (!reopened.ok) refused(reopened.issues);
  await saveLedger(engine, target);
  print(values.json, { reopened: reopened.value.items.map(itemJson) }, () =>
    reopened.value.items.map((item) => `reopened ${item.id} ${item.category} ${item.source} ${item.order_ref}`),
  );
  return 0;
}
