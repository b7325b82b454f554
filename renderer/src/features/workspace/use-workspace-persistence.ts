import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportSummary } from '../../../../core/import/types.ts';
import type { RunSummary } from '../../../../core/match/types.ts';
import { send } from '../../engine/client.ts';
import { host } from '../../host/index.ts';
import { restoreCopy as restoreCopyOf, restoreWorkspace, type HostNotice } from './restore.ts';
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
  /** What the host did at start (a refused file set aside, a kept copy opened instead), until the dialog is closed. */
  notice: HostNotice | null;
  /** Whether the dialog of kept copies is shown (at start when a file was refused, or on request). */
  copiesShown: boolean;
  showCopies: () => void;
  hideCopies: () => void;
  /** Opens a kept copy and saves it as the current workspace; resolves with why not, or null. */
  restoreCopy: (generation: number) => Promise<string | null>;
};

type Restored = (imports: ImportSummary[], latest: RunSummary | null) => void;

/**
 * Reopen the saved workspace at start-up and hand what it holds to `onRestored` (stable); a
 * restored copy goes the same way and is then saved through `changed`.
 */
export function useWorkspaceRestore(onRestored: Restored, changed: () => void): WorkspaceRestore {
  const [loading, setLoading] = useState(true);
  const [openError, setOpenError] = useState<string | null>(null);
  const [notice, setNotice] = useState<HostNotice | null>(null);
  const [copiesShown, setCopiesShown] = useState(false);
  const started = useRef(false);

  useEffect(() => {
    // Once per app, also under StrictMode's second effect run: opening twice would be wasted work.
    if (started.current) return;
    started.current = true;
    void restoreWorkspace(host, send).then((restored) => {
      if (restored.state === 'opened') onRestored(restored.imports, restored.latest);
      if (restored.state === 'failed') setOpenError(restored.message);
      setNotice(restored.notice);
      setCopiesShown(restored.notice?.refused != null);
      setLoading(false);
    });
  }, [onRestored]);

  const restoreCopy = useCallback(
    async (generation: number) => {
      const opened = await restoreCopyOf(host, send, generation);
      if (opened.state === 'failed') return opened.message;
      onRestored(opened.imports, opened.latest);
      setOpenError(null);
      changed();
      return null;
    },
    [onRestored, changed],
  );
  const dismissOpenError = useCallback(() => setOpenError(null), []);
  const showCopies = useCallback(() => setCopiesShown(true), []);
  // What happened at start is said once: closing the dialog puts it away.
  const hideCopies = useCallback(() => {
    setCopiesShown(false);
    setNotice(null);
  }, []);
  return { loading, openError, dismissOpenError, notice, copiesShown, showCopies, hideCopies, restoreCopy };
}
