import type { Desk } from '../../app/desk.ts';
import { FilesPanel } from '../files/FilesPanel.tsx';
import { UnknownFiles } from '../profiles/UnknownFiles.tsx';
import { ResultsPanel } from '../results/ResultsPanel.tsx';
import { RunPanel } from '../run/RunPanel.tsx';

/** Today's screen: files in, a run, what it found. */
export function ReconcileRoom({ desk }: { desk: Desk }) {
  const { imports, run, opened, stale, canRun, start } = desk.reconcile;
  return (
    <>
      <FilesPanel
        entries={imports.entries}
        onFiles={imports.importFiles}
        onRemove={imports.remove}
        onCurrency={imports.reimportWithCurrency}
        onRound={imports.reimportWithRounding}
        onOverlap={imports.answerOverlap}
        onEncoding={imports.reimportWithEncoding}
        loading={desk.loading}
        unknown={<UnknownFiles desk={desk} />}
      />
      <RunPanel
        key={opened.key}
        initial={opened.run?.parameters}
        run={run.run}
        canRun={canRun}
        stale={stale}
        onStart={start}
        onCancel={run.cancel}
        changed={desk.changed}
      />
      {run.summary && <ResultsPanel summary={run.summary} />}
    </>
  );
}
