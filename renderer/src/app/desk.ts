import type { Profile } from '../../../core/profile/types.ts';
import type { RunParameters, RunSummary } from '../../../core/match/types.ts';
import type { useImports } from '../features/files/use-imports.ts';
import type { Ledger } from '../features/ledger/use-ledger.ts';
import type { useRun } from '../features/run/use-run.ts';

/** "Create a profile from this file": the file to suggest from and preview on, or the draft an import kept. */
export type StudioRequest = {
  /** Tells one request from the next, so the studio opens each once. */
  key: number;
  name: string;
  file: File | null;
  draft: Profile | null;
};

/** What the Reconcile room shows and does: the files, the run and what it found. */
export type ReconcileDesk = {
  imports: ReturnType<typeof useImports>;
  run: ReturnType<typeof useRun>;
  /** The run parameters a reopened workspace starts from; `key` remounts the run panel for them. */
  opened: { key: number; run: RunSummary | null };
  stale: boolean;
  canRun: boolean;
  start: (parameters: Partial<RunParameters>) => void;
};

/**
 * What every room of the desk shares: the one workspace (saved a moment after each change), a way
 * to another room, and the requests one room makes of another.
 */
export type Desk = {
  /** Call after every change that lands in the workspace; it is saved a moment later. */
  changed: () => void;
  /** True until the saved workspace is open. */
  loading: boolean;
  /** Counts workspaces opened or started new: rooms read their data again when it moves. */
  generation: number;
  /** The room on screen (the others stay mounted, hidden). */
  current: string;
  go: (room: string) => void;
  createProfileFrom: (request: Omit<StudioRequest, 'key'>) => void;
  studioRequest: StudioRequest | null;
  reconcile: ReconcileDesk;
  /** The workspace's ledger (open items, run history, audit trail, sign-off) and the actions on it. */
  ledger: Ledger;
};
