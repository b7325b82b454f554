import type { LedgerApi } from '../ledger/api.ts';
import type { CategoryCode } from '../match/categories.ts';
import type { Finding, FeeFinding, RunParameters, RunSummary } from '../match/types.ts';
import type { ByteSource, ImportSummary, Progress } from '../import/types.ts';
import type { Encoding } from '../decode/encoding.ts';
import type { OverlapPolicy } from '../import/overlap-issue.ts';
import type { Result, Warning } from '../result.ts';
import type { Side } from '../canonical/record.ts';
import type { DetectedBy } from '../import/types.ts';
import type { SuggestedRead } from '../import/generic-reader.ts';
import type { FileDiff } from '../profile/profile-diff.ts';
import type { ProfilePreview } from '../profile/profile-test.ts';
import type { Profile } from '../profile/types.ts';
import type { AuditEntry } from '../ledger/audit.ts';
import type { ChainVerdict } from '../ledger/audit-chain.ts';
import type { PeriodSignoff } from '../ledger/signoff-state.ts';
import type { ReviewDecision } from '../ledger/signoff.ts';
import type { ProfileOrigin, ProfileStatus, ProfileVersion } from '../profile/versions.ts';

/** What a host gives a handler besides its input: progress reporting and cancellation. */
export type HandlerContext = {
  progress: (progress: Progress) => void;
  /** True once the caller asked to stop; long work checks it between batches. */
  cancelled: () => boolean;
  /**
   * Let the host deliver pending messages (a cancel) before long synchronous work goes on;
   * hosts with an event loop give one turn of it. Absent: no pause.
   */
  pause?: () => Promise<void>;
  /** The plain local user name recorded on the audit trail for what this call does. */
  user?: string;
};

/** A profile version as the library lists it (plain data for the Profiles view and `profiles list`). */
export type ProfileInfo = {
  id: string;
  version: number;
  /** `id@version`, how it is shown. */
  label: string;
  name: { en: string; 'zh-CN': string };
  side: Side;
  format: string;
  source: string;
  origin: ProfileOrigin;
  status: ProfileStatus;
  content_hash: string;
  note?: string;
  published_at?: string;
  published_by?: string;
  /** The profile file it was read from (a `--profiles` folder). */
  file?: string;
  /** Imports of the workspace this exact content read, and the latest one's time. */
  imports: number;
  last_used: string | null;
};

/** A profile version named by `ID`, `ID@V` or its content hash, or given as content (a draft being edited). */
export type ProfileReference = string | Profile;

export type Detection = {
  profile_id: string;
  profile_version: number;
  confidence: number;
  encoding: string;
  /** A user profile that fits wins over the built-ins; a profile asked for is `requested`; no profile fits, `suggested`. */
  by: DetectedBy;
  /** `suggested`: the mapping's name, `generic@<short content hash>`, and the mapping itself (a draft profile). */
  label?: string;
  profile?: Profile;
};

export type DetectResult = {
  file: string;
  best: Detection | null;
  /** The runner-up when its confidence is close to the best one. */
  runner_up: Detection | null;
  message: string;
  /** What reading the file with the best profile would have to decide or assume (an encoding, a currency). */
  warnings: Warning[];
};

export type ConvertFormat = 'csv' | 'json' | 'ndjson' | 'xlsx';

export type FindingsQuery = {
  run_id: number;
  category: CategoryCode | 'fee_mismatch';
  offset: number;
  limit: number;
  /** Case-insensitive substring of order_ref or channel refs. */
  search?: string;
  /** The rows' order: by a column, ascending unless `descending`; by source and order_ref when absent. */
  sort?: { column: FindingSortColumn; descending?: boolean };
  /** Only findings of these sources (exception categories). */
  sources?: string[];
  /** Only findings whose book record has one of these statuses (exception categories). */
  statuses?: string[];
  /** Only findings whose category amount lies within these bounds, in minor units, inclusive. */
  amount_min?: number;
  amount_max?: number;
  /** Only findings that happened in [from, to): instants with an offset, compared with the book's time (else the statement's). */
  occurred_from?: string;
  occurred_to?: string;
};

