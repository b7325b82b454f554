import type { Database } from 'sql.js';
import type { Issue } from '../result.ts';
import { queryAll } from '../store/workspace.ts';
import { epochSeconds } from '../time.ts';
import { commonEntries } from './entry-prints.ts';
import type { ImportPrints } from './import-prints.ts';

/**
 * What to do with a file that looks like a statement already imported: refuse it (the
 * default), replace the earlier import with it, or keep both.
 */
export type OverlapPolicy = 'refuse' | 'replace' | 'allow';

/**
 * An earlier import the new file repeats. The rule: the same bytes, or the same side, source
 * and account, periods that overlap, and at least half of the smaller import's entries (see
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

/** The new import, as far as the rule reads it. */
export type Incoming = {
  import_id: number;
  sha256: string;
  side: string;
  source: string;
  account: string | null;
  period_start: string | null;
  period_end: string | null;
  records: number;
  batch: string | null;
  /** Its entry prints in ascending order. */
  sorted: () => Float64Array;
};

type Candidate = {
  id: number;
  file: string;
  sha256: string;
  side: string;
  source: string;
  period_start: string | null;
  period_end: string | null;
  records: number;
  summary_json: string;
};

/** A day of slack on each side: periods written in different forms (dates, zones) still meet. */
const PERIOD_SLACK_SECONDS = 86_400;

/** Every earlier import the new one repeats, most identical first. */
export function findOverlaps(db: Database, incoming: Incoming, prints: ImportPrints): Overlap[] {
  const candidates = queryAll<Candidate>(
    db,
    `SELECT id, file, sha256, side, source, period_start, period_end, records, summary_json FROM import
     WHERE id <> ? AND (sha256 = ? OR (side = ? AND source = ?))`,
    [incoming.import_id, incoming.sha256, incoming.side, incoming.source],
  );
  const found: Overlap[] = [];
  for (const candidate of candidates) {
    const overlap = measure(db, incoming, candidate, prints);
    if (overlap) found.push(overlap);
  }
  return found.sort((a, b) => b.identical * a.compared - a.identical * b.compared || a.import_id - b.import_id);
}

function measure(db: Database, incoming: Incoming, candidate: Candidate, prints: ImportPrints): Overlap | null {
  const sameBytes = candidate.sha256 === incoming.sha256;
  const compared = Math.min(incoming.records, Number(candidate.records));
  const overlap = (identical: number): Overlap => ({
    import_id: Number(candidate.id),
    file: candidate.file,
    period_start: candidate.period_start,
    period_end: candidate.period_end,
    identical,
    compared,
    same_bytes: sameBytes,
    same_batch: incoming.batch !== null && prints.batch(Number(candidate.id)) === incoming.batch,
  });
  if (sameBytes) return overlap(compared);
  if (compared === 0 || !sameAccount(incoming.account, candidate) || !periodsMeet(incoming, candidate)) return null;
  const identical = commonEntries(incoming.sorted(), prints.sorted(db, Number(candidate.id)));
  return identical * 2 >= compared ? overlap(identical) : null;
}

function sameAccount(account: string | null, candidate: Candidate): boolean {
  if (account === null) return true;
  const theirs = (JSON.parse(candidate.summary_json) as { metadata?: Record<string, string> }).metadata?.account;
  return theirs === undefined || theirs === account;
}

type Period = { period_start: string | null; period_end: string | null };

/** Whether two periods meet; a period not known, or not readable, meets any other. */
function periodsMeet(a: Period, b: Period): boolean {
  const [aStart, aEnd, bStart, bEnd] = [a.period_start, a.period_end, b.period_start, b.period_end].map(instant);
  if ([aStart, aEnd, bStart, bEnd].some((value) => value === null || Number.isNaN(value))) return true;
  return (aStart ?? 0) <= (bEnd ?? 0) + PERIOD_SLACK_SECONDS && (bStart ?? 0) <= (aEnd ?? 0) + PERIOD_SLACK_SECONDS;
}

const instant = (value: string | null): number | null => (value === null ? null : epochSeconds(value));

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

/** What became of the earlier imports a stored file repeats. */
export type OverlapOutcome = { replaced: number[]; kept_beside: number[] };

/**
 * Apply the policy inside the import's transaction: refuse (the caller rolls back), delete the
 * earlier imports with their records and rejections, or keep both.
 */
export function settleOverlaps(
  db: Database,
  file: string,
  overlaps: readonly Overlap[],
  policy: OverlapPolicy,
): { ok: true; outcome: OverlapOutcome } | { ok: false; issue: OverlapIssue } {
  const ids = overlaps.map((overlap) => overlap.import_id);
  const [first] = overlaps;
  if (first && policy === 'refuse') return { ok: false, issue: overlapIssue(file, first) };
  if (policy !== 'replace' || ids.length === 0) return { ok: true, outcome: { replaced: [], kept_beside: ids } };
  db.run(`DELETE FROM import WHERE id IN (${ids.map(() => '?').join(', ')})`, ids);
  return { ok: true, outcome: { replaced: ids, kept_beside: [] } };
}
