import type { Database } from 'sql.js';
import { AUDIT_MIGRATION } from '../ledger/audit-schema.ts';

/** Marks a SQLite file as a ReconDesk workspace ('RDSK'). */
export const APPLICATION_ID = 0x5244534b;

/** Migrations in order; `PRAGMA user_version` is the number applied. Never edit a shipped one. */
const MIGRATIONS: readonly ((schema: string) => string)[] = [
  (s) => `CREATE TABLE ${s}.import (
     id INTEGER PRIMARY KEY,
     file TEXT NOT NULL,
     sha256 TEXT NOT NULL,
     bytes INTEGER NOT NULL,
     profile_id TEXT NOT NULL,
     profile_version INTEGER NOT NULL,
     side TEXT NOT NULL CHECK (side IN ('statement', 'book')),
     source TEXT NOT NULL,
     encoding TEXT NOT NULL,
     rows INTEGER NOT NULL,
     imported INTEGER NOT NULL,
     rejected INTEGER NOT NULL,
     records INTEGER NOT NULL,
     time_zone TEXT NOT NULL,
     period_start TEXT,
     period_end TEXT,
     summary_json TEXT NOT NULL,
     imported_at TEXT NOT NULL
   ) STRICT;
   CREATE INDEX ${s}.import_sha256 ON import (sha256);
   CREATE TABLE ${s}.record (
     id INTEGER PRIMARY KEY,
     import_id INTEGER NOT NULL REFERENCES import (id) ON DELETE CASCADE,
     line INTEGER NOT NULL,
     side TEXT NOT NULL,
     source TEXT NOT NULL,
     kind TEXT NOT NULL,
     order_ref TEXT,
     channel_ref TEXT,
     refund_ref TEXT,
     batch_ref TEXT,
     amount_minor INTEGER NOT NULL,
     currency TEXT NOT NULL,
     fee_minor INTEGER,
     fee_rate_ppm INTEGER,
     net_minor INTEGER,
     status TEXT NOT NULL,
     raw_status TEXT,
     occurred_at TEXT,
     occurred_epoch INTEGER,
     booked_on TEXT,
     value_on TEXT,
     counterparty TEXT,
     description TEXT
   ) STRICT;
   CREATE TABLE ${s}.rejection (
     import_id INTEGER NOT NULL REFERENCES import (id) ON DELETE CASCADE,
     line INTEGER NOT NULL,
     code TEXT NOT NULL,
     message TEXT NOT NULL,
     raw TEXT NOT NULL
   ) STRICT;
   CREATE TABLE ${s}.run (
     id INTEGER PRIMARY KEY,
     started_at TEXT NOT NULL,
     parameters_json TEXT NOT NULL,
     summary_json TEXT NOT NULL
   ) STRICT;
   CREATE TABLE ${s}.finding (
     run_id INTEGER NOT NULL REFERENCES run (id) ON DELETE CASCADE,
     category TEXT NOT NULL,
     source TEXT NOT NULL,
     order_ref TEXT NOT NULL,
     currency TEXT NOT NULL,
     amount_minor INTEGER NOT NULL,
     rule TEXT NOT NULL,
     differing TEXT NOT NULL,
     book_json TEXT,
     statement_json TEXT
   ) STRICT;
   CREATE INDEX ${s}.finding_by_category ON finding (run_id, category, source, order_ref);
   CREATE TABLE ${s}.fee_finding (
     run_id INTEGER NOT NULL REFERENCES run (id) ON DELETE CASCADE,
     record_id INTEGER NOT NULL,
     expected_fee_minor INTEGER NOT NULL,
     rate_ppm INTEGER NOT NULL
   ) STRICT;
   CREATE INDEX ${s}.fee_finding_by_run ON fee_finding (run_id, record_id);`,
  // Profiles owned by users: the content of every version that read an import, by content hash (so
  // a reopened workspace shows and re-runs the exact mapping after the profile changed or went), and
  // the workspace's own profile library (drafts and published versions, metadata beside the content).
  (s) => `CREATE TABLE ${s}.profile_version (
     content_hash TEXT PRIMARY KEY,
     profile_id TEXT NOT NULL,
     profile_version INTEGER NOT NULL,
     content_json TEXT NOT NULL
   ) STRICT;
   ALTER TABLE ${s}.import ADD COLUMN profile_hash TEXT REFERENCES profile_version (content_hash);
   CREATE TABLE ${s}.library_profile (
     profile_id TEXT NOT NULL,
     profile_version INTEGER NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('draft', 'published')),
     meta_json TEXT NOT NULL,
     content_json TEXT NOT NULL,
     PRIMARY KEY (profile_id, profile_version)
   ) STRICT;`,
  // The workspace as a ledger over business days: each import belongs to a day; each exception
  // found is an item with a stable id that stays open across days until a later day's files, a
  // newer download or a person closes it; every change to an item is an event.
  (s) => `ALTER TABLE ${s}.import ADD COLUMN business_date TEXT;
   UPDATE ${s}.import SET business_date = substr(period_start, 1, 10) WHERE period_start IS NOT NULL;
   CREATE INDEX ${s}.import_by_business_date ON import (business_date);
   CREATE TABLE ${s}.ledger_run (
     run_id INTEGER PRIMARY KEY REFERENCES run (id) ON DELETE CASCADE,
     business_date TEXT NOT NULL,
     user_name TEXT NOT NULL,
     ledger_json TEXT NOT NULL
   ) STRICT;
   CREATE TABLE ${s}.ledger_item (
     id TEXT PRIMARY KEY,
     source TEXT NOT NULL,
     order_ref TEXT NOT NULL,
     currency TEXT NOT NULL,
     origin_category TEXT NOT NULL,
     category TEXT NOT NULL,
     amount_minor INTEGER NOT NULL,
     origin_date TEXT NOT NULL,
     origin_run_id INTEGER NOT NULL,
     last_run_id INTEGER NOT NULL,
     opened_at TEXT NOT NULL,
     expired_on TEXT,
     state TEXT NOT NULL CHECK (state IN ('open', 'resolved')),
     closed_how TEXT CHECK (closed_how IN ('carry_forward', 'newer_run', 'manual')),
     closed_date TEXT,
     closed_run_id INTEGER,
     closed_category TEXT,
     closed_at TEXT,
     reason TEXT,
     note TEXT,
     closed_by TEXT,
     finding_json TEXT NOT NULL
   ) STRICT;
   CREATE INDEX ${s}.ledger_item_by_state ON ledger_item (state, category);
   CREATE INDEX ${s}.ledger_item_by_key ON ledger_item (source, order_ref);
   CREATE TABLE ${s}.ledger_event (
     id INTEGER PRIMARY KEY,
     item_id TEXT NOT NULL,
     run_id INTEGER,
     action TEXT NOT NULL,
     business_date TEXT,
     category TEXT NOT NULL,
     amount_minor INTEGER NOT NULL,
     reason TEXT,
     note TEXT,
     user_name TEXT NOT NULL,
     at TEXT NOT NULL
   ) STRICT;
   CREATE INDEX ${s}.ledger_event_by_item ON ledger_event (item_id, id);
   CREATE TABLE ${s}.ledger_setting (
     name TEXT PRIMARY KEY,
     value_json TEXT NOT NULL
   ) STRICT;`,
  // The append-only, hash-chained audit trail (see core/ledger/).
  AUDIT_MIGRATION,
  // Pairs and groups: per run, each key not matched by the plain rule (key and amount) with the
  // rule that paired its records or said why none could be, and its book and statement records.
  (s) => `ALTER TABLE ${s}.finding ADD COLUMN match_rule TEXT NOT NULL DEFAULT 'unpaired';
   CREATE TABLE ${s}.match_group (
     id INTEGER PRIMARY KEY,
     run_id INTEGER NOT NULL REFERENCES run (id) ON DELETE CASCADE,
     source TEXT NOT NULL,
     order_ref TEXT NOT NULL,
     category TEXT NOT NULL,
     rule TEXT NOT NULL
   ) STRICT;
   CREATE INDEX ${s}.match_group_by_key ON match_group (run_id, source, order_ref);
   CREATE TABLE ${s}.match_record (
     group_id INTEGER NOT NULL REFERENCES match_group (id) ON DELETE CASCADE,
     record_id INTEGER NOT NULL
   ) STRICT;
   CREATE INDEX ${s}.match_record_by_group ON match_record (group_id);`,
  // Each record's source text as the file has it (the row, or the entry as read, and the archive
  // member it came from), kept from the import until a run puts the record in an outcome that is
  // no exception; and the keys of the latest run's informational outcomes, so they can be browsed.
  (s) => `CREATE TABLE ${s}.record_source (
     record_id INTEGER PRIMARY KEY REFERENCES record (id) ON DELETE CASCADE,
     member TEXT,
     raw TEXT NOT NULL
   ) STRICT;
   CREATE TABLE ${s}.outcome_key (
     run_id INTEGER NOT NULL REFERENCES run (id) ON DELETE CASCADE,
     category TEXT NOT NULL,
     currency TEXT NOT NULL,
     amount_minor INTEGER NOT NULL,
     book_id INTEGER,
     book_amount INTEGER NOT NULL,
     book_refund INTEGER NOT NULL,
     payments INTEGER NOT NULL,
     paid INTEGER NOT NULL,
     refunded INTEGER NOT NULL,
     reversed INTEGER NOT NULL,
     statement_ids TEXT NOT NULL
   ) STRICT;`,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Bring the workspace schema (an attached database) up to the current version, one transaction per step. */
export function migrate(db: Database, schema: string): void {
  db.exec('PRAGMA foreign_keys = ON');
  const current = Number(db.exec(`PRAGMA ${schema}.user_version`)[0]?.values[0]?.[0] ?? 0);
  if (current > SCHEMA_VERSION) {
    throw new WorkspaceError(`was written by a newer ReconDesk (schema ${current}, this one knows ${SCHEMA_VERSION})`);
  }
  for (let version = current; version < SCHEMA_VERSION; version++) {
    db.exec('BEGIN');
    try {
      db.exec(MIGRATIONS[version]?.(schema) ?? '');
      db.exec(`PRAGMA ${schema}.user_version = ${version + 1}; PRAGMA ${schema}.application_id = ${APPLICATION_ID};`);
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
  }
}

/** The file is not a ReconDesk workspace this version can open. */
export class WorkspaceError extends Error {
  override name = 'WorkspaceError';
}
