import type { Kind, Side, Status } from '../canonical/record.ts';
import type { Encoding } from '../decode/encoding.ts';
import type { AmountFormat } from '../money.ts';

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
  format: ProfileFormat;
  /** Fixed source, or a column naming each row's source (an order export covering several channels). */
  source: { value: string } | { column: string; map?: Record<string, string> };
  /** Legacy encoding to assume when the bytes are not UTF-8 (no BOM). */
  encoding: Encoding;
  detect: DetectRule;
  /** Layout of delimited text (format `csv`). */
  csv?: CsvLayout;
  /** Layout of a spreadsheet (format `sheet`). */
  sheet?: SheetLayout;
  /** Layout of an XML document (format `xml`). */
  xml?: XmlLayout;
  /** Layout of a JSON document (format `json`). */
  json?: JsonLayout;
  clean: { trim: boolean; stripPrefixes: string[] };
  timeZone: string;
  currency: { value: string } | { column: string };
  amountFormat?: AmountFormat;
  /** What each row is: by a column's value, or the same for all rows. */
  rowKinds: RowKinds;
  fields: FieldMap;
  /** Extra records some rows carry (an order export's refund amount). */
  derived?: DerivedRecord[];
  metadata?: MetadataRule[];
  controls?: Controls;
};

/**
 * Table formats (`csv`, `sheet`) are rows under a header the profile finds; document formats are
 * read by their format's reader (core/read/<format>) into entry rows whose columns are the
 * format's field names or paths.
 */
export const TABLE_FORMATS = ['csv', 'sheet'] as const;
export const DOCUMENT_FORMATS = ['xml', 'json', 'mt940', 'bai2', 'ofx'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];
export type ProfileFormat = TableFormat | DocumentFormat;

export type DetectRule = {
  /** Header names that identify a table layout; more found, more confidence. */
  headerIncludes?: string[];
  /** Regular expressions on the start of the text (namespace, first tags, JSON keys); share found = confidence. */
  patterns?: string[];
  /** Text found on a preamble line that identifies the producer. */
  lineIncludes?: string[];
};

/** Where a table's header is and where its data ends: shared by delimited text and spreadsheets. */
export type TableLayout = {
  /**
   * The header is the first row containing all the `find` names (title and preamble rows above
   * are skipped). `names` names the columns by position instead of the header row's own text
   * (unnamed or duplicate header cells); with `find` empty the file has no header row at all and
   * every row is data.
   */
  header: { find: string[]; names?: string[] };
  /** Data ends at the first row whose first cell starts with one of these (footer, summary block). */
  dataEndsAt?: string[];
  /** Lines starting with this prefix are comments (preamble, footer), never data. */
  commentPrefix?: string;
  /** Cell separator, also used to show a rejected row's raw text. */
  delimiter?: string;
  /**
   * A data row with all of these cells empty is no entry (a money-market conversion line that
   * moves no cash): it is kept with the lines outside the data, neither imported nor rejected.
   */
  notEntryWhenEmpty?: string[];
};

export type CsvLayout = TableLayout & {
  /** Cell separator, or `auto`: sniffed from the file's first lines (`,` `;` TAB `|`). */
  delimiter: string;
  quote: string | null;
};

/** A spreadsheet's table: which sheet (name or 0-based index; the first whose header is found when absent). */
export type SheetLayout = TableLayout & { sheet?: string | number };
/** XML layout; defined with the XML reader. */
export type XmlLayout = Record<string, unknown>;
/** JSON layout; defined with the JSON reader. */
export type JsonLayout = Record<string, unknown>;

/** One column, or several tried in order (the first non-empty value wins). */
export type Columns = string | string[];

/** Columns are named by their header text (full-/half-width brackets alike) or the reader's field names. */
export type FieldRule = { column: Columns };

export type AmountRule = {
  column: Columns;
  /** Separate debit column(s): a value there is a debit, made negative. */
  debit?: Columns;
  /**
   * Read both `column` (credit) and `debit` and book their difference, for producers that write
   * `0,00` in the unused one (Soll/Haben). An empty cell counts as zero; both empty is no amount.
   */
  net?: boolean;
  /** `negate` flips the sign; `negative`/`positive` force it (a refund column written unsigned). */
  sign?: 'as-is' | 'negate' | 'negative' | 'positive';
  /** A debit/credit mark in another column decides the sign (D/C, DBIT/CRDT, 收/支). */
  indicator?: { column: string; negative: string[]; positive: string[]; neutral?: string[] };
};

export type DateRule = { column: Columns; format: string };

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
  /** A running balance column the imported amounts must chain through. */
  balance?: BalanceRule;
};

/**
 * A running balance: each row's balance must equal the previous one plus the amount between
 * them, per currency; rows with an empty balance (pending entries) are left out of the chain.
 */
export type BalanceRule = {
  column: string;
  /** The row's balance includes its own amount (`after`, the usual) or is the balance before it. */
  balanceIs?: 'after' | 'before';
  /** File order of the rows; `either` for producers that let the user choose the sort. */
  order: 'oldest-first' | 'newest-first' | 'either';
  /** A figure stating the closing balance, compared with the latest row's balance. */
  closing?: string;
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
