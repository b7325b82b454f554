import type { Database } from 'sql.js';
import type { Profile } from '../profile/types.ts';
import { recordSource } from '../profile/role.ts';
import { canonicalJson } from '../profile/versions.ts';
import type { StoredTotals } from '../store/stored-totals.ts';
import { nextImportId } from '../ledger/import-ids.ts';
import { queryValue } from '../store/workspace.ts';
import type { OverlapOutcome } from './overlap.ts';
import type { ReadTotals } from './types.ts';
import { controlStatus, type Detection, type ImportSummary, type RowIssue } from './types.ts';

/**
 * Insert the import row first, so records can reference its id; the profile version's content is
 * kept under its hash (once per workspace) and the import points to it.
 */
export function startImport(
  db: Database,
  start: { file: string; profile: Profile; hash: string; now: string },
): number {
  const { profile, hash } = start;
  db.run(
    'INSERT OR IGNORE INTO profile_version (content_hash, profile_id, profile_version, content_json) VALUES (?, ?, ?, ?)',
    [hash, profile.id, profile.version, canonicalJson(profile)],
  );
  db.run(
    `INSERT INTO import (id, file, sha256, bytes, profile_id, profile_version, profile_hash, side, source, encoding, rows,
       imported, rejected, records, time_zone, summary_json, imported_at)
       VALUES (?, ?, '', 0, ?, ?, ?, ?, ?, '', 0, 0, 0, 0, ?, '{}', ?)`,
    [
      nextImportId(db),
      start.file,
      profile.id,
      profile.version,
      hash,
      profile.side,
      sourceLabel(profile),
      profile.timeZone,
      start.now,
    ],
  );
  return Number(queryValue(db, 'SELECT last_insert_rowid()'));
}

export type FinishInput = {
  file: string;
  profile: Profile;
  /** The profile version's content hash. */
  hash: string;
  encoding: string;
  detection: Detection;
  totals: ReadTotals;
  /** What the import wrote to the record table. */
  stored: StoredTotals;
  /** The first rejected rows, kept in the summary (the workspace has all of them). */
  rejections: RowIssue[];
  /** The earlier imports it repeats, replaced or kept beside it. */
  overlap: OverlapOutcome;
};

/** Complete the import row with the read's totals; notes an earlier import of the same bytes. */
export function finishImport(db: Database, importId: number, input: FinishInput): ImportSummary {
  const { profile, totals } = input;
  const duplicate = queryValue(db, 'SELECT min(id) FROM import WHERE sha256 = ? AND id <> ?', [
    totals.sha256,
    importId,
  ]);
  const controls = totals.controls;
  const summary: ImportSummary = {
    import_id: importId,
    file: input.file,
    sha256: totals.sha256,
    bytes: totals.bytes,
    profile_id: profile.id,
    profile_version: profile.version,
    profile_hash: input.hash,
    profile_name: profile.name,
    side: profile.side,
    source: sourceLabel(profile),
    format: profile.format,
    encoding: input.encoding,
    detection: input.detection,
    rows: totals.rows,
    imported: totals.imported,
    rejected: totals.rejected,
    records: totals.records,
    stored: input.stored,
    entries: totals.entries,
    net_minor: totals.net_minor,
    skipped_lines: totals.skipped_lines,
    period_start: totals.period_start,
    period_end: totals.period_end,
    metadata: totals.metadata,
    warnings: totals.warnings,
    controls,
    control_status: controlStatus(controls),
    rejections: input.rejections,
    duplicate_of: duplicate === null || duplicate === undefined ? null : Number(duplicate),
    overlaps_with: input.overlap.kept_beside,
    replaced: input.overlap.replaced,
  };
  db.run(
    `UPDATE import SET sha256 = ?, bytes = ?, encoding = ?, rows = ?, imported = ?, rejected = ?, records = ?,
       period_start = ?, period_end = ?, summary_json = ? WHERE id = ?`,
    [
      totals.sha256,
      totals.bytes,
      input.encoding,
      totals.rows,
      totals.imported,
      totals.rejected,
      totals.records,
      totals.period_start,
      totals.period_end,
      JSON.stringify(summary),
      importId,
    ],
  );
  return summary;
}

/** The import's source: the profile's fixed one (a fund bill's fund source), or `mixed` when each row names its own. */
export const sourceLabel = (profile: Profile): string =>
  'value' in profile.source ? recordSource(profile, profile.source.value) : 'mixed';
