// The shared folder beside the repository (../shared): real statement files and the bench
// generators. CI has it; a fresh clone may not, and then the tests that read it skip, each with
// one line saying so, so that `npm ci && npm test` passes without it.
import fs from 'node:fs';
import path from 'node:path';

export const SHARED = path.resolve(import.meta.dirname, '../../shared');

/**
 * The path of `relative` inside ../shared when it is there; otherwise null, after one line on
 * stderr naming the test that skips.
 *
 * @example const folder = sharedPath('realworld', 'channels.test.ts'); describe.skipIf(!folder)(…)
 */
export function sharedPath(relative: string, test: string): string | null {
  const full = path.join(SHARED, relative);
  if (fs.existsSync(full)) return full;
  console.warn(`skipped: ${test} reads ../shared/${relative}, which is absent here (see README, "The shared folder")`);
  return null;
}
