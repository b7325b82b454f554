import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Database } from 'sql.js';
import { queryAll, queryValue } from '../store/query.ts';
import { canonicalJson } from '../profile/versions.ts';

/** What an entry records; each is one decision or event a reviewer may ask about. */
export type AuditAction =
  | 'import'
  | 'import.remove'
  | 'run'
  | 'resolve'
  | 'reopen'
  | 'undo'
  | 'signoff.ready'
  | 'signoff.approve'
  | 'signoff.return'
  | 'setting.mask';

/** One action to record: who did what to which subject (`import #3`, `2024-03-01..2024-03-31`), when. */
export type AuditInput = {
  action: AuditAction;
  user: string;
  /** ISO 8601, from the host's clock. */
  at: string;
  subject: string;
  detail?: Record<string, unknown>;
};

/** An entry as the trail keeps it, with its place in the chain. */
export type AuditEntry = Required<AuditInput> & { seq: number; previous_hash: string; hash: string };

/** The previous hash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** Where the chain ends: the number of entries and the last one's hash (the genesis hash when empty). */
export type ChainHead = { entries: number; head: string };

/** sha256 over the previous entry's hash and this entry's canonical JSON. */
export function entryHash(previousHash: string, entry: Omit<AuditEntry, 'previous_hash' | 'hash'>): string {
  const { seq, at, user, action, subject, detail } = entry;
  const text = `${previousHash}\n${canonicalJson({ seq, at, user, action, subject, detail })}`;
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/**
 * Append one entry to the audit trail, chained to the last one. Runs inside the caller's
 * transaction, so the action and its entry are kept or dropped together.
 *
 * @example appendAudit(db, { action: 'resolve', user: 'li.wei', at: now(), subject: 'finding 12', detail: { reason } })
 */
export function appendAudit(db: Database, input: AuditInput): AuditEntry {
  const { entries, head } = chainHead(db);
  const entry = { seq: entries + 1, ...input, detail: input.detail ?? {} };
  const last = Number(queryValue(db, 'SELECT coalesce(max(seq), 0) FROM audit'));
  if (last !== entries) throw new Error(`the audit trail has gaps (${entries} entries up to #${last})`);
  const hash = entryHash(head, entry);
  db.run(
    `INSERT INTO audit (seq, at, user, action, subject, detail_json, previous_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    [entry.seq, entry.at, entry.user, entry.action, entry.subject, canonicalJson(entry.detail), head, hash],
  );
  return { ...entry, previous_hash: head, hash };
}

type AuditRow = Omit<AuditEntry, 'detail'> & { detail_json: string };

/** Every entry, oldest first (or only those of the given actions). */
export function auditEntries(db: Database, actions?: readonly AuditAction[]): AuditEntry[] {
  const where = actions ? `WHERE action IN (${actions.map(() => '?').join(', ')})` : '';
  return queryAll<AuditRow>(db, `SELECT * FROM audit ${where} ORDER BY seq`, [...(actions ?? [])]).map(
    ({ detail_json, ...row }) => ({ ...row, detail: parseDetail(detail_json) }),
  );
}

/** The number of entries and the hash of the last one, as stored. */
export function chainHead(db: Database): ChainHead {
  const row = db.exec('SELECT count(*), (SELECT hash FROM audit ORDER BY seq DESC LIMIT 1) FROM audit')[0]?.values[0];
  const head = row?.[1];
  return { entries: Number(row?.[0] ?? 0), head: typeof head === 'string' ? head : GENESIS_HASH };
}

function parseDetail(json: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(json);
    return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : { value: parsed };
  } catch {
    // A detail that is no longer JSON was edited by hand: the chain check names the entry.
    return { unreadable: json };
  }
}

/** The entries an undo reversed (each undo entry names the one it undoes). */
export function undoneEntries(db: Database): Set<number> {
  return new Set(auditEntries(db, ['undo']).map((entry) => Number(entry.detail.undoes)));
}
