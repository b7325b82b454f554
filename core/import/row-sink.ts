import type { CanonicalRecord, Kind } from '../canonical/record.ts';
import type { HeaderIndex } from '../normalize/header.ts';
import { compileMapper, type RowMapper } from '../normalize/mapper.ts';
import type { Profile } from '../profile/types.ts';
import type { Issue } from '../result.ts';
import type { EncodedBatch } from '../store/encoded-batch.ts';
import { RecordWriter } from '../store/record-writer.ts';
import { ImportAbort } from './import-abort.ts';
import type { RowIssue } from './types.ts';

/** Counts of the rows through a sink. rows = imported + rejected, always. */
export type SinkTally = {
  rows: number;
  imported: number;
  rejected: number;
  records: number;
  /** Signed sum of the imported rows' amounts (derived records not counted), per currency. */
  netMinor: Record<string, number>;
  /** The occurred_at of a record on the earliest and on the latest date (each record's own wall clock), for a period the file does not state. */
  firstAt: string | null;
  lastAt: string | null;
};

/** Why the reader could not read a row at all (an unbalanced quote, an unreadable entry). */
export type RowProblem = { code: string; message: string };

/** What an imported row was, for control totals that count or sum rows by kind. */
export type RowSeen = (kind: Kind, cells: string[], exponent: number, record: CanonicalRecord) => void;

const MAX_RAW_CHARS = 2000;

/**
 * Where every data row of a file ends: mapped through the profile into canonical records,
 * written into the store's encoded batch only when they meet every rule of the canonical
 * schema, or rejected with its reason and line. {@link RowSink.take} hands the batch on.
 */
export class RowSink {
  readonly tally: SinkTally = {
    rows: 0,
    imported: 0,
    rejected: 0,
    records: 0,
    netMinor: {},
    firstAt: null,
    lastAt: null,
  };
  private mapper: RowMapper | null = null;
  /** The records of the row being mapped (its main record and those derived from it). */
  private readonly mapped: CanonicalRecord[] = [];
  private readonly writer = new RecordWriter();
  private rejections: RowIssue[] = [];

  constructor(
    private readonly profile: Profile,
    private readonly file: string,
    private readonly joiner: string,
  ) {}

  get ready(): boolean {
    return this.mapper !== null;
  }

  /** Compile the profile against the file's header (or the reader's columns). */
  useHeader(header: HeaderIndex, line: number): void {
    const compiled = compileMapper(this.profile, header, { importId: 0, file: this.file });
    if (!compiled.ok) throw new ImportAbort({ ...(compiled.issues[0] as Issue), line });
    this.mapper = compiled.value;
  }

  /**
   * One data row: imported (and shown to `seen`), or rejected with the reader's `problem` or the
   * mapper's reason. `member` names the archive member the row is in.
   */
  row(cells: string[], line: number, problem?: RowProblem, seen?: RowSeen, member: string | null = null): void {
    const { tally, mapped: records } = this;
    tally.rows++;
    if (problem !== undefined) return this.reject(line, cells, problem.code, `Line ${line}: ${problem.message}`);
    if (!this.mapper) throw new Error('RowSink.row before useHeader');
    records.length = 0;
    const outcome = this.mapper(cells, line, records);
    if (!outcome.ok) return this.reject(line, cells, outcome.code, `Line ${line}: ${outcome.message}`);
    const invalid = this.writer.writeRow(records, { member, raw: this.raw(cells) });
    if (invalid !== null)
      return this.reject(
        line,
        cells,
        'record_invalid',
        `Line ${line}: the record does not fit the canonical schema (${invalid})`,
      );
    tally.imported++;
    const record = outcome.record;
    seen?.(outcome.kind, cells, outcome.exponent, record);
    tally.netMinor[record.currency] = (tally.netMinor[record.currency] ?? 0) + outcome.net;
    trackDate(tally, record.occurred_at);
  }

  private reject(line: number, cells: string[], code: string, message: string): void {
    this.tally.rejected++;
    this.rejections.push({ line, code, message, raw: this.raw(cells) });
  }

  /** A row's cells as the file has them: joined by its delimiter, long ones cut. */
  private raw(cells: string[]): string {
    return cells.join(this.joiner).slice(0, MAX_RAW_CHARS);
  }

  /** The records and rejections collected since the last call, encoded for the store. */
  take(): { batch: EncodedBatch; rejections: RowIssue[] } {
    this.tally.records += this.writer.length;
    const taken = { batch: this.writer.take(), rejections: this.rejections };
    this.rejections = [];
    return taken;
  }
}

function trackDate(tally: SinkTally, occurredAt: string | null): void {
  if (occurredAt === null) return;
  const date = occurredAt.slice(0, 10);
  if (tally.firstAt === null || date < tally.firstAt.slice(0, 10)) tally.firstAt = occurredAt;
  if (tally.lastAt === null || date > tally.lastAt.slice(0, 10)) tally.lastAt = occurredAt;
}
