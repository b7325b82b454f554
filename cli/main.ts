import { version } from '../package.json';
import { convertCommand } from './convert.ts';
import { auditCommand } from './ledger/audit.ts';
import { signoffCommand } from './ledger/signoff.ts';
import { undoCommand } from './ledger/undo.ts';
import { detectCommand } from './detect.ts';
import { runInBoundary } from './error-boundary.ts';
import { profilesCommand } from './profiles/main.ts';
import { historyCommand } from './ledger/history.ts';
import { reopenCommand } from './ledger/reopen.ts';
import { resolveCommand } from './ledger/resolve.ts';
import { reconcileCommand } from './reconcile.ts';
import { CONVERT_USAGE, DETECT_USAGE, RECONCILE_USAGE, USAGE } from './usage.ts';

const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = {
  reconcile: reconcileCommand,
  convert: convertCommand,
  detect: detectCommand,
  profiles: profilesCommand,
  undo: undoCommand,
  signoff: signoffCommand,
  audit: auditCommand,
  resolve: resolveCommand,
  reopen: reopenCommand,
  history: historyCommand,
};

/** Each command's own usage, for `recondesk COMMAND --help` (profiles answers its own). */
const COMMAND_USAGE: Record<string, string> = {
  reconcile: RECONCILE_USAGE,
  convert: CONVERT_USAGE,
  detect: DETECT_USAGE,
};

const isHelp = (argument: string | undefined): boolean =>
  argument === '--help' || argument === '-h' || argument === 'help';

/** Run the CLI; resolves to the process exit code. Results go to stdout, messages to stderr. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--version' || command === '-V') {
    console.log(`recondesk ${version}`);
    return 0;
  }
  if (command === undefined) {
    console.error(USAGE);
    return 2;
  }
  if (isHelp(command)) {
    console.log(USAGE);
    return 0;
  }
  const run = COMMANDS[command];
  if (!run) {
    console.error(`recondesk: unknown command "${command}"\n\n${USAGE}`);
    return 2;
  }
  const usage = COMMAND_USAGE[command];
  if (usage !== undefined && rest.some((argument) => argument === '--help' || argument === '-h')) {
    console.log(usage);
    return 0;
  }
  return runInBoundary(command, () => run(rest));
}

process.exitCode = await main(process.argv.slice(2));
