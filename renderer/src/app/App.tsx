import { Layout } from 'antd';
import { useCallback, useState } from 'react';
import type { ImportSummary } from '../../../core/import/types.ts';
import type { RunSummary } from '../../../core/match/types.ts';
import { FilesPanel } from '../features/files/FilesPanel.tsx';
import { useImports } from '../features/files/use-imports.ts';
import { ResultsPanel } from '../features/results/ResultsPanel.tsx';
import { RunPanel } from '../features/run/RunPanel.tsx';
import { useRun } from '../features/run/use-run.ts';
import { WorkspaceAlerts, WorkspaceControls } from '../features/workspace/WorkspaceControls.tsx';
import { WorkspaceCopies } from '../features/workspace/WorkspaceCopies.tsx';
import { useWorkspacePersistence, useWorkspaceRestore } from '../features/workspace/use-workspace-persistence.ts';
import { Header } from './Header.tsx';

/** Whether a run was made from exactly these imports (files added or removed since make it stale). */
function sameImports(ids: readonly number[], imports: readonly ImportSummary[]): boolean {
  const now = new Set(imports.map((summary) => summary.import_id));
  return ids.length === now.size && ids.every((id) => now.has(id));
}

/** The one screen: files in, a run, what it found; the workspace behind it survives a restart. */
export function App() {
  const saving = useWorkspacePersistence();
  const { changed } = saving;
  const [changedSinceRun, setChangedSinceRun] = useState(false);
  const inputsChanged = useCallback(() => {
    setChangedSinceRun(true);
    changed();
  }, [changed]);
  const {
    entries,
    imported,
    busy,
    importFiles,
    reimportWithCurrency,
    answerOverlap,
    reimportWithEncoding,
    remove,
    restore: restoreImports,
    clear,
  } = useImports(inputsChanged);
  const { run, summary, start, cancel, restore: restoreRun } = useRun(changed);
  /** Remounts the run panel so it starts from a reopened run's parameters. */
  const [opened, setOpened] = useState<{ key: number; run: RunSummary | null }>({ key: 0, run: null });

  const showWorkspace = useCallback(
    (imports: readonly ImportSummary[], latest: RunSummary | null) => {
      restoreImports(imports);
      restoreRun(latest);
      setChangedSinceRun(latest !== null && !sameImports(latest.import_ids, imports));
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

  const running = run.state === 'running';
  const canRun =
    !busy &&
    !restore.loading &&
    imported.some((summary) => summary.side === 'book') &&
    imported.some((summary) => summary.side === 'statement');

  return (
    <Layout className="app">
      <Header>
        <WorkspaceControls
          saving={saving}
          loading={restore.loading}
          busy={busy || running}
          onReset={cleared}
          onShowCopies={restore.showCopies}
        />
      </Header>
      <Layout.Content className="content">
        <WorkspaceAlerts restore={restore} saving={saving} />
        <WorkspaceCopies restore={restore} />
        <FilesPanel
          entries={entries}
          onFiles={importFiles}
          onRemove={remove}
          onCurrency={reimportWithCurrency}
          onOverlap={answerOverlap}
          onEncoding={reimportWithEncoding}
          loading={restore.loading}
        />
        <RunPanel
          key={opened.key}
          initial={opened.run?.parameters}
          run={run}
          canRun={canRun}
          stale={changedSinceRun}
          onStart={(parameters) => {
            setChangedSinceRun(false);
            start(parameters);
          }}
          onCancel={cancel}
        />
        {summary && <ResultsPanel summary={summary} />}
      </Layout.Content>
    </Layout>
  );
}
