import type { CanonicalRecord } from '../canonical/record.ts';
import type { ControlCheck, ControlStatus, RowIssue } from '../import/types.ts';
import type { Issue } from '../result.ts';
import type { SampleRead } from './sample.ts';

/** What a live preview shows for one sample file read with a draft. */
export type ProfilePreview = {
  file: string;
  /** The first rows as the file has them. */
  head: string[];
  /** The first canonical records they become. */
  records: CanonicalRecord[];
  rows: number;
  imported: number;
  rejected: number;
  /** Every rejected row with its reason. */
  rejections: RowIssue[];
  control: ControlStatus | null;
  controls: ControlCheck[];
  net_minor: Record<string, number>;
  /** This profile's detection confidence on the file (0 when its fingerprint does not fit at all). */
  confidence: number;
  /** Why the profile cannot read the file at all. */
  error: Issue | null;
};

const PREVIEW_RECORDS = 10;

/** The preview of a sample read: its first rows both ways, its rejections, controls and confidence. */
export function previewOf(read: SampleRead): ProfilePreview {
  const summary = read.summary;
  return {
    file: read.file,
    head: read.head,
    records: read.records.slice(0, PREVIEW_RECORDS),
    rows: summary?.rows ?? 0,
    imported: summary?.imported ?? 0,
    rejected: summary?.rejected ?? 0,
    rejections: read.rejections,
    control: summary?.control_status ?? null,
    controls: summary?.controls ?? [],
    net_minor: summary?.net_minor ?? {},
    confidence: summary?.detection.confidence ?? 0,
    error: read.error,
  };
}
