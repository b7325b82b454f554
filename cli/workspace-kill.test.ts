// The short run of the CLI kill test (the long one is `npm run fault`): reconcile --workspace
// killed at random points, ws.sqlite always the old or the new workspace.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const SCRIPT = path.join(ROOT, 'scripts', 'fault', 'cli-workspace-kill.mjs');
const ITERATIONS = 10;

describe('reconcile --workspace killed at random points', () => {
  it(`leaves the old or the new workspace, good backups and no temp file after the next run (${ITERATIONS} kills)`, () => {
    const run = spawnSync(process.execPath, [SCRIPT, '--iterations', String(ITERATIONS), '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 170_000,
    });
    expect(run.status, run.stderr).not.toBeNull();
    const tally = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as Record<string, unknown>;
    expect(tally.problems).toEqual([]);
    expect(tally).toMatchObject({ torn: 0, bad_generations: 0, temps_after_next_run: 0, failed_runs: 0 });
    expect((tally.old as number) + (tally.new as number)).toBe(ITERATIONS);
    expect(tally.killed as number).toBeGreaterThan(0);
  }, 180_000);
});
