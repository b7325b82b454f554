import type { Kind, Side, Status } from '../canonical/record.ts';
import type { Encoding } from '../decode/encoding.ts';
import type { AmountFormat } from '../money.ts';
import type { CsvLayout, JsonLayout, SheetLayout, XmlLayout } from './layouts.ts';

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
  /** Layout of an XML file (format `xml`). */
  xml?: XmlLayout;
  /** Layout of a JSON file (format `json`). */
  json?: JsonLayout;
  clean: CleanRule;
  timeZone: string;
  /**
   * `fund`: a channel's fund bill (Alipay 账务明细, WeChat Pay 资金账单), every movement of the
   * channel balance. Its records are their own side: cross-checked against the channel's expected
   * payout in the settlement, never matched to orders.
   */
  role?: 'fund';
  /** A channel bill's payout lag: days from its bill day to the bank day the channel pays it out (T+1, the default: 1). */
  payoutLagDays?: number;
  /**
   * The keys besides the order reference its rows can be matched on, when their order reference
   * is missing or names no book record: the channel's transaction id (matched with the order
   * export's channel_ref) and the refund reference. None when absent.
   */
  matchKeys?: MatchKey[];
  /** Which debits of a bank statement are the bank's own charges (the settlement's default when absent). */
  bankCharges?: { descriptions?: string[]; codes?: string[] };
  /** Each row's currency column, or the account's: stated by the producer, or `assumed` when the file never says (the user may choose another on import). */
  currency: { value: string; assumed?: boolean } | { column: string };
  amountFormat?: AmountFormat;
  /** What each row is: by a column's value, or the same for all rows. */
  rowKinds: RowKinds;
  fields: FieldMap;
  /** Extra records some rows carry (an order export's refund amount). */
  derived?: DerivedRecord[];
  metadata?: MetadataRule[];
  controls?: Controls;
  /** What each row adds to the file's net per currency; its amount when absent. */
  fileNet?: FileNetRule;
};

/** A secondary match key (see Profile.matchKeys). */
export type MatchKey = 'channel_ref' | 'refund_ref';

/**
 * What a row adds to the file's net: its amount, or its net after fee (a channel account whose
 * balance moves by the net); rows whose `exclude.column` holds one of `exclude.values` add nothing
 * (a personal bill's 不计收支 / 中性交易 rows move no money in or out).
 */
export type FileNetRule = {
  of?: 'amount' | 'net';
  exclude?: ValueFilter;
};

/** Rows whose column (cleaned) holds one of the values. */
export type ValueFilter = { column: string; values: string[] };

/**
 * Table formats (`csv`, `sheet`) are rows under a header the profile finds; the other formats
 * (entry files) are read by their format's reader (core/read/<format>) into entry rows whose
 * columns are the format's field names or paths.
 */
export const TABLE_FORMATS = ['csv', 'sheet'] as const;
export const DOCUMENT_FORMATS = ['xml', 'json', 'mt940', 'bai2', 'ofx', 'norma43'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];
export type ProfileFormat = TableFormat | DocumentFormat;

/** How cell text is cleaned before it is read. */
export type CleanRule = {
  trim: boolean;
  /** Producer prefixes removed from every value (a backtick). */
  stripPrefixes: string[];
  /** Remove the quote a formula guard put before text (ReconDesk's own canonical exports). */
  unguard?: boolean;
};

export type DetectRule = {
  /** Header names that identify a table layout; more found, more confidence. */
  headerIncludes?: string[];
  /** Header names that rule the layout out when they are on the header row (another producer's column). */
  headerExcludes?: string[];
  /** Regular expressions on the start of the text (namespace, first tags, JSON keys); share found = confidence. */
  patterns?: string[];
  /** Regular expressions on the file name (case-insensitive) that point to this producer's export among look-alikes. */
  fileNames?: string[];
  /** Text found on a preamble line that identifies the producer. */
  lineIncludes?: string[];
};

/** One column, or several tried in order (the first non-empty value wins). */
export type Columns = string | string[];

/** Columns are named by their header text (full-/half-width brackets alike) or the reader's field names. */
export type FieldRule = { column: Columns };

