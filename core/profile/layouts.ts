/** The layouts a profile reads a file by: a table's header and data rows, the element or field paths of an XML or JSON file. */

/** Where a table's header is and where its data ends: shared by delimited text and spreadsheets. */
export type TableLayout = {
  /**
   * The header is the first row containing all the `find` names (title and preamble rows above
   * are skipped). `names` names the columns by position instead of the header row's own text
   * (unnamed or duplicate header cells); with `find` empty the file has no header row at all and
   * every row is data. A column name the header holds more than once is refused unless
   * `repeated` says which occurrence to read (1 = the first from the left).
   */
  header: { find: string[]; names?: string[]; repeated?: Record<string, number> };
  /** Data ends at the first row whose first filled cell is one of these (footer, totals row, summary block). */
  dataEndsAt?: string[];
  /** Lines starting with this prefix are comments (preamble, footer), never data. */
  commentPrefix?: string;
  /** Fewer data rows than this is an error, not an empty import (a header-only download). */
  minRows?: number;
  /** Cell separator, also used to show a rejected row's raw text. */
  delimiter?: string;
  /** Rows under the header that are not entries (counted as skipped lines, never imported). */
  skipRows?: SkipRows;
};

/**
 * Hidden rows (spreadsheets), rows with an empty cell in any `whenEmpty` column (an unbooked
 * item), rows with every `whenAllEmpty` cell empty (a conversion line that moves no cash), rows
 * whose `whenValue` column holds one of its values (a balance line among the entries), compared
 * trimmed and case-blind.
 */
export type SkipRows = {
  hidden?: boolean;
  whenEmpty?: string[];
  whenAllEmpty?: string[];
  whenValue?: { column: string; values: string[] };
};

export type CsvLayout = TableLayout & {
  /** Cell separator, or `auto`: sniffed from the file's first lines (`,` `;` TAB `|`). */
  delimiter: string;
  quote: string | null;
};

/**
 * A spreadsheet's table: which sheet (name or 0-based index; the first whose header is found when
 * absent), and what the cells of a merged range other than its top-left one read as:
 * `fill-down` (default) — a range spanning several rows gives each of them its value, in its
 * first column (a booking date shared by the entries under it), while a value spread across
 * columns stays in its own column, never copied into a neighbour's; `fill` — every cell of the
 * range; `top-left` — empty, as Excel stores them. A filled cell is a warning on the import.
 */
export type SheetLayout = TableLayout & { sheet?: string | number; merged?: 'fill-down' | 'fill' | 'top-left' };
/**
 * Where an XML statement's parts are (format `xml`), as namespace-free element paths: `A/B/C`
 * steps by local name, `@Ccy` for an attribute, `../` to go up from an entry to its statement
 * and on to the message. Row columns are such paths relative to the entry; paths under `detail`
 * read the current detail of a split batch entry. `A+B` joins the non-empty values of two paths
 * with `+` (`CdtDbtInd+RvslInd` → `DBIT+true`).
 */
export type XmlLayout = {
  /** Paths from the root element to each statement (alternatives across versions; all found are read). */
  statement: string[];
  /** Path from a statement to its identification, naming it in control labels (default `Id`). */
  id?: string;
  /** Path from a statement to each of its entries. */
  entry: string;
  /** The entry's amount element (entry-relative), its currency attribute and its debit/credit mark. */
  amount?: XmlAmount;
  /** Details of a batch entry: one row per detail when their amounts split the entry exactly. */
  detail?: { path: string; amount: string[] };
  /** Date-or-date-time choice elements (`BookgDt`, `ValDt`): read as their `yyyy-MM-dd` date. */
  dates?: string[];
  /** A column read from other paths depending on a mark (the counterparty: debtor on credits, creditor on debits). */
  choose?: Record<string, { by: string; when: Record<string, string[]> }>;
  /** Values for columns whose element is absent. */
  defaults?: Record<string, string>;
  /** Entry elements real files omit, read as this value where absent, and flagged (camt `Sts` → `BOOK`). */
  assumed?: Record<string, string>;
  /** Statement balances: opening + entries = closing is checked per statement. */
  balances?: XmlBalances;
  /** Counts and sums the file states about its own entries. */
  totals?: XmlTotal[];
  /** Statement metadata: paths relative to the statement, from the first statement unless `last`. */
  metadata?: { name: string; path: string; last?: boolean }[];
};

/** An amount element with its currency attribute and a sibling debit/credit mark. */
export type XmlAmount = { path: string; currency: string; mark?: string; negative?: string[] };

export type XmlBalances = {
  /** Path from the statement to each balance; amount and mark as in `amount`, relative to the balance. */
  path: string;
  type: string;
  date?: string;
  /** Balance types that open a statement, in order of preference (OPBD, else PRCD). */
  opening: string[];
  closing: string[];
};

/** A figure the file states about its entries, checked against the entries read. */
export type XmlTotal = {
  label: string;
  /** `message`: paths relative to the message, entries of all statements; else per statement. */
  scope?: 'statement' | 'message';
  /** A repeated element holding one figure each (`NbOfTxsPerSts`); the other paths are relative to it. */
  each?: string;
  count?: string;
  /** Stated sum of the entries' absolute amounts. */
  sum?: string;
  /** Only entries whose `entry` path has `value`, or the value at `valuePath` of the figure. */
  filter?: { entry: string; value?: string; valuePath?: string };
};

/**
 * JSON layout (format `json`): where the entries are in a JSON file (or in each line of
 * NDJSON) and which field paths inside each entry become columns. Paths are small and strict:
 * `$` (the value itself), or names joined by `.` with `[n]` indexes, `["any key"]` and `[*]`
 * (every element; its amounts are summed): `amount`, `source.id`, `fee_details[*].amount`.
 */
export type JsonLayout = {
  /** NDJSON: one JSON value per line, each read on its own (a bad line is one rejected row). */
  lines?: boolean;
  entries: JsonEntries;
  /** Column name → field path inside an entry, or the path with the type of its value. */
  columns: Record<string, JsonColumn>;
  /** The column whose sum is the file's net (credits +, debits −), and how its sign is read. */
  net: { column: string; sign?: 'as-is' | 'negate' | 'negative' | 'positive' };
  /** Per-entry arithmetic the file states (`amount − fee = net`), checked on every entry. */
  checks?: JsonEntryCheck[];
  /** Metadata name → path from the root of the JSON value (`has_more`, `url`). */
  metadata?: Record<string, string>;
};

/** The array (or single object) at a path, or every object anywhere whose field at `path` equals a text. */
export type JsonEntries = { path: string } | { find: { path: string; equals: string } };

/**
 * How a value becomes a cell: `text` as written; `currency` upper-cased; `amount` a decimal in
 * major units (a JSON number or string); `minor` an integer in minor units (a decimal string
 * with a point is read as major units); `unix-seconds` an ISO date-time in UTC.
 */
export type JsonValueType = 'text' | 'currency' | 'amount' | 'minor' | 'unix-seconds';
export type JsonColumn = string | { path: string; type: JsonValueType };

/** `Σ add − Σ subtract = equals`, on each entry; all columns amounts. */
export type JsonEntryCheck = { label: string; add: string[]; subtract?: string[]; equals: string };
