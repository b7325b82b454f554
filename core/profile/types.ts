import type { Kind, Side, Status } from '../canonical/record.ts';
import type { Encoding } from '../decode/encoding.ts';

/**
 * A mapping profile (schemas/profile.v1.schema.json): how one producer's files become
 * canonical records. Profiles are data; versions are immutable.
 */
export type Profile = {
  id: string;
  version: number;
  name: { en: string; 'zh-CN': string };
  description?: string;
  side: Side;
  format: 'csv';
  /** Fixed source, or a column naming each row's source (an order export covering several channels). */
  source: { value: string } | { column: string; map?: Record<string, string> };
  /** Legacy encoding to assume when the bytes are not UTF-8 (no BOM). */
  encoding: Encoding;
  detect: DetectRule;
  csv: CsvLayout;
  clean: { trim: boolean; stripPrefixes: string[] };
  timeZone: string;
  currency: { value: string } | { column: string };
  amountFormat?: { decimal: '.' | ','; thousands?: string[] };
  /** What each row is: by a column's value, or the same for all rows. */
  rowKinds: RowKinds;
  fields: FieldMap;
  /** Extra records some rows carry (an order export's refund amount). */
  derived?: DerivedRecord[];
  metadata?: MetadataRule[];
  controls?: Controls;
};

export type DetectRule = {
  /** Header names that identify the layout; more found, more confidence. */
  headerIncludes: string[];
  /** Text found on a preamble line that identifies the producer. */
  lineIncludes?: string[];
};

export type CsvLayout = {
  delimiter: string;
  quote: string | null;
  /** The header is the first row containing all these names (title and preamble rows above are skipped). */
  header: { find: string[] };
  /** Data ends at the first row whose first cell starts with one of these (footer, summary block). */
  dataEndsAt?: string[];
  /** Lines starting with this prefix are comments (preamble, footer), never data. */
  commentPrefix?: string;
};

/** Columns are named by their header text (full-/half-width brackets alike). */
export type FieldRule = { column: string | string[] };

export type AmountRule = {
  column: string;
  /** `negate` flips the sign; `negative`/`positive` force it (a refund column written unsigned). */
  sign?: 'as-is' | 'negate' | 'negative' | 'positive';
};

export type DateRule = { column: string | string[]; format: string };

export type KindRule = { kind: Kind; status: Status; amount?: AmountRule };

export type RowKinds = { fixed: KindRule } | { column: string; values: Record<string, KindRule> };

export type FieldMap = {
  amount: AmountRule;
  order_ref?: FieldRule;
  channel_ref?: FieldRule;
  refund_ref?: FieldRule;
  batch_ref?: FieldRule;
  counterparty?: FieldRule;
  description?: FieldRule;
  raw_status?: FieldRule;
  /** Overrides the kind's status by a value map (order exports). */
  status?: { column: string; map: Record<string, Status> };
  fee?: AmountRule;
  /** A rate such as `0.60%`. */
  fee_rate?: FieldRule;
  occurred_at?: DateRule;
  booked_on?: DateRule;
  value_on?: DateRule;
};

export type DerivedRecord = {
  /** Emitted when this amount column is present and not zero. */
  amount: AmountRule;
  kind: Kind;
  status: Status;
};

/** A figure read off a preamble or footer line with a regular expression (first group). */
export type MetadataRule = { name: string; pattern: string; date?: string };

export type Controls = {
  figures: FigureRule[];
  checks: ControlRule[];
};

/** A figure of the file's own totals: from a footer line, or from a summary block under the data. */
export type FigureRule = { name: string; line: string } | { name: string; summary: { header: string; label: string } };

export type ControlRule = {
  label: string;
  figure: string;
  measure: 'count' | 'sum';
  /** Column summed (as an amount) for `sum`. */
  column?: string;
  /** Only rows of these kinds; all rows when absent. */
  kinds?: Kind[];
};