export type AmountRule = {
  column: Columns;
  /** `first` (default): the first non-empty column (or credit/debit pair); `sum`: every listed column added (a fee split into parts). */
  combine?: 'first' | 'sum';
  /**
   * Regular expression on the cell: its `amount` group is the amount, its optional `less` group is
   * taken off it (`131.77(已退款89.84)` → 41.93).
   */
  extract?: string;
  /**
   * Separate debit column(s): the amount is `column` (credit) less the debit, an empty cell or
   * `0,00` in the unused one counting as zero (Soll/Haben); both empty is no amount. Lists pair
   * up by position: `column[i]` with `debit[i]`.
   */
  debit?: Columns;
  /** `negate` flips the sign; `negative`/`positive` force it (a refund column written unsigned). */
  sign?: 'as-is' | 'negate' | 'negative' | 'positive';
  /** A debit/credit mark in another column decides the sign (D/C, DBIT/CRDT, 收/支). */
  indicator?: { column: string; negative: string[]; positive: string[]; neutral?: string[] };
};

export type DateRule = {
  column: Columns;
  format: string;
  /**
   * Other layouts the same column is written in, tried in order when `format` does not read a
   * value (a bill re-saved by Excel writes `yyyy/M/d H:mm` for `yyyy-MM-dd HH:mm:ss`). Never a
   * day-first beside a month-first layout: which one a date is would be a guess.
   */
  alsoFormats?: string[];
  /** A separate time-of-day column, read after the date and a space (`format` covers both). */
  time?: Columns;
  /** The row's own time zone: an IANA name in a column, or an abbreviation mapped to one (PST → America/Los_Angeles). */
  zone?: { column: string; map?: Record<string, string> };
};

export type KindRule = { kind: Kind; status: Status; amount?: AmountRule };

export type RowKinds =
  | { fixed: KindRule }
  /** `otherwise`: the kind of a value not listed (rows are rejected when absent). */
  | { column: string; values: Record<string, KindRule>; otherwise?: KindRule };

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
  /** A rate such as `0.60%` or `0.006`; `ppm` when the column holds parts per million. */
  fee_rate?: FieldRule & { unit?: 'rate' | 'ppm' };
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
export type FigureRule =
  | { name: string; line: string }
  | { name: string; summary: { header: string; label: string } }
  /** A figure the format implies (a settlement batch nets to 0). */
  | { name: string; value: string }
  /** The cell under a header column on the row outside the data whose first non-empty cell is `label`. */
  | { name: string; row: { label: string; column: string } };

/**
 * One check of the file's own totals.
 * - `count`, `sum`: the rows (of `kinds`, matching `where`) against a stated figure; `sum` adds
 *   `column` as an amount, or the imported amounts (`amount`: signed or absolute) when no column,
 *   plus the `opening` figure when one is named (opening + entries = closing).
 * - `running`: per currency, every row's balance `column` is the previous row's balance plus the
 *   row's net (its amount when it states no fee); rows oldest first, an empty balance skipped.
 * - `balanced`: per value of `groupBy` (a settlement batch), the `column` credits against the
 *   `debit` column's debits.
 */
export type ControlRule = {
  label: string;
  /** The stated figure (`count`, `sum`). */
  figure?: string;
  measure: 'count' | 'sum' | 'running' | 'balanced';
  /** `sum`: the column added as an amount; `running`: the balance column; `balanced`: the credit column. */
  column?: string;
  /** `sum` without a column: the imported amounts, signed (default) or absolute. */
  amount?: 'signed' | 'absolute';
  /** `sum`: the figure of the opening balance added to the sum (balance-based controls). */
  opening?: string;
  /** `running`: file order of the rows; `either` for producers that let the user choose the sort. */
  order?: 'oldest-first' | 'newest-first' | 'either';
  /** `running`: the row's balance includes its own amount (`after`, the usual) or is the balance before it. */
  balanceIs?: 'after' | 'before';
  /** `running`: a figure stating the closing balance, compared with the latest row's balance. */
  closing?: string;
  debit?: string;
  groupBy?: string;
  /** Only rows of these kinds; all rows when absent. */
  kinds?: Kind[];
  where?: ValueFilter;
};
