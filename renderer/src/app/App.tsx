import { Layout } from 'antd';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { ImportSummary } from '../../../core/import/types.ts';
import type { RunParameters, RunSummary } from '../../../core/match/types.ts';
import { useImports } from '../features/files/use-imports.ts';
import { send } from '../engine/client.ts';
import { useLedger } from '../features/ledger/use-ledger.ts';
import { recordedName } from '../features/ledger/user-name.ts';
import { useRun } from '../features/run/use-run.ts';
import { LedgerBar } from '../features/signoff/LedgerBar.tsx';
import { WorkspaceAlerts, WorkspaceControls } from '../features/workspace/WorkspaceControls.tsx';
import { WorkspaceCopies } from '../features/workspace/WorkspaceCopies.tsx';
import { useWorkspacePersistence, useWorkspaceRestore } from '../features/workspace/use-workspace-persistence.ts';
import type { Desk, StudioRequest } from './desk.ts';
import { Header } from './Header.tsx';
import { Navigation } from './Navigation.tsx';
import { ROOMS } from './rooms.tsx';
import { RoomView } from './RoomView.tsx';

/**
 * Whether the latest run still stands for the imports: none of its files removed and none added
 * since (earlier business days' imports stay in the workspace, older than the run's own).
 */
function sameImports(ids: readonly number[], imports: readonly ImportSummary[]): boolean {
  const now = new Set(imports.map((summary) => summary.import_id));
  const newest = Math.max(0, ...ids);
  return ids.every((id) => now.has(id)) && imports.every((summary) => summary.import_id <= newest);
}

/** The desk: one workspace that survives a restart, and its rooms (Reconcile, Profiles, …) around it. */
export function App() {
  const saving = useWorkspacePersistence();
  const { changed } = saving;
  const [changedSinceRun, setChangedSinceRun] = useState(false);
  /** Counts changes to the imports: each is on the audit trail, which the ledger then reads again. */
  const [inputs, setInputs] = useState(0);
  const inputsChanged = useCallback(() => {
    setChangedSinceRun(true);
    setInputs((current) => current + 1);
    changed();
  }, [changed]);
  const imports = useImports(inputsChanged);
  const { restore: restoreImports, clear } = imports;
  /** Remounts the run panel so it starts from a reopened run's parameters. */
  const [opened, setOpened] = useState<{ key: number; run: RunSummary | null }>({ key: 0, run: null });
  // An undone import is gone from the workspace: the files list follows it.
  const importsGone = useCallback(() => {
    void send('import/list', {}).then(restoreImports);
    setChangedSinceRun(true);
  }, [restoreImports]);
  const ledger = useLedger({ generation: opened.key, inputs, changed, importsGone });
  const { refresh: refreshLedger } = ledger;
  const runStored = useCallback(() => {
    changed();
    refreshLedger();
  }, [changed, refreshLedger]);
  const run = useRun(runStored, recordedName(ledger.user));
  const { restore: restoreRun, start: startRun } = run;
  const [room, setRoomShown] = useState(ROOMS[0]?.key ?? 'reconcile');
  // A room is drawn from its first visit on, not before: a hidden room is work at every start and change.
  const [visited, setVisited] = useState<ReadonlySet<string>>(() => new Set([room]));
  const setRoom = useCallback((next: string) => {
    setVisited((current) => (current.has(next) ? current : new Set([...current, next])));
    setRoomShown(next);
  }, []);
  const [studioRequest, setStudioRequest] = useState<StudioRequest | null>(null);
  const nextRequest = useRef(1);

  const showWorkspace = useCallback(
    (summaries: readonly ImportSummary[], latest: RunSummary | null) => {
      restoreImports(summaries);
      restoreRun(latest);
      setChangedSinceRun(latest !== null && !sameImports(latest.import_ids, summaries));
      setOpened((current) => ({ key: current.key + 1, run: latest }));
    },
    [restoreImports, restoreRun],
  );
  const restore = useWorkspaceRestore(showWorkspace, changed);
  const { dismissOpenError } = restore;
  const cleared = useCallback(() => {
    clear();
    showWorkspace([], null);
    dismissOpenError();
  }, [clear, showWorkspace, dismissOpenError]);
  const start = useCallback(
    (parameters: Partial<RunParameters>) => {
      setChangedSinceRun(false);
      startRun(parameters);
    },
    [startRun],
  );
  const createProfileFrom = useCallback(
    (request: Omit<StudioRequest, 'key'>) => {
      setStudioRequest({ ...request, key: nextRequest.current++ });
      setRoom('profiles');
    },
    [setRoom],
  );

  const running = run.run.state === 'running';
  const canRun =
    !imports.busy &&
    !restore.loading &&
    imports.imported.some((summary) => summary.side === 'book') &&
    imports.imported.some((summary) => summary.side === 'statement');
  const desk: Desk = useMemo(
    () => ({
      changed,
      loading: restore.loading,
      generation: opened.key,
      current: room,
      go: setRoom,
      createProfileFrom,
      studioRequest,
      reconcile: { imports, run, opened, stale: changedSinceRun, canRun, start },
      ledger,
    }),
    [
      changed,
      restore.loading,
      opened,
      room,
      setRoom,
      createProfileFrom,
      studioRequest,
      imports,
      run,
      changedSinceRun,
      canRun,
      start,
      ledger,
    ],
  );

  return (
    <Layout className="app">
      <Header>
        <Navigation rooms={ROOMS} current={room} onOpen={setRoom} />
        <WorkspaceControls
          saving={saving}
          loading={restore.loading}
          busy={imports.busy || running}
          onReset={cleared}
          onShowCopies={restore.showCopies}
        />
      </Header>
      <LedgerBar ledger={ledger} />
      <Layout.Content className="content">
        <WorkspaceAlerts restore={restore} saving={saving} />
        <WorkspaceCopies restore={restore} />
        {/* A room visited stays mounted: what it holds (a file being read, a draft) survives a visit to another. */}
        {ROOMS.filter((each) => visited.has(each.key)).map((each) => (
          <RoomView key={each.key} room={each} shown={each.key === room} desk={desk} />
        ))}
      </Layout.Content>
    </Layout>
  );
}
