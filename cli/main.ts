import { convertCommand } from './convert.ts';
import { detectCommand } from './detect.ts';
import { runInBoundary } from './error-boundary.ts';
import { profilesCommand } from './profiles/main.ts';
import { historyCommand } from './ledger/history.ts';
import { reopenCommand } from './ledger/reopen.ts';
import { resolveCommand } from './ledger/resolve.ts';
import { reconcileCommand } from './reconcile.ts';
import { USAGE } from './usage.ts';

const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = {
  reconcile: reconcileCommand,
  convert: convertCommand,
  detect: detectCommand,
  profiles: profilesCommand,
  resolve: resolveCommand,
  reopen: reopenCommand,
  history: historyCommand,
};

/** Run the CLI; resolves to the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  if (!run) {
    console.error(`recondesk: unknown command "${command}"\n\n${USAGE}`);
    return 2;
  }
  return runInBoundary(command, () => run(rest));
}

process.exitCode = await main(process.argv.slice(2));
