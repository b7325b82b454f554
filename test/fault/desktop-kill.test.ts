import { expect, it } from 'vitest';
import { runDesktopKillTest } from './desktop-kill.ts';

// The short run; `npm run fault` makes 200 kills.
it('a desktop save killed at 30 random points leaves the old or the new workspace, every kept copy, and no temp file after the next start', async () => {
  const report = await runDesktopKillTest({ iterations: 30 });
  expect(report.failures, `seed ${report.seed}`).toEqual([]);
  expect(report).toMatchObject({ iterations: 30, torn: 0, copiesLost: 0, tempsAfterRestart: 0 });
  // The kills must land inside saves, not only around them, or the test proves nothing.
  expect(report.tempsLeftByKill + report.saves).toBeGreaterThan(0);
}, 180_000);
