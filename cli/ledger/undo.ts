import { parseArgs } from 'node:util';
import { userName, USER_OPTION } from '../user-option.ts';
import { openSession, printRefusal } from './workspace-session.ts';

export const UNDO_USAGE = `recondesk undo --workspace WS [--user NAME] [--json]

Reverse the last action of the workspace with a new audit entry (nothing is deleted from the trail):
an import is removed, a sign-off step withdrawn (by the user who made it). Runs are passed over.
A removal cannot be undone (import the file again); a locked period refuses what would change it.
Exit codes: 0 undone; 2 refused or a usage error, with the reason.`;

/** \`recondesk undo\`: reverse the workspace's last action. */
export async function undoCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      workspace: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
      ...USER_OPTION,
    },
  });
  if (values.help) {
    console.log(UNDO_USAGE);
    return 0;
  }
  const session = await openSession(values.workspace, userName(values.user), 'undo');
  const undone = await session.engine['audit/undo']({}, session.context);
  if (!undone.ok) return printRefusal('undo', undone.issues, values.json);
  await session.save();
  const entry = undone.value;
  if (values.json) console.log(JSON.stringify({ ok: true, entry }));
  else
    console.log(
      `undone: #${String(entry.detail.undoes)} ${String(entry.detail.action)} of ${entry.subject} (${String(entry.detail.inverse)}), entry #${entry.seq} by ${entry.user}`,
    );
  return 0;
}
