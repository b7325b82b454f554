import { parseArgs } from 'node:util';
import { chainSentence, type AuditEntry } from '../../core/index.ts';
import { openSession } from './workspace-session.ts';

/** Exit code of `audit` when the trail does not verify: its content cannot be trusted. */
export const EXIT_CHAIN_BROKEN = 3;

export const AUDIT_USAGE = `recondesk audit --workspace WS [--json]

List the workspace's audit trail (imports, removals, runs, resolutions, undo, sign-off), check its
hash chain, and show each period's sign-off. Compare the entry count and chain head printed here with
the workbook's Audit sheet and with those each sign-off recorded: a rebuilt or truncated trail differs.
Exit codes: 0 the chain verifies; 3 it was changed outside ReconDesk (the first entry that fails is
named); 2 a usage error or a file that is not a workspace.`;

/** \`recondesk audit\`: the trail, its chain verdict and the sign-off state. */
export async function auditCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      workspace: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(AUDIT_USAGE);
    return 0;
  }
  const session = await openSession(values.workspace, '', 'audit');
  const report = await session.engine['audit/list']({}, session.context);
  if (values.json) console.log(JSON.stringify(report));
  else {
    for (const entry of report.entries) console.log(entryLine(entry));
    for (const period of report.signoffs) {
      const reviewer = period.reviewer ? `, reviewed by ${period.reviewer}` : '';
      console.log(
        `sign-off ${period.from} to ${period.to}: ${period.status} (prepared by ${period.preparer}${reviewer})`,
      );
    }
    console.log(chainSentence(report.chain));
  }
  return report.chain.intact ? 0 : EXIT_CHAIN_BROKEN;
}

const entryLine = (entry: AuditEntry): string =>
  `#${entry.seq} ${entry.at} ${entry.user} ${entry.action} ${entry.subject}${noteOf(entry)}`;

const noteOf = (entry: AuditEntry): string => {
  const note = entry.detail.note;
  return typeof note === 'string' && note !== '' ? ` — ${note}` : '';
};
