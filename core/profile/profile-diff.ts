import type { CanonicalRecord } from '../canonical/record.ts';
import type { ControlStatus, RowIssue } from '../import/types.ts';
import type { SampleRead } from './sample.ts';

/** One field of a record that reads differently. */
export type FieldChange = { field: string; before: unknown; after: unknown };

/** A record's identity in a dry run: its source file and line, and its place among the records of that line. */
export type RecordKey = { file: string; line: number; index: number };

/**
 * The dry-run diff of two profile versions on one sample file: records added, removed and
 * changed field by field, rejections that appeared or disappeared, control status and detection
 * confidence before → after.
 */
export type FileDiff = {
  file: string;
  added: (RecordKey & { record: CanonicalRecord })[];
  removed: (RecordKey & { record: CanonicalRecord })[];
  changed: (RecordKey & { changes: FieldChange[] })[];
  unchanged: number;
  rejections_appeared: RowIssue[];
  rejections_disappeared: RowIssue[];
  control: { before: ControlStatus | null; after: ControlStatus | null };
  detection: { before: number; after: number };
  /** Why a version cannot read the file at all. */
  error: { before: string | null; after: string | null };
};

const COMPARED: readonly (keyof CanonicalRecord)[] = [
  'side',
  'source',
  'kind',
  'order_ref',
  'channel_ref',
  'refund_ref',
  'batch_ref',
  'amount_minor',
  'currency',
  'fee_minor',
  'fee_rate_ppm',
  'net_minor',
  'status',
  'raw_status',
  'occurred_at',
  'booked_on',
  'value_on',
  'counterparty',
  'description',
];

/** Compare what two versions read from the same file. */
export function diffSample(before: SampleRead, after: SampleRead): FileDiff {
  const old = keyed(before.records);
  const next = keyed(after.records);
  const diff: FileDiff = {
    file: after.file,
    added: [],
    removed: [],
    changed: [],
    unchanged: 0,
    rejections_appeared: missingFrom(after.rejections, before.rejections),
    rejections_disappeared: missingFrom(before.rejections, after.rejections),
    control: { before: before.summary?.control_status ?? null, after: after.summary?.control_status ?? null },
    detection: { before: before.summary?.detection.confidence ?? 0, after: after.summary?.detection.confidence ?? 0 },
    error: { before: before.error?.message ?? null, after: after.error?.message ?? null },
  };
  for (const [id, { key, record }] of next) {
    const was = old.get(id);
    if (!was) diff.added.push({ ...key, record });
    else {
      const changes = COMPARED.filter((field) => record[field] !== was.record[field]).map((field) => ({
        field,
        before: was.record[field],
        after: record[field],
      }));
      if (changes.length > 0) diff.changed.push({ ...key, changes });
      else diff.unchanged++;
    }
  }
  for (const [id, { key, record }] of old) if (!next.has(id)) diff.removed.push({ ...key, record });
  return diff;
}

/** True when the two versions read the file alike. */
export const sameReading = (diff: FileDiff): boolean =>
  diff.added.length + diff.removed.length + diff.changed.length === 0 &&
  diff.rejections_appeared.length + diff.rejections_disappeared.length === 0 &&
  diff.control.before === diff.control.after &&
  diff.error.before === diff.error.after;

function keyed(records: CanonicalRecord[]): Map<string, { key: RecordKey; record: CanonicalRecord }> {
  const map = new Map<string, { key: RecordKey; record: CanonicalRecord }>();
  const perLine = new Map<number, number>();
  for (const record of records) {
    const line = record.trace.line;
    const index = perLine.get(line) ?? 0;
    perLine.set(line, index + 1);
    map.set(`${line}#${index}`, { key: { file: record.trace.file, line, index }, record });
  }
  return map;
}

/** Rejections of `rows` that `other` does not have (same line and reason). */
function missingFrom(rows: RowIssue[], other: RowIssue[]): RowIssue[] {
  const seen = new Set(other.map((row) => `${row.line}\u0000${row.message}`));
  return rows.filter((row) => !seen.has(`${row.line}\u0000${row.message}`));
}
