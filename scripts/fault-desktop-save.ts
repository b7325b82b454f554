/**
 * The long desktop kill test: `npm run fault` (or `npx tsx scripts/fault-desktop-save.ts
 * --iterations 200 --seed 42`). Exits 1 when any kill left a torn workspace, lost a kept copy or
 * left a temp file after the next start.
 */
import { parseArgs } from 'node:util';
import { runDesktopKillTest } from '../test/fault/desktop-kill.ts';

const { values } = parseArgs({
  options: {
    iterations: { type: 'string', default: '200' },
    seed: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});
const report = await runDesktopKillTest({
  iterations: Number(values.iterations),
  ...(values.seed === undefined ? {} : { seed: Number(values.seed) }),
  ...(values.verbose ? { log: (line: string) => console.log(line) } : {}),
});
for (const failure of report.failures) console.error(failure);
console.log(
  `desktop save kill test: ${report.iterations} kills (seed ${report.seed}), ${report.saves} saves completed, ` +
    `torn ${report.torn}, copies lost ${report.copiesLost}, kills that left a temp file ${report.tempsLeftByKill}, ` +
    `temp files after the next start ${report.tempsAfterRestart}, ${report.seconds} s`,
);
process.exit(report.failures.length === 0 ? 0 : 1);
