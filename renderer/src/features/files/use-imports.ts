import { useCallback, useRef, useState } from 'react';
import type { OverlapPolicy } from '../../../../core/import/overlap-issue.ts';
import type { Encoding } from '../../../../core/decode/encoding.ts';
import type { ByteSource, ImportSummary, Progress } from '../../../../core/import/types.ts';
import type { Issue } from '../../../../core/result.ts';
import { EngineFailure, send } from '../../engine/client.ts';

export type ImportEntry =
  | { key: number; file: string; state: 'importing'; progress: Progress | null }
  | { key: number; file: string; state: 'done'; summary: ImportSummary; reimportable: boolean }
  | { key: number; file: string; state: 'failed'; issues: Issue[] };

const failure = (file: string, error: unknown): Issue[] => [
  {
    code: error instanceof EngineFailure ? error.code : 'internal',
    message: error instanceof Error ? error.message : String(error),
    file,
  },
];

/** How to import a file: the account currency it lacks, what to do if it repeats an import, the drop it came in. */
type ImportOptions = {
  currency?: string;
  on_overlap?: OverlapPolicy;
  batch?: string;
  profile_id?: string;
  round_excess_decimals?: 'half-even';
};

/** The user's answer to a file refused as a statement already imported. */
export type OverlapChoice = 'replace' | 'allow' | 'skip';

