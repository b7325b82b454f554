import type { CanonicalRecord } from '../canonical/record.ts';
import type { ImportSummary, RowIssue } from '../import/types.ts';
import type { Issue } from '../result.ts';

/** A sample file read with one profile, apart from any workspace: what a dry run compares. */
export type SampleRead = {
  file: string;
  /** The first rows as the file has them (lines of text, or a sheet's cells joined by TAB). */
  head: string[];
  /** The import as it would be, or why the profile cannot read the file. */
  summary: ImportSummary | null;
  error: Issue | null;
  records: CanonicalRecord[];
  /** Every rejected row with its reason (not only the first ones an import keeps in its summary). */
  rejections: RowIssue[];
};
