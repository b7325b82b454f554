import type { Profile } from '../profile/types.ts';
import { fail, issue, ok, type Issue, type Result } from '../result.ts';
import type { HandlerContext } from '../rpc/contract.ts';
import type { EncodedBatch } from '../store/encoded-batch.ts';
import { createRecordWriter } from '../store/records.ts';
import { StoredTally } from '../store/stored-totals.ts';
import type { Workspace } from '../store/workspace.ts';
import { ImportAbort } from './import-abort.ts';
import { EntryPrints } from './entry-prints.ts';
import type { ImportPrints } from './import-prints.ts';
import { finishImport, sourceLabel, startImport } from './import-row.ts';
import type { OverlapPolicy } from './overlap-issue.ts';
import { findOverlaps, settleOverlaps, type OverlapOutcome } from './overlap.ts';
import type { ReadEvent } from './read-events.ts';
import type { Detection, ImportSummary, ReadTotals, RowIssue } from './types.ts';

export type StoreOptions = {
  context: HandlerContext;
  /** The current time as ISO 8601 (core has no clock of its own). */
  now: () => string;
  /** Told of every stored batch and the id of its first record (the others follow in order). */
  stored?: (batch: EncodedBatch, firstId: number) => void;
  /** The entry prints of the workspace's imports; the new import's are kept there once stored. */
  prints: ImportPrints;
  /** What to do when the file repeats a statement already imported. */
  onOverlap: OverlapPolicy;
  /** Names the files given together (one CLI call, one drop), so a repeat among them is named as such. */
  batch: string | null;
  /** Asked last, before the import commits: a refusal (a locked period) drops the whole import. */
  admit?: (summary: ImportSummary) => Issue | null;
};

const KEPT_REJECTIONS = 200;

/**
 * Store a file's read events in the workspace, in one transaction: all of the file lands, or —
 * on an error, a cancel or a refused repeat of an earlier import — none of it. A file replacing
 * earlier imports removes them in the same transaction.
 */
export async function storeImport(
  workspace: Workspace,
  file: { name: string; size: number },
  events: AsyncIterable<ReadEvent>,
  options: StoreOptions,
): Promise<Result<ImportSummary>> {
  const { db } = workspace;
  const writer = createRecordWriter(db, workspace.native);
  const kept: RowIssue[] = [];
  const prints = new EntryPrints();
  const stored = new StoredTally();
  let started: { importId: number; profile: Profile; hash: string; encoding: string; detection: Detection } | null =
    null;
  db.exec('BEGIN');
  try {
    for await (const event of events) {
      if (event.type === 'error') throw new ImportAbort(event.issue);
      if (event.type === 'start') {
        const { profile, profile_hash: hash } = event;
        started = {
          importId: startImport(db, { file: file.name, profile, hash, now: options.now() }),
          profile,
          hash,
          encoding: event.encoding,
          detection: { confidence: event.confidence, runner_up: event.runner_up, by: event.detected_by },
        };
        continue;
      }
      if (!started) throw new Error('read events must start with "start"');
      if (event.type === 'batch') {
        const firstId = writer.records(event.batch, started.importId);
        stored.add(event.batch);
        options.stored?.(event.batch, firstId);
        prints.add(event.batch);
        for (const row of event.rejections) {
          writer.rejection(started.importId, row);
          if (kept.length < KEPT_REJECTIONS) kept.push(row);
        }
        options.context.progress({ phase: 'read', file: file.name, done: event.bytes_read, total: file.size });
        if (options.context.cancelled())
          throw new ImportAbort(issue('cancelled', 'The import was cancelled.', { file: file.name }));
        continue;
      }
      const overlap = settleRepeats(workspace, file.name, { ...started, totals: event.totals, prints }, options);
      const summary = finishImport(db, started.importId, {
        file: file.name,
        ...started,
        totals: event.totals,
        stored: stored.totals(),
        rejections: kept,
        overlap,
      });
      const refused = options.admit?.(summary) ?? null;
      if (refused !== null) throw new ImportAbort({ ...refused, file: file.name });
      db.exec('COMMIT');
      options.prints.keep(started.importId, prints, options.batch);
      return ok(summary);
    }
    throw new Error('read events ended without "end"');
  } catch (error) {
    db.exec('ROLLBACK');
    if (error instanceof ImportAbort) return fail(error.issue);
    throw error;
  } finally {
    writer.free();
  }
}

type Stored = { importId: number; profile: Profile; totals: ReadTotals; prints: EntryPrints };

/** Find the earlier imports the file repeats and apply the policy to them (a refusal aborts). */
function settleRepeats(workspace: Workspace, file: string, stored: Stored, options: StoreOptions): OverlapOutcome {
  const { profile, totals, prints } = stored;
  const overlaps = findOverlaps(
    workspace.db,
    {
      import_id: stored.importId,
      sha256: totals.sha256,
      side: profile.side,
      source: sourceLabel(profile),
      account: totals.metadata.account ?? null,
      period_start: totals.period_start,
      period_end: totals.period_end,
      records: prints.size,
      batch: options.batch,
      sorted: () => prints.sorted(),
    },
    options.prints,
  );
  const settled = settleOverlaps(workspace.db, file, overlaps, options.onOverlap);
  if (!settled.ok) throw new ImportAbort(settled.issue);
  return settled.outcome;
}
