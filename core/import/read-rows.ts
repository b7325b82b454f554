import { compileControls, type ControlTally } from '../normalize/controls.ts';
import { ColumnResolver } from '../normalize/columns.ts';
import { makeCleaner } from '../normalize/header.ts';
import { compileMapper, type RowMapper } from '../normalize/mapper.ts';
import { readMetadata } from '../normalize/metadata.ts';
import type { Profile } from '../profile/types.ts';
import { readCsv } from '../read/csv/read-csv.ts';
import { createTableSplitter } from '../read/csv/table.ts';
import { issue, type Issue } from '../result.ts';
import { currencyExponent } from '../currency.ts';
import type { CanonicalRecord } from '../canonical/record.ts';
import validateCanonicalRecord from '../generated/validate-canonical-record.js';
import { encodeRecords, type EncodedBatch } from '../store/encoded-batch.ts';
import { ImportAbort } from './import-abort.ts';
import type { ControlCheck, RowIssue } from './types.ts';

/** Totals of a read, once every row is through. */
export type RowTally = {
  rows: number;
  imported: number;
  rejected: number;
  records: number;
  /** Signed sum of the imported rows' amounts (derived records not counted), per currency. */
  netMinor: Record<string, number>;
  skippedLines: number;
  controls: ControlCheck[];
  metadata: Record<string, string>;
  /** Earliest and latest occurred_at dates (wall clock), for a period the file does not state. */
  firstDate: string | null;
  lastDate: string | null;
};

const MAX_RAW_CHARS = 2000;

/**
 * The rows of a decoded file through a profile: yields each chunk's records (encoded for the
 * store) and rejected rows; returns the totals with the file's own control figures checked.
 */
export async function* readRows(
  profile: Profile,
  chunks: AsyncIterable<string>,
  file: string,
): AsyncGenerator<{ batch: EncodedBatch; rejections: RowIssue[] }, RowTally> {
  const splitter = createTableSplitter(profile.csv, profile.clean.stripPrefixes);
  const clean = makeCleaner(profile.clean.trim, profile.clean.stripPrefixes);
  const tally = {
    rows: 0,
    imported: 0,
    rejected: 0,
    records: 0,
    netMinor: {} as Record<string, number>,
    firstDate: null as string | null,
    lastDate: null as string | null,
  };
  let mapper: RowMapper | null = null;
  let controls: ControlTally | null = null;
  const records: CanonicalRecord[] = [];
  let rejections: RowIssue[] = [];
  const reject = (line: number, cells: string[], code: string, message: string) => {
    tally.rejected++;
    rejections.push({ line, code, message, raw: cells.join(profile.csv.delimiter).slice(0, MAX_RAW_CHARS) });
  };
  for await (const batch of readCsv(chunks, { delimiter: profile.csv.delimiter, quote: profile.csv.quote })) {
    batch.rows.forEach((cells, index) => {
      const line = batch.lines[index] ?? 0;
      const role = splitter.classify(cells, line);
      if (role === 'no-header') throw headerMissing(profile, file);
      if (role === 'header') {
        ({ mapper, controls } = compileRow(profile, splitter.state.header ?? new Map(), clean, file, line));
        return;
      }
      if (role !== 'data' || !mapper) return;
      tally.rows++;
      const problem = batch.problems.get(index);
      if (problem) return reject(line, cells, 'csv_quote', `Line ${line}: ${problem}`);
      const before = records.length;
      const outcome = mapper(cells, line, records);
      if (!outcome.ok) return reject(line, cells, outcome.code, `Line ${line}: ${outcome.message}`);
      const invalid = firstInvalid(records, before);
      if (invalid !== null) {
        records.length = before;
        return reject(
          line,
          cells,
          'record_invalid',
          `Line ${line}: the record does not fit the canonical schema (${invalid})`,
        );
      }
      tally.imported++;
      controls?.observe(outcome.kind, cells, outcome.exponent);
      const record = records[before];
      if (record) {
        tally.netMinor[record.currency] = (tally.netMinor[record.currency] ?? 0) + record.amount_minor;
        trackDate(tally, record.occurred_at);
      }
    });
    tally.records += records.length;
    yield { batch: encodeRecords(records), rejections };
    records.length = 0;
    rejections = [];
  }
  if (!mapper) throw headerMissing(profile, file);
  const outer = splitter.state.outer;
  const exponent = 'value' in profile.currency ? (currencyExponent(profile.currency.value) ?? 2) : 2;
  return {
    ...tally,
    skippedLines: outer.length + 1,
    controls: (controls as ControlTally | null)?.finish(outer, exponent) ?? [],
    metadata: readMetadata(profile.metadata, outer, profile.timeZone),
  };
}

function compileRow(
  profile: Profile,
  header: Map<string, number>,
  clean: (value: string | undefined) => string,
  file: string,
  line: number,
): { mapper: RowMapper; controls: ControlTally } {
  const compiled = compileMapper(profile, header, { importId: 0, file });
  if (!compiled.ok) throw new ImportAbort({ ...(compiled.issues[0] as Issue), line });
  const columns = new ColumnResolver(header, profile.clean.stripPrefixes);
  const controls = compileControls(profile.controls, columns, clean);
  if (columns.missing.length > 0) {
    const names = columns.missing.map((name) => `"${name}"`).join(', ');
    throw new ImportAbort(
      issue('columns_missing', `The header has no column ${names} that the control totals read.`, { file, line }),
    );
  }
  return { mapper: compiled.value, controls };
}

/** The first schema error among records[from..], or null when they are all canonical. */
function firstInvalid(records: CanonicalRecord[], from: number): string | null {
  for (let i = from; i < records.length; i++) {
    if (validateCanonicalRecord(records[i])) continue;
    const error = validateCanonicalRecord.errors?.[0];
    return `${error?.instancePath || '/'} ${error?.message ?? 'is invalid'}`;
  }
  return null;
}

function headerMissing(profile: Profile, file: string): ImportAbort {
  const names = profile.csv.header.find.map((name) => `"${name}"`).join(', ');
  return new ImportAbort(
    issue('header_missing', `No header row with ${names} was found (profile ${profile.id}).`, { file }),
  );
}

function trackDate(tally: { firstDate: string | null; lastDate: string | null }, occurredAt: string | null): void {
  if (occurredAt === null) return;
  const date = occurredAt.slice(0, 10);
  if (tally.firstDate === null || date < tally.firstDate) tally.firstDate = date;
  if (tally.lastDate === null || date > tally.lastDate) tally.lastDate = date;
}
