import type { Database } from 'sql.js';
import type { ControlTally, OuterRow } from '../normalize/controls.ts';
import { readMetadata } from '../normalize/metadata.ts';
import type { Profile } from '../profile/types.ts';
import { currencyExponent } from '../currency.ts';
import { formatWallTime, wallToInstant } from '../time.ts';
import { queryValue } from '../store/workspace.ts';
import type { ByteSource, ControlStatus, ImportSummary, RowIssue } from './types.ts';

/** What reading the rows produced, before the import row is written. */
export type ImportTally = {
  rows: number;
  imported: number;
  rejected: number;
  records: number;
  outer: OuterRow[];
  rejections: RowIssue[];
  controls: ControlTally | null;
  /** Earliest and latest occurred_at dates (wall clock), for a period the file does not state. */
  firstDate: string | null;
  lastDate: string | null;
};

/** Insert the import row first, so records can reference its id. */
export function startImport(db: Database, start: { file: string; profile: Profile; now: string }): number {
  const { profile } = start;
  db.run(
    `INSERT INTO import (file, sha256, bytes, profile_id, profile_version, side, source, encoding, rows, imported, rejected,
       records, time_zone, summary_json, imported_at) VALUES (?, '', 0, ?, ?, ?, ?, '', 0, 0, 0, 0, ?, '{}', ?)`,
    [start.file, profile.id, profile.version, profile.side, sourceLabel(profile), profile.timeZone, start.now],
  );
  return Number(queryValue(db, 'SELECT last_insert_rowid()'));
}

export type FinishInput = {
  file: ByteSource;
  sha256: string;
  bytes: number;
  profile: Profile;
  confidence: number;
  encoding: string;
  tally: ImportTally;
};

/** Check control totals, read metadata and the period, and complete the import row. */
export function finishImport(db: Database, importId: number, input: FinishInput): ImportSummary {
  const { profile, tally } = input;
  const exponent = 'value' in profile.currency ? (currencyExponent(profile.currency.value) ?? 2) : 2;
  const controls = tally.controls?.finish(tally.outer, exponent) ?? [];
  const metadata = readMetadata(profile.metadata, tally.outer, profile.timeZone);
  const period = statedOrObservedPeriod(metadata, tally, profile.timeZone);
  const duplicate = queryValue(db, 'SELECT min(id) FROM import WHERE sha256 = ? AND id <> ?', [input.sha256, importId]);
  const controlStatus: ControlStatus =
    controls.length === 0 ? 'none' : controls.every((c) => c.holds) ? 'holds' : 'mismatch';
  const summary: ImportSummary = {
    import_id: importId,
    file: input.file.name,
    sha256: input.sha256,
    bytes: input.bytes,
    profile_id: profile.id,
    profile_version: profile.version,
    profile_name: profile.name,
    side: profile.side,
    source: sourceLabel(profile),
    format: profile.format,
    encoding: input.encoding,
    rows: tally.rows,
    imported: tally.imported,
    rejected: tally.rejected,
    records: tally.records,
    skipped_lines: tally.outer.length + 1,
    period_start: period.start,
    period_end: period.end,
    metadata: { ...metadata, detection_confidence: String(input.confidence) },
    controls,
    control_status: controlStatus,
    rejections: tally.rejections,
    duplicate_of: duplicate === null || duplicate === undefined ? null : Number(duplicate),
  };
  db.run(
    `UPDATE import SET sha256 = ?, bytes = ?, encoding = ?, rows = ?, imported = ?, rejected = ?, records = ?,
       period_start = ?, period_end = ?, summary_json = ? WHERE id = ?`,
    [
      input.sha256,
      input.bytes,
      input.encoding,
      tally.rows,
      tally.imported,
      tally.rejected,
      tally.records,
      period.start,
      period.end,
      JSON.stringify(summary),
      importId,
    ],
  );
  return summary;
}

const sourceLabel = (profile: Profile): string => ('value' in profile.source ? profile.source.value : 'mixed');

/** The period the file states (its header), else whole days from its first to its last row. */
function statedOrObservedPeriod(
  metadata: Record<string, string>,
  tally: ImportTally,
  zone: string,
): { start: string | null; end: string | null } {
  if (metadata.period_start && metadata.period_end) return { start: metadata.period_start, end: metadata.period_end };
  if (tally.firstDate === null || tally.lastDate === null) return { start: null, end: null };
  return { start: startOfDay(tally.firstDate, zone, 0), end: startOfDay(tally.lastDate, zone, 1) };
}

function startOfDay(date: string, zone: string, plusDays: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(year, month - 1, day + plusDays));
  const wall = {
    year: next.getUTCFullYear(),
    month: next.getUTCMonth() + 1,
    day: next.getUTCDate(),
    hour: 0,
    minute: 0,
    second: 0,
  };
  return formatWallTime(wall, wallToInstant(wall, zone).offsetMinutes);
}
