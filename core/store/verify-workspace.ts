import type { Database, SqlJsStatic } from 'sql.js';
import { fail, issue, ok, type Issue, type Result } from '../result.ts';
import { verifyAuditChain, type ChainVerdict } from '../ledger/audit-chain.ts';
import { APPLICATION_ID, SCHEMA_VERSION } from './schema.ts';

/**
 * What a workspace file that passed every check holds, for a person choosing between copies, and
 * whether its audit trail still verifies: an edit made with a plain SQLite tool that did not rebuild
 * the chain opens, but is shown (`audit.intact` false, the first entry that fails named).
 */
export type WorkspaceFacts = { schema_version: number; imports: number; runs: number; audit: ChainVerdict };

const SQLITE_MAGIC = new TextEncoder().encode('SQLite format 3\0');
const HEADER_BYTES = 100;

const refusal = (code: string, why: string): Issue => issue(code, `The workspace ${why}.`);

const bigEndian32 = (bytes: Uint8Array, at: number): number =>
  (((bytes[at] ?? 0) << 24) | ((bytes[at + 1] ?? 0) << 16) | ((bytes[at + 2] ?? 0) << 8) | (bytes[at + 3] ?? 0)) >>> 0;

/**
 * The header's own account of the file: the magic string, a page size that SQLite can write
 * (offset 16; 1 means 65536), a length of whole pages, and no fewer pages than the header counts
 * (offset 28, trusted only when the change counter at 24 matches the one at 92). Cheap; catches a
 * file cut short, which SQLite itself may only notice on the page that is missing.
 */
export function checkSqliteHeader(bytes: Uint8Array): Issue | null {
  if (bytes.byteLength < HEADER_BYTES || !SQLITE_MAGIC.every((byte, index) => bytes[index] === byte)) {
    return refusal('workspace_invalid', 'is not a SQLite database');
  }
  const raw = ((bytes[16] ?? 0) << 8) | (bytes[17] ?? 0);
  const pageSize = raw === 1 ? 65536 : raw;
  if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) {
    return refusal('workspace_torn', `is torn (its header names a page size of ${raw})`);
  }
  const pages = bigEndian32(bytes, 28);
  const counted = pages > 0 && bigEndian32(bytes, 24) === bigEndian32(bytes, 92);
  if (bytes.byteLength % pageSize !== 0 || (counted && bytes.byteLength < pages * pageSize)) {
    const expected = counted ? `${pages} pages of ${pageSize} bytes` : `whole pages of ${pageSize} bytes`;
    return refusal('workspace_torn', `is torn (${bytes.byteLength} bytes where the header says ${expected})`);
  }
  return null;
}

const pragma = (db: Database, name: string): unknown => db.exec(`PRAGMA ${name}`)[0]?.values[0]?.[0];

/**
 * Every check a saved workspace must pass before the app works with it or a host keeps it as a
 * good copy: SQLite's integrity check, ReconDesk's application id (an empty file has none yet)
 * and a schema no newer than this version knows. `db` is the saved file opened on its own.
 */
export function checkWorkspaceDatabase(db: Database): Issue | null {
  try {
    const integrity = db.exec('PRAGMA integrity_check');
    const lines = integrity[0]?.values.map((row) => String(row[0])) ?? [];
    if (lines.length !== 1 || lines[0] !== 'ok') {
      const found = lines.slice(0, 3).map((line) =>
        line
          .replace(/\*\*\* in database \w+ \*\*\*/g, '')
          .replace(/\s+/g, ' ')
          .trim(),
      );
      return refusal('workspace_damaged', `is damaged (integrity check: ${found.join('; ')})`);
    }
    const applicationId = Number(pragma(db, 'application_id') ?? 0);
    const tables = Number(db.exec('SELECT count(*) FROM sqlite_schema')[0]?.values[0]?.[0] ?? 0);
    if (applicationId !== APPLICATION_ID && tables > 0)
      return refusal('workspace_foreign', 'belongs to another application');
    const version = Number(pragma(db, 'user_version') ?? 0);
    if (version > SCHEMA_VERSION) {
      return refusal(
        'workspace_newer',
        `was written by a newer ReconDesk (schema ${version}, this one knows ${SCHEMA_VERSION})`,
      );
    }
    return null;
  } catch (error) {
    // SQLite refuses to read what it cannot parse ("file is not a database", "malformed").
    const reason = error instanceof Error ? error.message : String(error);
    return refusal('workspace_damaged', `is damaged (${reason})`);
  }
}

function countOf(db: Database, table: string): number {
  const exists = db.exec('SELECT 1 FROM sqlite_schema WHERE type = ? AND name = ?', ['table', table]).length > 0;
  return exists ? Number(db.exec(`SELECT count(*) FROM ${table}`)[0]?.values[0]?.[0] ?? 0) : 0;
}

/**
 * Whether the bytes of a saved file are a ReconDesk workspace this version can open, and what
 * it holds. Every host runs this one check: on open, and on the bytes a save wrote before they
 * replace the last good copy.
 *
 * @example
 * const verdict = verifyWorkspace(sqlJs, bytes);
 * if (!verdict.ok) setAside(file, verdict.issues[0].message); // "The workspace is damaged (…)."
 */
export function verifyWorkspace(sqlJs: SqlJsStatic, bytes: Uint8Array): Result<WorkspaceFacts> {
  const header = checkSqliteHeader(bytes);
  if (header !== null) return fail(header);
  let db: Database;
  try {
    db = new sqlJs.Database(bytes);
  } catch (error) {
    return fail(refusal('workspace_damaged', `is damaged (${error instanceof Error ? error.message : String(error)})`));
  }
  try {
    const problem = checkWorkspaceDatabase(db);
    if (problem !== null) return fail(problem);
    return ok({
      schema_version: Number(pragma(db, 'user_version') ?? 0),
      imports: countOf(db, 'import'),
      runs: countOf(db, 'run'),
      audit: verifyAuditChain(db),
    });
  } finally {
    db.close();
  }
}
