import { parseArgs } from 'node:util';
import type { AuditEntry, Result } from '../../core/index.ts';
import { InputError } from '../usage.ts';
import { userName, USER_OPTION } from '../user-option.ts';
import { openSession, printRefusal, type WorkspaceSession } from './workspace-session.ts';

export const SIGNOFF_USAGE = `recondesk signoff --workspace WS --from DATE --to DATE --as preparer|reviewer
                  [--approve | --return] [--note TEXT] [--user NAME] [--json]

The preparer marks a business day (--from = --to) or a period ready for review; a reviewer, another
user, approves it (the period is then locked: imports, removals and resolutions in it are refused)
or returns it with a note. Names are plain local user names (--user, by default the OS user).
Each step records the audit chain's head and entry count. Undo withdraws the last step.
Exit codes: 0 recorded; 2 refused (the same user reviewing, a locked or unready period) or a usage error.`;

/** \`recondesk signoff\`: mark a period ready, approve it or return it. */
export async function signoffCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      workspace: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      as: { type: 'string' },
      approve: { type: 'boolean', default: false },
      return: { type: 'boolean', default: false },
      note: { type: 'string', default: '' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
      ...USER_OPTION,
    },
  });
  if (values.help) {
    console.log(SIGNOFF_USAGE);
    return 0;
  }
  const { from, to } = values;
  if (from === undefined || to === undefined) throw new InputError('signoff needs --from DATE and --to DATE');
  const role = values.as;
  if (role !== 'preparer' && role !== 'reviewer') throw new InputError('signoff needs --as preparer or --as reviewer');
  if (role === 'preparer' && (values.approve || values.return))
    throw new InputError('a preparer marks a period ready; --approve and --return are for --as reviewer');
  if (role === 'reviewer' && values.approve === values.return)
    throw new InputError('a reviewer gives --approve or --return (with --note)');
  const session = await openSession(values.workspace, userName(values.user), 'signoff');
  const recorded = await step(session, { from, to, note: values.note }, role === 'preparer' ? null : values.approve);
  if (!recorded.ok) return printRefusal('signoff', recorded.issues, values.json);
  await session.save();
  const { signoffs } = await session.engine['audit/list']({}, session.context);
  const state = signoffs.find((period) => period.from === from && period.to === to);
  if (values.json) console.log(JSON.stringify({ ok: true, entry: recorded.value, period: state ?? null }));
  else
    console.log(`${from} to ${to}: ${state?.status ?? '?'} (entry #${recorded.value.seq} by ${recorded.value.user})`);
  return 0;
}

/** Mark ready (`approve` null), approve (true) or return (false). */
function step(
  { engine, context }: WorkspaceSession,
  period: { from: string; to: string; note: string },
  approve: boolean | null,
): Promise<Result<AuditEntry>> {
  if (approve === null) return engine['signoff/ready'](period, context);
  return engine['signoff/review']({ ...period, decision: approve ? 'approve' : 'return' }, context);
}
