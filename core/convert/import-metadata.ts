import type { ImportSummary } from '../import/types.ts';

/** What a converted file says about where its records came from. */
export type ImportMetadata = Omit<ImportSummary, 'rejections'>;

/**
 * An import's metadata in a fixed key order, without the sample of rejected rows
 * (those are row data, not metadata; the workspace and the diff workbook keep them).
 *
 * @example importMetadata(summary).sha256 // 'ab12…'
 */
export function importMetadata(summary: ImportSummary): ImportMetadata {
  return {
    import_id: summary.import_id,
    file: summary.file,
    sha256: summary.sha256,
    bytes: summary.bytes,
    profile_id: summary.profile_id,
    profile_version: summary.profile_version,
    profile_name: { en: summary.profile_name.en, 'zh-CN': summary.profile_name['zh-CN'] },
    side: summary.side,
    source: summary.source,
    format: summary.format,
    encoding: summary.encoding,
    detection: { confidence: summary.detection.confidence, runner_up: summary.detection.runner_up },
    rows: summary.rows,
    imported: summary.imported,
    rejected: summary.rejected,
    records: summary.records,
    entries: summary.entries,
    net_minor: { ...summary.net_minor },
    skipped_lines: summary.skipped_lines,
    period_start: summary.period_start,
    period_end: summary.period_end,
    metadata: summary.metadata,
    warnings: summary.warnings.map((said) => ({ ...said })),
    controls: summary.controls.map((check) => ({ ...check })),
    control_status: summary.control_status,
    duplicate_of: summary.duplicate_of,
  };
}
