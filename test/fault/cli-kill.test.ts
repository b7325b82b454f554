import { expect, it } from 'vitest';
import { runCliKillTest } from './cli-kill.ts';

// The short run; `npm run fault` makes 50 kills.
it('reconcile --workspace killed at 30 random points leaves the old or the new workspace, every backup, and no temp file after the next run', async () => {
  const report = await runCliKillTest({ iterations: 30 });
  expect(report.failures, `seed ${report.seed}`).toEqual([]);
  expect(report).toMatchObject({ iterations: 30, torn: 0, copiesLost: 0, tempsAfterNextRun: 0, failedRuns: 0 });
  expect(report.old + report.new).toBe(report.killed);
  // The kills must land inside runs, and some while the workspace is written, or the test proves nothing.
  expect(report.killedWhileWriting).toBeGreaterThan(0);
}, 300_000);
