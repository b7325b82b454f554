/**
 * The long CLI kill test: `npm run fault` (or `npx tsx scripts/fault-cli-workspace.ts
 * --iterations 50 --seed 42`). Exits 1 when any kill left a torn workspace or lost a backup, or a
 * later run found a temp file left behind.
 */
import { parseArgs } from 'node:util';
import { runCliKillTest } from '../test/fault/cli-kill.ts';

const { values } = parseArgs({
  options: {
    iterations: { type: 'string', default: '50' },
    seed: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});
const report = await runCliKillTest({
  iterations: Number(values.iterations),
  ...(values.seed === undefined ? {} : { seed: Number(values.seed) }),
  ...(values.verbose ? { log: (line: string) => console.log(line) } : {}),
});
for (const failure of report.failures) console.error(failure);
console.log(
  `CLI --workspace kill test: ${report.iterations} runs (seed ${report.seed}), ${report.killed} killed ` +
    `(${report.killedWhileWriting} while writing the workspace): old ${report.old}, new ${report.new}, ` +
    `torn ${report.torn}, backups lost ${report.copiesLost}, kills that left a temp file ${report.tempsLeftByKill}, ` +
    `temp files after the next run ${report.tempsAfterNextRun}, failed runs ${report.failedRuns}, ${report.seconds} s`,
);
process.exit(report.failures.length === 0 ? 0 : 1);
