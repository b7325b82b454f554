import type { LedgerApi } from '../ledger/api.ts';
import type { CategoryCode } from '../match/categories.ts';
import type { Finding, FeeFinding, RunParameters, RunSummary } from '../match/types.ts';
import type { ByteSource, ImportSummary, Progress } from '../import/types.ts';
import type { Encoding } from '../decode/encoding.ts';
import type { OverlapPolicy } from '../import/overlap-issue.ts';
import type { Result, Warning } from '../result.ts';
import type { Side } from '../canonical/record.ts';
import type { DetectedBy } from '../import/types.ts';
import type { FileDiff } from '../profile/profile-diff.ts';
import type { ProfilePreview } from '../profile/profile-test.ts';
import type { Profile } from '../profile/types.ts';
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
  /** A user profile that fits wins over the built-ins; a profile asked for is `requested`. */
  by: DetectedBy;
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
};

export type FindingsPage =
  | { category: CategoryCode; total: number; rows: Finding[] }
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
   * `encoding`: the text encoding the user named, for bytes that are not UTF-8 (they may read as two different texts).
   */
  'import/detect': (input: {
    file: ByteSource;
    profile_id?: string;
    profile?: Profile;
    encoding?: Encoding;
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
  'import/remove': (input: { import_id: number }) => Promise<void>;
  /** `import_ids`: reconcile only these imports (a ledger's business day); by default every import. */
  'match/run': (input: { parameters?: Partial<RunParameters>; import_ids?: number[] }) => Promise<Result<RunSummary>>;
  /** The most recent run of the workspace, or null before the first. */
  'match/latest': (input: Record<string, never>) => Promise<RunSummary | null>;
  'findings/list': (input: FindingsQuery) => Promise<FindingsPage>;
  'report/workbook': (input: { run_id: number; language?: 'en' | 'zh-CN' }) => Promise<Uint8Array>;
  'convert/import': (input: { import_id: number; to: ConvertFormat }) => Promise<Uint8Array>;
  'workspace/export': (input: Record<string, never>) => Promise<Uint8Array>;
  /** Replace the workspace with a saved one (checked first; on failure the current one stays). */
  'workspace/open': (input: { bytes: Uint8Array }) => Promise<Result<{ imports: number; runs: number }>>;
  'workspace/reset': (input: Record<string, never>) => Promise<void>;
} & LedgerApi;

export type EngineMethod = keyof EngineApi;

export type EngineHandlers = {
  [K in EngineMethod]: (input: Parameters<EngineApi[K]>[0], context: HandlerContext) => ReturnType<EngineApi[K]>;
};
