import { indexHeader } from '../normalize/header.ts';
import type { Profile } from '../profile/types.ts';
import type { DocumentParser } from '../read/document.ts';
import type { EncodedBatch } from '../store/encoded-batch.ts';
import type { ReadTally } from './read-table.ts';
import { RowSink } from './row-sink.ts';
import type { RowIssue } from './types.ts';

/** Rows handed to the store at a time. */
const BATCH_ROWS = 16_384;

/**
 * The entry rows of a statement file (camt, MT940, BAI2, OFX, JSON) through a profile, as its
 * text arrives: each piece of text is read by the format's parser and the rows it completes go
 * to the store in batches. The entry count, net and control totals are the file's own; rows and
 * records are what was imported. An entry the reader could not read is a rejected row with its line.
 */
export async function* readDocument(
  profile: Profile,
  parser: DocumentParser,
  texts: AsyncIterable<string> | Iterable<string>,
  file: string,
): AsyncGenerator<{ batch: EncodedBatch; rejections: RowIssue[] }, ReadTally> {
  const sink = new RowSink(profile, file, ' | ');
  let pending = 0;
  let yielded = false;
  const drain = () => {
    const { rows, problems } = parser.take();
    if (rows.length === 0 && problems.length === 0) return;
    if (!sink.ready) sink.useHeader(indexHeader(parser.columns), 0);
    for (const problem of problems)
      sink.row([problem.raw], problem.line, { code: problem.code ?? 'entry_unreadable', message: problem.message });
    for (const row of rows) sink.row(row.cells, row.line, undefined, undefined, row.member ?? null);
    pending += rows.length + problems.length;
  };
  for await (const text of texts) {
    parser.push(text);
    drain();
    if (pending >= BATCH_ROWS) {
      yield sink.take();
      yielded = true;
      pending = 0;
    }
  }
  const facts = parser.end();
  drain();
  if (!sink.ready) sink.useHeader(indexHeader(parser.columns), 0);
  if (pending > 0 || !yielded) yield sink.take();
  return {
    ...sink.tally,
    entries: facts.entries,
    netMinor: facts.net_minor,
    skippedLines: 0,
    controls: facts.controls,
    metadata: facts.metadata,
    warnings: facts.warnings ?? [],
  };
}
