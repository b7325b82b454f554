/**
 * The audit trail: one row per action, never changed or removed once written. SQLite's triggers
 * refuse UPDATE and DELETE on it, so an edit must also drop them; the hash chain (each entry's
 * hash covers the previous hash and the entry) shows any entry changed by a tool that did.
 */
export const AUDIT_MIGRATION = (s: string): string => `CREATE TABLE ${s}.audit (
     seq INTEGER PRIMARY KEY,
     at TEXT NOT NULL,
     user TEXT NOT NULL,
     action TEXT NOT NULL,
     subject TEXT NOT NULL,
     detail_json TEXT NOT NULL,
     previous_hash TEXT NOT NULL,
     hash TEXT NOT NULL
   ) STRICT;
   CREATE INDEX ${s}.audit_by_action ON audit (action, seq);
   CREATE TRIGGER ${s}.audit_refuses_update BEFORE UPDATE ON audit
   BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only: an entry cannot be changed'); END;
   CREATE TRIGGER ${s}.audit_refuses_delete BEFORE DELETE ON audit
   BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only: an entry cannot be removed'); END;`;
