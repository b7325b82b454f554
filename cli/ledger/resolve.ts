import type { LedgerItem } from '../../core/ledger/item.ts';
import { InputError } from '../usage.ts';
import { actingUser, openLedger, parseLedgerArgs, print, quiet, refused, saveLedger } from './workspace.ts';

export const RESOLVE_USAGE = `recondesk resolve --workspace WS (--finding ID... | --category C [--max-amount N]) --reason CODE
                  [--note TEXT] [--user NAME] [--json]

Resolve open exceptions: the findings named (F20240315-…, as history --json and the workbook list them),
or every open item of a category, up to an amount either side of zero (--max-amount 0.05). The reason
is one of the workspace's codes (已人工核实, 渠道已补单, 已退款, 跨日到账, 差额已调账, 小额核销 — the
last only up to 1.00); the items leave the open list and stay visible as resolved, with who, when and
why. Refused (exit 2, nothing changed): an unknown finding or reason, an item not open, nothing matching.`;

/** `recondesk resolve`. */
export async function resolveCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseLedgerArgs(argv, {
    finding: { type: 'string', multiple: true },
    category: { type: 'string' },
    'max-amount': { type: 'string' },
    reason: { type: 'string' },
    note: { type: 'string' },
  });
  if (values.help) return (console.log(RESOLVE_USAGE), 0);
  if (values.reason === undefined) throw new InputError(`resolve needs --reason CODE\n\n${RESOLVE_USAGE}`);
  // `--finding A B C`: the ids after the first are left as positionals.
  if (positionals.length > 0 && values.finding === undefined)
    throw new InputError(`unexpected ${positionals.join(' ')}\n\n${RESOLVE_USAGE}`);
  const ids = [...(values.finding ?? []), ...positionals];
  if ((ids.length === 0) === (values.category === undefined))
    throw new InputError(`resolve needs --finding ID... or --category C\n\n${RESOLVE_USAGE}`);
  const { engine, target } = await openLedger(values.workspace, RESOLVE_USAGE);
  const resolved = await engine['ledger/resolve'](
    {
      ...(ids.length > 0 ? { ids } : {}),
      ...(values.category === undefined ? {} : { category: values.category }),
      ...(values['max-amount'] === undefined ? {} : { max_amount: values['max-amount'] }),
      reason: values.reason,
      ...(values.note === undefined ? {} : { note: values.note }),
      user: actingUser(values.user),
    },
    quiet,
  );
  if (!resolved.ok) refused(resolved.issues);
  await saveLedger(engine, target);
  print(values.json, { resolved: resolved.value.items.map(itemJson) }, () =>
    resolved.value.items.map(
      (item) => `resolved ${item.id} ${item.category} ${item.source} ${item.order_ref}: ${item.reason}`,
    ),
  );
  return 0;
}

/** An item as the ledger commands print it (its finding's detail left out). */
export function itemJson(item: LedgerItem) {
  const { finding_json: _detail, ...rest } = item;
  return rest;
}
