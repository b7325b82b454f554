import type { Database } from 'sql.js';
import { queryAll } from '../store/query.ts';
import { entryHash, GENESIS_HASH, type AuditEntry, type ChainHead } from './audit.ts';
import { canonicalJson } from '../profile/versions.ts';

/**
 * The audit trail checked entry by entry: numbered 1, 2, … without gaps, each entry's
 * `previous_hash` the hash before it, and each hash recomputed from the entry's content.
 * `broken_at` is the first entry that fails, with the reason; the head is what is stored.
 */
export type ChainVerdict = ChainHead & { intact: boolean; broken_at?: number; problem?: string };

type StoredRow = Omit<AuditEntry, 'detail'> & { detail_json: string };

/** Check the whole audit trail (a workspace without one has an empty, intact trail). */
export function verifyAuditChain(db: Database): ChainVerdict {
  const hasTrail = db.exec(`SELECT 1 FROM pragma_table_list WHERE name = 'audit' AND type = 'table'`).length > 0;
  if (!hasTrail) return { entries: 0, head: GENESIS_HASH, intact: true };
  let previous = GENESIS_HASH;
  let broken: { at: number; problem: string } | null = null;
  const hashes: string[] = [];
  const rows = queryAll<StoredRow>(db, 'SELECT * FROM audit ORDER BY seq');
  for (const row of rows) {
    const problem = entryProblem(row, previous, hashes.length + 1) ?? signoffProblem(row, hashes);
    if (problem !== null) {
      broken = { at: Number(row.seq), problem };
      break;
    }
    previous = row.hash;
    hashes.push(row.hash);
  }
  const last = rows[rows.length - 1];
  const head = { entries: rows.length, head: last ? String(last.hash) : GENESIS_HASH };
  return broken === null
    ? { ...head, intact: true }
    : { ...head, intact: false, broken_at: broken.at, problem: broken.problem };
}

function entryProblem(row: StoredRow, previous: string, expectedSeq: number): string | null {
  if (Number(row.seq) !== expectedSeq) return `entry #${expectedSeq} is missing (the next one is #${row.seq})`;
  if (row.previous_hash !== previous) return `entry #${row.seq} does not follow the entry before it`;
  let detail: unknown;
  try {
    detail = JSON.parse(row.detail_json);
  } catch {
    return `entry #${row.seq} has a detail that is not JSON`;
  }
  if (canonicalJson(detail) !== row.detail_json) return `entry #${row.seq} was edited (its detail is not as written)`;
  const hash = entryHash(previous, { ...row, seq: Number(row.seq), detail: detail as Record<string, unknown> });
  return hash === row.hash ? null : `entry #${row.seq} was edited (its content does not give its hash)`;
}

/**
 * A sign-off recorded the chain's count and head as they stood: a chain whose hashes were recomputed
 * after an edit before it no longer has that head there.
 */
function signoffProblem(row: StoredRow, hashes: readonly string[]): string | null {
  if (!row.action.startsWith('signoff.')) return null;
  const { chain_entries: count, chain_head: head } = JSON.parse(row.detail_json) as Record<string, unknown>;
  const stood = typeof count === 'number' && count > 0 ? hashes[count - 1] : GENESIS_HASH;
  return stood === head
    ? null
    : `entry #${row.seq}, a sign-off, recorded a chain head the entries before it no longer give`;
}

/** One sentence for a person: the chain holds (with its head), or where it breaks. */
export function chainSentence(verdict: ChainVerdict): string {
  const head = `${verdict.entries} entries, head ${verdict.head}`;
  return verdict.intact
    ? `The audit trail is intact (${head}).`
    : `The audit trail was changed outside ReconDesk: ${verdict.problem ?? 'it does not verify'} (${head}).`;
}
