import { decodeStream, DecodeError } from '../decode/decode-stream.ts';
import { compileControls, type ControlTally } from '../normalize/controls.ts';
import { ColumnResolver } from '../normalize/columns.ts';
import { makeCleaner } from '../normalize/header.ts';
import { compileMapper, type RowMapper } from '../normalize/mapper.ts';
import type { Profile } from '../profile/types.ts';
import { CsvError, readCsv } from '../read/csv/read-csv.ts';
import { createTableSplitter } from '../read/csv/table.ts';
import { fail, issue, ok, type Issue, type Result } from '../result.ts';
import type { HandlerContext } from '../rpc/contract.ts';
import { createRecordWriter, type StoredRecord } from '../store/records.ts';
import type { Workspace } from '../store/workspace.ts';
import { chooseProfile } from './choose-profile.ts';
import { tapBytes, type Hasher } from './hash.ts';
import { finishImport, startImport, type ImportTally } from './import-row.ts';
import { peekText } from './peek.ts';
import type { ByteSource, ImportSummary, RowIssue } from './types.ts';

export type ImportOptions = {
  profiles: readonly Profile[];
  /** `id` or `id@version`; detected when absent. */
  profileId?: string;
  context: HandlerContext;
  /** The current time as ISO 8601 (core has no clock of its own). */
  now: () => string;
  createHasher: () => Hasher;
};

const HEAD_CHARS = 64 * 1024;
const MAX_RAW_CHARS = 2000;

/** Import stopped: nothing of it is kept. */
class ImportAbort extends Error {
  constructor(readonly issue: Issue) {
    super(issue.message);
  }
}

/**
 * Import one statement or book file into the workspace: decode, detect, read, map, store —
 * in one transaction. Every data row ends imported or rejected with its reason and line.
 *
 * @example
 * const result = await importFile(workspace, bytesSource('alipay.csv', bytes), options);
 * if (result.ok) console.log(result.value.rows, result.value.imported, result.value.rejected);
 */
export async function importFile(
  workspace: Workspace,
  file: ByteSource,
  options: ImportOptions,
): Promise<Result<ImportSummary>> {
  const { db } = workspace;
  const hasher = options.createHasher();
  let bytesRead = 0;
  const progress = (done: number) =>
    options.context.progress({ phase: 'read', file: file.name, done, total: file.size });
  const bytes = tapBytes(file.stream(), hasher, (total) => (bytesRead = total));
  db.exec('BEGIN');
  try {
    const decoded = await decodeStream(bytes);
    const { head, chunks } = await peekText(decoded.chunks, HEAD_CHARS);
    if (head.length === 0) throw new ImportAbort(issue('file_empty', 'The file is empty.', { file: file.name }));
    const chosen = chooseProfile(head, file.name, options.profiles, options.profileId);
    if (!chosen.ok) throw new ImportAbort(chosen.issues[0] ?? issue('profile_not_detected', 'No profile fits.'));
    const { profile, confidence } = chosen.value;
    const importId = startImport(db, { file: file.name, profile, now: options.now() });
    const tally = await readRows(workspace, importId, profile, chunks, file.name, () => {
      progress(bytesRead);
      if (options.context.cancelled())
        throw new ImportAbort(issue('cancelled', 'The import was cancelled.', { file: file.name }));
    });
    const summary = finishImport(db, importId, {
      file,
      sha256: hasher.digest(),
      bytes: bytesRead,
      profile,
      confidence,
      encoding: decoded.guess.encoding,
      tally,
    });
    if (summary.duplicate_of !== null) {
      throw new ImportAbort(
        issue('duplicate_import', `This file was already imported (import #${summary.duplicate_of}, same SHA-256).`, {
          file: file.name,
        }),
      );
    }
    db.exec('COMMIT');
    progress(bytesRead);
    return ok(summary);
  } catch (error) {
    db.exec('ROLLBACK');
    return fail(toIssue(error, file.name));
  }
}