/** Files the user gave us, each imported through the engine as soon as it arrives. */
export function useImports(onInputsChanged: () => void) {
  const [entries, setEntries] = useState<ImportEntry[]>([]);
  const nextKey = useRef(1);
  const nextDrop = useRef(1);
  /** The dropped files, kept to import one again with another account currency. */
  const files = useRef(new Map<number, File>());
  /** The text encoding the user named for a file whose bytes read as two texts; kept for its re-imports. */
  const encodings = useRef(new Map<number, Encoding>());

  const replace = useCallback((key: number, next: (entry: ImportEntry) => ImportEntry) => {
    setEntries((current) => current.map((entry) => (entry.key === key ? next(entry) : entry)));
  }, []);

  const start = useCallback(
    (key: number, file: File, options: ImportOptions = {}) => {
      files.current.set(key, file);
      // A File crosses into the worker as is; the worker reads it as a stream.
      const encoding = encodings.current.get(key);
      const input = {
        file: file as unknown as ByteSource,
        ...options,
        ...(encoding === undefined ? {} : { encoding }),
      };
      send('import/file', input, (progress) =>
        replace(key, (entry) => (entry.state === 'importing' ? { ...entry, progress } : entry)),
      ).then(
        (result) => {
          replace(key, (entry) =>
            result.ok
              ? { key, file: entry.file, state: 'done', summary: result.value, reimportable: true }
              : { key, file: entry.file, state: 'failed', issues: result.issues },
          );
          if (!result.ok) return;
          const replaced = new Set(result.value.replaced ?? []);
          if (replaced.size > 0) setEntries((current) => current.filter((other) => !replacedBy(other, key, replaced)));
          onInputsChanged();
        },
        (error: unknown) =>
          replace(key, (entry) => ({ key, file: entry.file, state: 'failed', issues: failure(entry.file, error) })),
      );
    },
    [replace, onInputsChanged],
  );

  const importFiles = useCallback(
    (dropped: readonly File[]) => {
      // Files dropped together are one batch: a repeat among them is named as a file of this drop.
      const batch = `drop ${nextDrop.current++}`;
      for (const file of dropped) {
        const key = nextKey.current++;
        setEntries((current) => [...current, { key, file: file.name, state: 'importing', progress: null }]);
        start(key, file, { batch });
      }
    },
    [start],
  );

  /** Import a file again with the account currency the user chose (its file never states it). */
  const reimportWithCurrency = useCallback(
    (entry: ImportEntry, currency: string) => {
      const file = files.current.get(entry.key);
      if (entry.state !== 'done' || !file) return;
      replace(entry.key, () => ({ key: entry.key, file: entry.file, state: 'importing', progress: null }));
      void send('import/remove', { import_id: entry.summary.import_id }).then(() =>
        start(entry.key, file, { currency }),
      );
    },
    [replace, start],
  );

  /** Import a file again with its amounts finer than the currency rounded half-even, as the user chose. */
  const reimportWithRounding = useCallback(
    (entry: ImportEntry) => {
      const file = files.current.get(entry.key);
      if (entry.state !== 'done' || !file) return;
      replace(entry.key, () => ({ key: entry.key, file: entry.file, state: 'importing', progress: null }));
      void send('import/remove', { import_id: entry.summary.import_id }).then(() =>
        start(entry.key, file, { round_excess_decimals: 'half-even' }),
      );
    },
    [replace, start],
  );

  /** Import a file refused as a repeat again, replacing the earlier import or beside it, or drop it. */
  const answerOverlap = useCallback(
    (entry: ImportEntry, choice: OverlapChoice) => {
      const file = files.current.get(entry.key);
      if (choice === 'skip' || !file) {
        setEntries((current) => current.filter((other) => other.key !== entry.key));
        files.current.delete(entry.key);
        return;
      }
      replace(entry.key, () => ({ key: entry.key, file: entry.file, state: 'importing', progress: null }));
      start(entry.key, file, { on_overlap: choice });
    },
    [replace, start],
  );

  /** Import a refused file again in the text encoding the user named (its bytes read as two different texts). */
  const reimportWithEncoding = useCallback(
    (entry: ImportEntry, encoding: Encoding) => {
      const file = files.current.get(entry.key);
      if (entry.state !== 'failed' || !file) return;
      encodings.current.set(entry.key, encoding);
      replace(entry.key, () => ({ key: entry.key, file: entry.file, state: 'importing', progress: null }));
      start(entry.key, file);
    },
    [replace, start],
  );

  /** Read a file again with the profile the user chose for it (none fitted, or the wrong one did). */
  const reimportWithProfile = useCallback(
    (entry: ImportEntry, profileId: string) => {
      const file = files.current.get(entry.key);
      if (entry.state === 'importing' || !file) return;
      replace(entry.key, () => ({ key: entry.key, file: entry.file, state: 'importing', progress: null }));
      const removed = entry.state === 'done' ? send('import/remove', { import_id: entry.summary.import_id }) : null;
      void Promise.resolve(removed).then(() => start(entry.key, file, { profile_id: profileId }));
    },
    [replace, start],
  );

  /** The file the user dropped for an entry (none for imports reopened with the workspace). */
  const fileOf = useCallback((entry: ImportEntry): File | null => files.current.get(entry.key) ?? null, []);

  const remove = useCallback(
    (entry: ImportEntry) => {
      setEntries((current) => current.filter((other) => other.key !== entry.key));
      files.current.delete(entry.key);
      encodings.current.delete(entry.key);
      if (entry.state === 'done') {
        void send('import/remove', { import_id: entry.summary.import_id }).then(onInputsChanged, onInputsChanged);
      }
    },
    [onInputsChanged],
  );

  /** Show imports the workspace already holds (reopened at start-up) as if just imported. */
  const restore = useCallback((summaries: readonly ImportSummary[]) => {
    setEntries(
      summaries.map((summary) => ({
        key: nextKey.current++,
        file: summary.file,
        state: 'done',
        summary,
        reimportable: false,
      })),
    );
  }, []);

  const clear = useCallback(() => {
    setEntries([]);
    files.current.clear();
    encodings.current.clear();
  }, []);

  const imported = entries.flatMap((entry) => (entry.state === 'done' ? [entry.summary] : []));
  const busy = entries.some((entry) => entry.state === 'importing');
  return {
    entries,
    imported,
    busy,
    importFiles,
    reimportWithCurrency,
    reimportWithRounding,
    reimportWithEncoding,
    reimportWithProfile,
    fileOf,
    answerOverlap,
    remove,
    restore,
    clear,
  };
}

/** An entry whose import a newer file (entry `key`) replaced. */
const replacedBy = (entry: ImportEntry, key: number, replaced: ReadonlySet<number>): boolean =>
  entry.key !== key && entry.state === 'done' && replaced.has(entry.summary.import_id);
