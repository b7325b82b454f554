import type { Side } from '../canonical/record.ts';
import type { StoredTotals } from '../store/stored-totals.ts';
import type { Warning } from '../result.ts';

/** Anything that hands out its bytes in chunks: a File in the browser, a file stream in Node. */
export type ByteSource = {
  name: string;
  size: number;
  stream(): AsyncIterable<Uint8Array>;
};

/** Wrap bytes already in memory as a {@link ByteSource}. */
export const bytesSource = (name: string, bytes: Uint8Array): ByteSource => ({
  name,
  size: bytes.byteLength,
  async *stream() {
    yield bytes;
  },
});

/** A row that could not become a canonical record, with the reason and where it was. */
export type RowIssue = {
  line: number;
  code: string;
  message: string;
  /** The row's cells as read, joined by the file's delimiter. */
  raw: string;
};

/** One figure of a file's own control totals checked against what was imported. */
export type ControlCheck = {
  label: string;
  /** What the file says, as written. */
  stated: string;
  /** What the imported rows add up to, formatted the same way. */
  computed: string;
  holds: boolean;
};

export type ControlStatus = 'holds' | 'mismatch' | 'none';

/** One verdict for a file's controls: none stated, all hold, or at least one does not. */
export const controlStatus = (checks: readonly ControlCheck[]): ControlStatus =>
  checks.length === 0 ? 'none' : checks.every((check) => check.holds) ? 'holds' : 'mismatch';

/** The second-best profile, when its confidence is close to the chosen one's. */
export type RunnerUp = { profile_id: string; profile_version: number; confidence: number };

/** What chose an import's profile: asked for (`--profile`, a choice in the app), a user profile that fits, or the built-ins' best. */
export type DetectedBy = 'requested' | 'user' | 'builtin' | 'suggested';

/**
 * How sure detection was of the profile, and a close runner-up (null when the profile was chosen by
 * hand or none was close); `by` is absent on imports saved before user profiles.
 */
export type Detection = { confidence: number; runner_up: RunnerUp | null; by?: DetectedBy };

/** What reading a file found: its rows and entries, their net, its own controls and metadata, its bytes. */
export type ReadTotals = {
  /** Data rows in the file (after header, preamble and footer). rows = imported + rejected. */
  rows: number;
  imported: number;
  rejected: number;
  /** Canonical records written: one per imported row, plus derived ones (book refunds, batch details). */
  records: number;
  /** Entries as the file counts them: its data rows, or a statement file's own entries (camt Ntry, :61:, BAI2 16, STMTTRN). */
  entries: number;
  /** Signed sum of the entries' amounts (credits +, debits −) per currency, in minor units. */
  net_minor: Record<string, number>;
  /** Lines that are not data: preamble, header, footer and summary blocks. */
  skipped_lines: number;
  controls: ControlCheck[];
  metadata: Record<string, string>;
  /** What the engine repaired, assumed or decided about the file, each with its line where there is one. */
  warnings: Warning[];
  period_start: string | null;
  period_end: string | null;
  sha256: string;
  bytes: number;
};

/** An import as the workspace keeps it: the read's totals with the profile that read it. */
export type ImportSummary = ReadTotals & {
  import_id: number;
  file: string;
  profile_id: string;
  profile_version: number;
  /** The content hash of the profile version that read it (the workspace keeps that content); absent before it was kept. */
  profile_hash?: string;
  profile_name: { en: string; 'zh-CN': string };
  side: Side;
  /** Fixed source of the profile, or `mixed` when each row names its own (an order export). */
  source: string;
  format: string;
  /** Text encoding the file was decoded in, or its container when it is not text: `xlsx`, `xls (BIFF8)`, `archive`. */
  encoding: string;
  detection: Detection;
  control_status: ControlStatus;
  /** What the import wrote to the record table (absent in workspaces saved before it was kept). */
  stored?: StoredTotals;
  /** Up to the first 200 rejected rows; the workspace keeps all of them. */
  rejections: RowIssue[];
  /** The import id of an earlier import of the very same bytes, when there is one. */
  duplicate_of: number | null;
  /** Earlier imports this file repeats, kept beside it because overlaps were allowed. */
  overlaps_with?: number[];
  /** Earlier imports this file repeats and replaced: they and their records are gone. */
  replaced?: number[];
};

export type Progress = {
  phase: 'read' | 'store' | 'match' | 'report' | 'convert';
  file?: string;
  done: number;
  total: number;
};