function toIssue(error: unknown, file: string): Issue {
  if (error instanceof ImportAbort) return error.issue;
  if (error instanceof DecodeError) return issue('decode_failed', `The file ${error.message}.`, { file });
  if (error instanceof CsvError) {
    return issue('csv_invalid', `Line ${error.line}: the file ${error.message}.`, {
      file,
      line: error.line,
      ...(error.column ? { column: error.column } : {}),
    });
  }
  throw error;
}

async function readRows(
  workspace: Workspace,
  importId: number,
  profile: Profile,
  chunks: AsyncIterable<string>,
  file: string,
  afterBatch: () => void,
): Promise<ImportTally> {
  const writer = createRecordWriter(workspace.db, workspace.native);
  const splitter = createTableSplitter(profile.csv, profile.clean.stripPrefixes);
  const clean = makeCleaner(profile.clean.trim, profile.clean.stripPrefixes);
  const tally: ImportTally = {
    rows: 0,
    imported: 0,
    rejected: 0,
    records: 0,
    outer: splitter.state.outer,
    rejections: [],
    controls: null,
    firstDate: null,
    lastDate: null,
  };
  let mapper: RowMapper | null = null;
  let controls: ControlTally | null = null;
  const records: StoredRecord[] = [];
  const reject = (line: number, cells: string[], code: string, message: string) => {
    const row: RowIssue = { line, code, message, raw: cells.join(profile.csv.delimiter).slice(0, MAX_RAW_CHARS) };
    tally.rejected++;
    writer.rejection(importId, row);
    if (tally.rejections.length < 200) tally.rejections.push(row);
  };
  try {
    for await (const batch of readCsv(chunks, { delimiter: profile.csv.delimiter, quote: profile.csv.quote })) {
      batch.rows.forEach((cells, index) => {
        const line = batch.lines[index] ?? 0;
        const role = splitter.classify(cells, line);
        if (role === 'no-header') throw headerMissing(profile, file);
        if (role === 'header') {
          const header = splitter.state.header ?? new Map<string, number>();
          const compiled = compileMapper(profile, header, { importId, file });
          if (!compiled.ok) throw new ImportAbort({ ...(compiled.issues[0] as Issue), line });
          mapper = compiled.value;
          const columns = new ColumnResolver(header, profile.clean.stripPrefixes);
          controls = compileControls(profile.controls, columns, clean);
          if (columns.missing.length > 0) {
            const names = columns.missing.map((name) => `"${name}"`).join(', ');
            throw new ImportAbort(
              issue('columns_missing', `The header has no column ${names} that the control totals read.`, {
                file,
                line,
              }),
            );
          }
          return;
        }
        if (role !== 'data' || !mapper) return;
        tally.rows++;
        const problem = batch.problems.get(index);
        if (problem) return reject(line, cells, 'csv_quote', problem);
        const before = records.length;
        const outcome = mapper(cells, line, records);
        if (!outcome.ok) return reject(line, cells, outcome.code, `Line ${line}: ${outcome.message}`);
        tally.imported++;
        controls?.observe(outcome.kind, cells, outcome.exponent);
        trackDates(tally, records[before]?.occurred_at ?? null);
      });
      tally.records += records.length;
      writer.records(records);
      records.length = 0;
      afterBatch();
    }
  } finally {
    writer.free();
  }
  if (!mapper) throw headerMissing(profile, file);
  tally.controls = controls;
  return tally;
}

function headerMissing(profile: Profile, file: string): ImportAbort {
  return new ImportAbort(
    issue(
      'header_missing',
      `No header row with ${profile.csv.header.find.map((n) => `"${n}"`).join(', ')} was found (profile ${profile.id}).`,
      { file },
    ),
  );
}

function trackDates(tally: ImportTally, occurredAt: string | null): void {
  if (occurredAt === null) return;
  const date = occurredAt.slice(0, 10);
  if (tally.firstDate === null || date < tally.firstDate) tally.firstDate = date;
  if (tally.lastDate === null || date > tally.lastDate) tally.lastDate = date;
}
