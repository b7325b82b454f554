import type { Database } from 'sql.js';
import { queryAll } from '../store/workspace.ts';
import { epochSeconds } from '../time.ts';
import { commonEntries } from './entry-prints.ts';
import type { ImportPrints } from './import-prints.ts';
import { overlapIssue, type Overlap, type OverlapIssue, type OverlapPolicy } from './overlap-issue.ts';

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

/** Every earlier import the new one repeats, most identical first. */
export function findOverlaps(db: Database, incoming: Incoming, prints: ImportPrints): Overlap[] {
  const candidates = queryAll<Candidate>(
    db,
    `SELECT id, file, sha256, side, source, period_start, period_end, records, summary_json FROM import
     WHERE id <> ? AND (sha256 = ? OR (side = ? AND (source = ? OR source = 'mixed' OR ? = 'mixed')))`,
    [incoming.import_id, incoming.sha256, incoming.side, incoming.source, incoming.source],
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

/**
 * Whether two periods overlap; a period not known, or not readable, overlaps any other. Periods
 * that only touch (one day's end is the next day's start) do not, unless one is a single instant.
 */
export function periodsMeet(a: Period, b: Period): boolean {
  const [aStart, aEnd, bStart, bEnd] = [a.period_start, a.period_end, b.period_start, b.period_end].map(instant);
  if (aStart === undefined || aEnd === undefined || bStart === undefined || bEnd === undefined) return true;
  const latestStart = Math.max(aStart, bStart);
  const earliestEnd = Math.min(aEnd, bEnd);
  return latestStart < earliestEnd || (latestStart === earliestEnd && (aStart === aEnd || bStart === bEnd));
}

/** The period bound in epoch seconds; undefined when it is not known or not readable. */
function instant(value: string | null): number | undefined {
  const seconds = value === null ? Number.NaN : epochSeconds(value);
  return Number.isNaN(seconds) ? undefined : seconds;
}

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