/** The exception grid's sortable columns. */
export type FindingSortColumn =
  'order_ref' | 'source' | 'amount' | 'book_status' | 'book_amount' | 'payments' | 'statement_amount' | 'refunds';

/** What the rows a query selects add up to, in one currency: shown under the grid. */
export type FindingsTotals = {
  currency: string;
  count: number;
  book_minor: number;
  statement_minor: number;
  /** Statement − book, summed with its sign: the net difference. */
  difference_minor: number;
  /** |statement − book| summed: the gross difference a mismatch leaves to clear. */
  absolute_difference_minor: number;
};

export type FindingsPage =
  | {
      category: CategoryCode;
      total: number;
      rows: Finding[];
      totals?: FindingsTotals[];
      /** False for an informational category of a run older than the latest: only the latest run's are kept. */
      kept?: boolean;
    }
  | { category: 'fee_mismatch'; total: number; rows: FeeFinding[] };

/**
 * The engine contract: one plain-object argument per call. The worker serves it,
 * the renderer calls it through `send()`, the CLI and tests call it directly.
 */
export type EngineApi = {
  'profiles/list': (input: Record<string, never>) => Promise<ProfileInfo[]>;
  /** A version with its content and metadata: the library's, or content the workspace kept for its imports (by hash). */
  'profiles/show': (input: { reference: string }) => Promise<Result<ProfileVersion>>;
  /** A profile file's text checked: every error with its JSON path and a sentence. */
  'profiles/validate': (input: { text: string; file: string }) => Promise<Result<ProfileVersion>>;
  /** The live preview of a version on sample files (nothing is stored). */
  'profiles/test': (input: { profile: ProfileReference; files: ByteSource[] }) => Promise<Result<ProfilePreview[]>>;
  /** The dry-run diff of two versions over sample files, per file (nothing is stored). */
  'profiles/diff': (input: {
    before: ProfileReference;
    after: ProfileReference;
    files: ByteSource[];
  }) => Promise<Result<FileDiff[]>>;
  /** "Create a profile from this file": the draft the generic statement reader would read it with, or the question it leaves open. */
  'profiles/suggest': (input: { file: ByteSource; currency?: string }) => Promise<Result<SuggestedRead>>;
  /** "Duplicate as mine": a user draft started from a version (the next version of its id, or version 1 of `id`). */
  'profiles/duplicate': (input: { reference: string; id?: string }) => Promise<Result<ProfileVersion>>;
  /** Keep a draft in the workspace's library (a published id@version is refused: edits make the next draft). */
  'profiles/save': (input: { version: ProfileVersion }) => Promise<Result<ProfileVersion>>;
  /** Publish a version into the workspace's library: frozen under its content hash with the change note. */
  'profiles/publish': (input: {
    version: ProfileVersion;
    note: string;
    by?: string;
  }) => Promise<Result<ProfileVersion>>;
  /** Import profile files into the workspace's library; any file that does not validate refuses them all, with every error. */
  'profiles/import': (input: { files: { name: string; text: string }[] }) => Promise<Result<ProfileVersion[]>>;
  /** A version as a profile file (its content with the library metadata beside it). */
  'profiles/export': (input: { reference: string }) => Promise<Result<{ name: string; text: string }>>;
  /** The exact content that read an import, as the workspace kept it. */
  'profiles/pinned': (input: { import_id: number }) => Promise<Result<ProfileVersion>>;
  /**
   * The profile a file would be read with: `profile` / `profile_id` forced, else a user profile that fits, else the best built-in.
   * When none fits, the generic statement reader's suggested mapping (`by: 'suggested'`), or the question it leaves open.
   * `encoding`: the text encoding the user named, for bytes that are not UTF-8 (they may read as two different texts);
   * `currency`: the account's currency, for a file that never states one.
   */
  'import/detect': (input: {
    file: ByteSource;
    profile_id?: string;
    profile?: Profile;
    encoding?: Encoding;
    currency?: string;
  }) => Promise<DetectResult>;
  /**
   * `currency`: the account's currency, for a file whose profile can only assume it; `encoding`:
   * the text encoding the user named, for bytes that are not UTF-8 (they may read as two different texts).
   * `on_overlap`: what to do when the file looks like a statement already imported — refused
   * by default with an `overlap` issue naming the earlier import (`OverlapIssue`), `replace`
   * removes the earlier import(s), `allow` keeps both. `batch`: the same for files given
   * together (one CLI call, one drop), so a repeat among them is named "the file X of this run".
   */
  'import/file': (input: {
    file: ByteSource;
    profile_id?: string;
    /** A profile's content to read the file with (a draft, a profile file given by path). */
    profile?: Profile;
    currency?: string;
    on_overlap?: OverlapPolicy;
    batch?: string;
    encoding?: Encoding;
    /** Round entries finer than their currency half-even instead of rejecting them; recorded on the import. */
    round_excess_decimals?: 'half-even';
  }) => Promise<Result<ImportSummary>>;
  'import/list': (input: Record<string, never>) => Promise<ImportSummary[]>;
  /** Remove an import with its records (recorded on the audit trail; refused in a locked period). */
  'import/remove': (input: { import_id: number }) => Promise<Result<void>>;
  /** `import_ids`: reconcile only these imports (a ledger's business day); by default every import. */
  'match/run': (input: { parameters?: Partial<RunParameters>; import_ids?: number[] }) => Promise<Result<RunSummary>>;
  /** The most recent run of the workspace, or null before the first. */
  'match/latest': (input: Record<string, never>) => Promise<RunSummary | null>;
  'findings/list': (input: FindingsQuery) => Promise<FindingsPage>;
  /** `mask`: mask personal data (by default as the workspace remembers, see `settings/mask`). */
  'report/workbook': (input: { run_id: number; language?: 'en' | 'zh-CN'; mask?: boolean }) => Promise<Uint8Array>;
  /** `mask`: mask personal data (by default as the workspace remembers, see `settings/mask`). */
  'convert/import': (input: { import_id: number; to: ConvertFormat; mask?: boolean }) => Promise<Uint8Array>;
  'workspace/export': (input: Record<string, never>) => Promise<Uint8Array>;
  /** Replace the workspace with a saved one (checked first; on failure the current one stays). */
  /** `audit`: the chain checked on open; a trail edited outside ReconDesk opens, and says where it breaks. */
  'workspace/open': (input: {
    bytes: Uint8Array;
  }) => Promise<Result<{ imports: number; runs: number; audit: ChainVerdict }>>;
  'workspace/reset': (input: Record<string, never>) => Promise<void>;
  /** The audit trail with its chain checked, and every period's sign-off. */
  'audit/list': (input: Record<string, never>) => Promise<AuditReport>;
  /** Reverse the last action with a new entry (never a deletion); refused when it cannot be reversed. */
  'audit/undo': (input: Record<string, never>) => Promise<Result<AuditEntry>>;
  /** The preparer marks a business day or period (`from` = `to` for a day) ready for review. */
  'signoff/ready': (input: { from: string; to: string; note?: string }) => Promise<Result<AuditEntry>>;
  /** Another user approves the period (locking it) or returns it with a note. */
  'signoff/review': (input: {
    from: string;
    to: string;
    decision: ReviewDecision;
    note?: string;
  }) => Promise<Result<AuditEntry>>;
  /** The plain local user name recorded for calls whose context names none (the app's name field). */
  'session/user': (input: { user: string }) => Promise<void>;
  /** Whether exports mask personal data, remembered per workspace; `mask` sets it. */
  'settings/mask': (input: { mask?: boolean }) => Promise<{ mask: boolean }>;
} & LedgerApi;

/** The audit trail as stored, the chain's verdict, and the sign-off state of every period. */
export type AuditReport = { entries: AuditEntry[]; chain: ChainVerdict; signoffs: PeriodSignoff[] };

export type EngineMethod = keyof EngineApi;

export type EngineHandlers = {
  [K in EngineMethod]: (input: Parameters<EngineApi[K]>[0], context: HandlerContext) => ReturnType<EngineApi[K]>;
};
