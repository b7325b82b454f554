import type { Profile } from '../profile/types.ts';
import type { Issue } from '../result.ts';
import type { EncodedBatch } from '../store/encoded-batch.ts';
import type { DetectedBy, ReadTotals, RowIssue, RunnerUp } from './types.ts';

/**
 * What reading a file produces, in order: `start` (the profile chosen), `batch`es of records and
 * rejected rows, then `end` (totals, controls, metadata) — or `error` at any point. Plain data,
 * so a reader can run on another thread than the store.
 */
export type ReadEvent =
  | {
      type: 'start';
      profile_id: string;
      profile_version: number;
      /** The content that reads the file, and its content hash: the import is pinned to it. */
      profile: Profile;
      profile_hash: string;
      detected_by: DetectedBy;
      confidence: number;
      /** A profile that fits nearly as well, shown beside the chosen one. */
      runner_up: RunnerUp | null;
      encoding: string;
    }
  | { type: 'batch'; batch: EncodedBatch; rejections: RowIssue[]; bytes_read: number }
  | { type: 'end'; totals: ReadTotals }
  | { type: 'error'; issue: Issue };
