import { expect, it } from 'vitest';
import { runCliKillTest } from './cli-kill.ts';

// The short run; `npm run fault` makes 50 kills.
it('reconcile --workspace killed at 10 random points leaves the old or the new workspace, every backup, and no temp file after the next run', async () => {
  const report = await runCliKillTest({ iterations: 10 });
  expect(report.failures, `seed ${report.seed}`).toEqual([]);
  expect(report).toMatchObject({ iterations: 10, torn: 0, copiesLost: 0, tempsAfterNextRun: 0, failedRuns: 0 });
  expect(report.old + report.new).toBe(report.killed);
  // The kills must land inside runs, and some while the workspace is written, or the test proves nothing.
  expect(report.killedWhileWriting).toBeGreaterThan(0);
}, 180_000);
