import type { Issue } from '../result.ts';

/**
 * What to do with a file that looks like a statement already imported: refuse it (the
 * default), replace the earlier import with it, or keep both.
 */
export type OverlapPolicy = 'refuse' | 'replace' | 'allow';

/**
 * An earlier import the new file repeats. The rule: the same bytes, or the same side, source
 * (an import whose rows each name their own, like a canonical file, may repeat any) and account,
 * periods that overlap, and at least half of the smaller import's entries (see
 * `ENTRY_FIELDS`) identical in the other, each entry counted as often as both have it. Rows
 * repeated inside one file are never compared with each other.
 */
export type Overlap = {
  import_id: number;
  file: string;
  period_start: string | null;
  period_end: string | null;
  /** Entries both imports have. */
  identical: number;
  /** Entries of the smaller import: the share is identical / compared. */
  compared: number;
  same_bytes: boolean;
  /** The earlier import came with this file (the same CLI call, the same drop). */
  same_batch: boolean;
};

/** The refusal of a repeated statement, with the earlier import the app can offer to replace. */
export type OverlapIssue = Issue & { code: 'overlap'; import_id: number; overlap: Overlap };

export const isOverlapIssue = (value: Issue): value is OverlapIssue =>
  value.code === 'overlap' && 'overlap' in value && 'import_id' in value;

/** "looks like a statement already imported: import #3 (wechat.csv, period …, 100% of 1,568 entries identical)". */
export function overlapIssue(file: string, overlap: Overlap): OverlapIssue {
  const earlier = overlap.same_batch ? `the file ${overlap.file} of this run` : `import #${overlap.import_id}`;
  const details = [
    ...(overlap.same_batch ? [] : [overlap.file]),
    periodText(overlap),
    shareText(overlap),
    ...(overlap.same_bytes ? ['the same bytes'] : []),
  ];
  return {
    code: 'overlap',
    message: `looks like a statement already imported: ${earlier} (${details.join(', ')})`,
    file,
    import_id: overlap.import_id,
    overlap,
  };
}

const periodText = ({ period_start, period_end }: Overlap): string =>
  period_start === null || period_end === null ? 'no period stated' : `${period_start} to ${period_end}`;

/** The share rounded down, so 99.9% never reads as 100%. */
export const sharePercent = ({ identical, compared }: Overlap): number =>
  compared === 0 ? 100 : Math.floor((identical * 100) / compared);

const shareText = (overlap: Overlap): string =>
  `${sharePercent(overlap)}% of ${overlap.compared.toLocaleString('en-US')} entries identical`;
