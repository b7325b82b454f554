import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportSummary } from '../../../../core/import/types.ts';
import type { RunSummary } from '../../../../core/match/types.ts';
import { send } from '../../engine/client.ts';
import { host } from '../../host/index.ts';
import { restoreWorkspace } from './restore.ts';
import { createWorkspaceSaver, type SaveState } from './saver.ts';

export type WorkspaceSaving = {
  save: SaveState;
  /** Call after every change that lands in the workspace; it is saved a moment later. */
  changed: () => void;
  /** Replace the workspace with an empty one and save that. */
  reset: () => Promise<void>;
};

/** The workspace outlives the window: saved through the host a moment after each change. */
export function useWorkspacePersistence(): WorkspaceSaving {
  const [save, setSave] = useState<SaveState>({ state: 'idle' });
  const [saver] = useState(() => createWorkspaceSaver({ send, host, onState: setSave }));
  const changed = useCallback(() => saver.schedule(), [saver]);
  const reset = useCallback(async () => {
    saver.cancel();
    await send('workspace/reset', {});
    await saver.flush();
  }, [saver]);
  return { save, changed, reset };
}

export type WorkspaceRestore = {
  /** True until the saved workspace (if any) is open in the engine. */
  loading: boolean;
  /** Why the saved workspace could not be opened; the app started empty. */
  openError: string | null;
  dismissOpenError: () => void;
};

/** Reopen the saved workspace at start-up and hand what it holds to `onRestored` (stable). */
export function useWorkspaceRestore(
  onRestored: (imports: ImportSummary[], latest: RunSummary | null) => void,
): WorkspaceRestore {
  const [loading, setLoading] = useState(true);
  const [openError, setOpenError] = useState<string | null>(null);
  const started = useRef(false);

  useEffect(() => {
    // Once per app, also under StrictMode's second effect run: opening twice would be wasted work.
    if (started.current) return;
    started.current = true;
    void restoreWorkspace(host, send).then((restored) => {
      if (restored.state === 'opened') onRestored(restored.imports, restored.latest);
      if (restored.state === 'failed') setOpenError(restored.message);
      setLoading(false);
    });
  }, [onRestored]);

  const dismissOpenError = useCallback(() => setOpenError(null), []);
  return { loading, openError, dismissOpenError };
}
