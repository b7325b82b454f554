import { currencyExponent } from '../currency.ts';
import { ColumnResolver } from '../normalize/columns.ts';
import { compileControls, type ControlTally } from '../normalize/controls.ts';
import { makeCleaner, type HeaderIndex } from '../normalize/header.ts';
import { readMetadata } from '../normalize/metadata.ts';
import type { Profile } from '../profile/types.ts';
import type { TableLayout } from '../profile/layouts.ts';
import type { CsvBatch } from '../read/csv/read-csv.ts';
import { createTableSplitter } from '../read/csv/table.ts';
import { issue, type Warning } from '../result.ts';
import type { EncodedBatch } from '../store/encoded-batch.ts';
import { ImportAbort } from './import-abort.ts';
import { RowSink, type RowSeen, type SinkTally } from './row-sink.ts';
import { compileSkipRows, type RowSkipper } from './skip-rows.ts';
import type { ControlCheck, RowIssue } from './types.ts';

/** Totals of a read, once every row is through. */
export type ReadTally = SinkTally & {
  /** Entries as the file counts them: its data rows for a table, its own entries for a document. */
  entries: number;
  skippedLines: number;
  controls: ControlCheck[];
  metadata: Record<string, string>;
  /** What the reader repaired or assumed on the way. */
  warnings: Warning[];
};

/** Rows of a table (CSV text or a spreadsheet), each with its line, as a reader hands them out; `hidden` lines of a sheet. */
export type TableBatch = CsvBatch & { hidden?: ReadonlySet<number> };

/**
 * The rows of a table through a profile: the header found under any title rows, data rows
 * mapped until the footer or summary block, whose figures are then checked as the file's own
 * control totals. Yields each batch's records (encoded for the store) and rejected rows.
 */
export async function* readTable(
  profile: Profile,
  layout: TableLayout,
  batches: AsyncIterable<TableBatch>,
  file: string,
): AsyncGenerator<{ batch: EncodedBatch; rejections: RowIssue[] }, ReadTally> {
  const joiner = layout.delimiter ?? '\t';
  const splitter = createTableSplitter(layout, joiner, profile.clean.stripPrefixes);
  const clean = makeCleaner(profile.clean);
  const sink = new RowSink(profile, file, joiner);
  let controls: ControlTally | null = null;
  let skip: RowSkipper = () => false;
  let skipped = 0;
  const seen: RowSeen = (kind, cells, exponent, record) => controls?.observe(kind, cells, exponent, record);
  const useHeader = (header: HeaderIndex, line: number) => {
    sink.useHeader(header, line);
    controls = compileTableControls(profile, header, clean, file, line);
    skip = compileSkipRows(layout.skipRows, header, profile.clean.stripPrefixes, clean);
  };
  // A file without a header row has its columns named by the layout from the start.
  if (splitter.state.header) useHeader(splitter.state.header, 0);
  for await (const batch of batches) {
    batch.rows.forEach((cells, index) => {
      const line = batch.lines[index] ?? 0;
      const role = splitter.classify(cells, line);
      if (role === 'no-header') throw headerMissing(profile, layout, file);
      if (role === 'header') return useHeader(splitter.state.header ?? new Map<string, number>(), line);
      if (role !== 'data' || !sink.ready) return;
      if (skip(cells, batch.hidden?.has(line) === true)) {
        skipped++;
        return;
      }
      const problem = batch.problems.get(index);
      sink.row(cells, line, problem === undefined ? undefined : { code: 'csv_quote', message: problem }, seen);
    });
    yield sink.take();
  }
  if (!sink.ready) throw headerMissing(profile, layout, file);
  if (layout.minRows !== undefined && sink.tally.rows < layout.minRows) throw tooFewRows(profile, layout.minRows, file);
  const outer = splitter.state.outer;
  const exponent = 'value' in profile.currency ? (currencyExponent(profile.currency.value) ?? 2) : 2;
  return {
    ...sink.tally,
    entries: sink.tally.rows,
    skippedLines: outer.length + (splitter.state.headerLine > 0 ? 1 : 0) + skipped,
    controls: (controls as ControlTally | null)?.finish(outer, exponent) ?? [],
    metadata: readMetadata(profile.metadata, outer, profile.timeZone),
    warnings: [],
  };
}

function compileTableControls(
  profile: Profile,
  header: HeaderIndex,
  clean: (value: string | undefined) => string,
  file: string,
  line: number,
): ControlTally {
  const columns = new ColumnResolver(header, profile.clean.stripPrefixes);
  const controls = compileControls(profile.controls, columns, clean, profile.amountFormat);
  if (columns.missing.length > 0) {
    const names = columns.missing.map((name) => `"${name}"`).join(', ');
    throw new ImportAbort(
      issue('columns_missing', `The header has no column ${names} that the control totals read.`, { file, line }),
    );
  }
  const ambiguity = columns.ambiguity();
  if (ambiguity !== null) throw new ImportAbort(issue('column_repeated', ambiguity, { file, line }));
  return controls;
}

function headerMissing(profile: Profile, layout: TableLayout, file: string): ImportAbort {
  const names = layout.header.find.map((name) => `"${name}"`).join(', ');
  return new ImportAbort(
    issue('header_missing', `No header row with ${names} was found (profile ${profile.id}).`, { file }),
  );
}

function tooFewRows(profile: Profile, minRows: number, file: string): ImportAbort {
  const message =
    minRows === 1
      ? `The file has a header but no transactions (profile ${profile.id}); nothing was imported. Download it again for a period with activity.`
      : `The file has fewer than ${minRows} transaction rows (profile ${profile.id}); nothing was imported.`;
  return new ImportAbort(issue('no_transactions', message, { file }));
}
