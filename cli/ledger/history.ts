import type { RunRecord } from '../../core/ledger/history.ts';
import { InputError } from '../usage.ts';
import { itemJson } from './resolve.ts';
import { openLedger, parseLedgerArgs, print, quiet, refused } from './workspace.ts';

export const HISTORY_USAGE = `recondesk history --workspace WS [--compare RUN RUN] [--open] [--finding ID] [--json]

Every run of the workspace: business date, files with SHA-256 and profile versions, parameters, keys per
category, who ran it, and the ledger after it (carried items open and closed, other open exceptions).
--compare RUN RUN: how the later run differs (per category, the ledger's figures, the items it changed).
--open: the open items. --finding ID: one item with its history (opened, closed, resolved, reopened…).`;

/** `recondesk history`. */
export async function historyCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseLedgerArgs(argv, {
    compare: { type: 'string' },
    open: { type: 'boolean', default: false },
    finding: { type: 'string' },
  });
  if (values.help) return (console.log(HISTORY_USAGE), 0);
  const { engine } = await openLedger(values.workspace, HISTORY_USAGE);
  if (values.compare !== undefined) {
    const [from, to] = [values.compare, positionals[0]].map(Number);
    if (!Number.isInteger(from) || !Number.isInteger(to))
      throw new InputError(`--compare needs two run ids\n\n${HISTORY_USAGE}`);
    const compared = await engine['ledger/compare']({ from: from ?? 0, to: to ?? 0 }, quiet);
    if (!compared.ok) refused(compared.issues);
    print(values.json, compared.value, () =>
      Object.entries(compared.value.counts)
        .filter(([, c]) => c.change !== 0)
        .map(([code, c]) => `${code}: ${c.from} → ${c.to} (${c.change > 0 ? '+' : ''}${c.change})`),
    );
    return 0;
  }
  if (values.finding !== undefined) {
    const [item] = (await engine['ledger/items']({}, quiet)).filter((entry) => entry.id === values.finding);
    if (!item) throw new InputError(`No finding ${values.finding} in the workspace.`);
    const events = await engine['ledger/item-history']({ id: item.id }, quiet);
    print(values.json, { item: itemJson(item), events }, () =>
      events.map(
        (e) =>
          `${e.at} ${e.user_name} ${e.action} ${e.category}${e.reason ? ` (${e.reason})` : ''}${e.note ? `: ${e.note}` : ''}`,
      ),
    );
    return 0;
  }
  if (values.open) {
    const items = (await engine['ledger/items']({ state: 'open' }, quiet)).map(itemJson);
    print(values.json, { open: items }, () =>
      items.map((i) => `${i.id} ${i.origin_date} ${i.category} ${i.source} ${i.order_ref} ${i.amount_minor}`),
    );
    return 0;
  }
  const runs = await engine['ledger/history']({}, quiet);
  print(values.json, { runs }, () => runs.map(runLine));
  return 0;
}

function runLine(run: RunRecord): string {
  const files = run.files.map((file) => `${file.file} (${file.sha256.slice(0, 12)}, ${file.profile})`).join(', ');
  const ledger = run.ledger
    ? `; carried open ${run.ledger.carried_open}, closed ${run.ledger.carried_resolved}; other open ${run.ledger.open_exceptions}`
    : '';
  return `run ${run.run_id} ${run.business_date ?? '-'} by ${run.user ?? '-'} at ${run.started_at}: ${files}${ledger}`;
}
