import { indexHeader } from '../normalize/header.ts';
import type { Profile } from '../profile/types.ts';
import type { EntryDocument } from '../read/document.ts';
import type { EncodedBatch } from '../store/encoded-batch.ts';
import type { ReadTally } from './read-table.ts';
import { RowSink } from './row-sink.ts';
import type { RowIssue } from './types.ts';

/** Rows handed to the store at a time. */
const BATCH_ROWS = 16_384;

/**
 * The entry rows of a statement file (camt, MT940, BAI2, OFX, JSON) through a profile. The entry
 * count, net and control totals are the file's own; rows and records are what was imported.
 * An entry the reader could not read is a rejected row with its line.
 */
export function* readDocument(
  profile: Profile,
  document: EntryDocument,
  file: string,
): Generator<{ batch: EncodedBatch; rejections: RowIssue[] }, ReadTally> {
  const sink = new RowSink(profile, file, ' | ');
  sink.useHeader(indexHeader(document.columns), 0);
  for (const problem of document.problems)
    sink.row([problem.raw], problem.line, { code: problem.code ?? 'entry_unreadable', message: problem.message });
  for (let start = 0; start < document.rows.length; start += BATCH_ROWS) {
    for (const row of document.rows.slice(start, start + BATCH_ROWS))
      sink.row(row.cells, row.line, undefined, undefined, row.member ?? null);
    yield sink.take();
  }
  if (document.rows.length === 0) yield sink.take();
  return {
    ...sink.tally,
    entries: document.entries,
    netMinor: document.net_minor,
    skippedLines: 0,
    controls: document.controls,
    metadata: document.metadata,
    warnings: document.warnings ?? [],
  };
}
