import { useCallback, useRef, useState } from 'react';
import type { Progress } from '../../../../core/import/types.ts';
import type { RunParameters, RunSummary } from '../../../../core/match/types.ts';
import type { Issue } from '../../../../core/result.ts';
import { EngineFailure, type EngineCall } from '../../engine/client.ts';
import { runBusinessDay, type DayRun } from './run-day.ts';

export type RunState =
  | { state: 'idle' }
  | { state: 'running'; progress: Progress | null }
  | { state: 'cancelled' }
  | { state: 'failed'; issues: Issue[] }
  | { state: 'done'; summary: RunSummary; day?: DayRun };

const wasCancelled = (issues: Issue[]) => issues.some((issue) => issue.code === 'cancelled');

/**
 * One reconciliation run at a time, with its progress, and a way to stop it; each run adds its
 * business day to the workspace's ledger, recorded under `user`.
 * `onStored` (stable) hears of each run the workspace now holds.
 */
export function useRun(onStored: () => void, user: string) {
  const [run, setRun] = useState<RunState>({ state: 'idle' });
  /** The last finished summary stays on screen while a new run works or after it fails. */
  const [summary, setSummary] = useState<RunSummary | null>(null);
  const call = useRef<EngineCall<unknown> | null>(null);

  const start = useCallback(
    (parameters: Partial<RunParameters>) => {
      setRun({ state: 'running', progress: null });
      const progress = (value: Progress) => setRun({ state: 'running', progress: value });
      const track = (current: EngineCall<unknown>) => (call.current = current);
      runBusinessDay(parameters, user, progress, track).then(
        (result) => {
          if (result.ok) {
            setSummary(result.value.summary);
            setRun({ state: 'done', summary: result.value.summary, day: result.value });
            onStored();
          } else
            setRun(wasCancelled(result.issues) ? { state: 'cancelled' } : { state: 'failed', issues: result.issues });
        },
        (error: unknown) => {
          if (error instanceof EngineFailure && error.code === 'cancelled') setRun({ state: 'cancelled' });
          else
            setRun({
              state: 'failed',
              issues: [{ code: 'internal', message: error instanceof Error ? error.message : String(error) }],
            });
        },
      );
    },
    [onStored, user],
  );

  /** Show a run the workspace already holds (reopened at start-up), or none after a reset. */
  const restore = useCallback((latest: RunSummary | null) => {
    setSummary(latest);
    setRun(latest ? { state: 'done', summary: latest } : { state: 'idle' });
  }, []);

  const cancel = useCallback(() => call.current?.cancel(), []);
  return { run, summary, start, cancel, restore };
}
