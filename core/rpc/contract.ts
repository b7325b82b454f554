import type { CategoryCode } from '../match/categories.ts';
import type { Finding, FeeFinding, RunParameters, RunSummary } from '../match/types.ts';
import type { ByteSource, ImportSummary, Progress } from '../import/types.ts';
import type { Encoding } from '../decode/encoding.ts';
import type { OverlapPolicy } from '../import/overlap-issue.ts';
import type { Result, Warning } from '../result.ts';
import type { Side } from '../canonical/record.ts';

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

export type ProfileInfo = {
  id: string;
  version: number;
  name: { en: string; 'zh-CN': string };
  side: Side;
  format: string;
  source: string;
};

export type Detection = {
  profile_id: string;
  profile_version: number;
  confidence: number;
  encoding: string;
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
  /** `encoding`: the text encoding the user named, for bytes that are not UTF-8 (they may read as two different texts). */
  'import/detect': (input: { file: ByteSource; encoding?: Encoding }) => Promise<DetectResult>;
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
    currency?: string;
    on_overlap?: OverlapPolicy;
    batch?: string;
    encoding?: Encoding;
    /** Round entries finer than their currency half-even instead of rejecting them; recorded on the import. */
    round_excess_decimals?: 'half-even';
  }) => Promise<Result<ImportSummary>>;
  'import/list': (input: Record<string, never>) => Promise<ImportSummary[]>;
  'import/remove': (input: { import_id: number }) => Promise<void>;
  'match/run': (input: { parameters?: Partial<RunParameters> }) => Promise<Result<RunSummary>>;
  /** The most recent run of the workspace, or null before the first. */
  'match/latest': (input: Record<string, never>) => Promise<RunSummary | null>;
  'findings/list': (input: FindingsQuery) => Promise<FindingsPage>;
  'report/workbook': (input: { run_id: number; language?: 'en' | 'zh-CN' }) => Promise<Uint8Array>;
  'convert/import': (input: { import_id: number; to: ConvertFormat }) => Promise<Uint8Array>;
  'workspace/export': (input: Record<string, never>) => Promise<Uint8Array>;
  /** Replace the workspace with a saved one (checked first; on failure the current one stays). */
  'workspace/open': (input: { bytes: Uint8Array }) => Promise<Result<{ imports: number; runs: number }>>;
  'workspace/reset': (input: Record<string, never>) => Promise<void>;
};

export type EngineMethod = keyof EngineApi;

export type EngineHandlers = {
  [K in EngineMethod]: (input: Parameters<EngineApi[K]>[0], context: HandlerContext) => ReturnType<EngineApi[K]>;
};
