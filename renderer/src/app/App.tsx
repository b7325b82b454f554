import { Layout } from 'antd';
import { useCallback, useState } from 'react';
import { FilesPanel } from '../features/files/FilesPanel.tsx';
import { useImports } from '../features/files/use-imports.ts';
import { ResultsPanel } from '../features/results/ResultsPanel.tsx';
import { RunPanel } from '../features/run/RunPanel.tsx';
import { useRun } from '../features/run/use-run.ts';
import { Header } from './Header.tsx';

/** The one screen: files in, a run, what it found. */
export function App() {
  const [changedSinceRun, setChangedSinceRun] = useState(false);
  const inputsChanged = useCallback(() => setChangedSinceRun(true), []);
  const { entries, imported, busy, importFiles, remove } = useImports(inputsChanged);
  const { run, summary, start, cancel } = useRun();
  const canRun =
    !busy &&
    imported.some((summary) => summary.side === 'book') &&
    imported.some((summary) => summary.side === 'statement');

  return (
    <Layout className="app">
      <Header />
      <Layout.Content className="content">
        <FilesPanel entries={entries} onFiles={importFiles} onRemove={remove} />
        <RunPanel
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
