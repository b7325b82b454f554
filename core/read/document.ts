import type { ControlCheck } from '../import/types.ts';
import type { Profile } from '../profile/types.ts';
import type { Warning } from '../result.ts';

/**
 * What a document reader (XML, JSON, MT940, BAI2, OFX) makes of a whole file: entry rows whose
 * cells line up with `columns`, for the profile's mapping to turn into canonical records, plus
 * the facts only the format knows — how many entries the file itself has, their net, its own
 * control totals and its statement metadata.
 *
 * Cells are text: amounts as signed plain decimals (`-1234.50`), dates as `yyyy-MM-dd` or ISO
 * 8601 date-times, empty string for absent. A profile names columns by these field names.
 */
export type EntryDocument = {
  /** The row cells' names: the format's field names, or the paths the profile asked for. */
  columns: readonly string[];
  rows: DocumentRow[];
  /** Entries as the file counts them (camt `Ntry`, MT940 `:61:`, BAI2 `16`, OFX `STMTTRN`), before batches are expanded. */
  entries: number;
  /** Signed sum of the entries per currency (credits +, debits −), in minor units. */
  net_minor: Record<string, number>;
  /** The file's own totals (balances, trailers, summaries) against its entries; empty when it states none. */
  controls: ControlCheck[];
  /** Account, statement id, period, balances by type… shown on the import and kept with it. */
  metadata: Record<string, string>;
  /** Entries that could not be read: each becomes a rejected row, never a silent gap. */
  problems: DocumentProblem[];
  /** What the reader repaired or assumed to read the file (a mismatched closing tag, a missing status). */
  warnings?: Warning[];
};

/** An entry row, at its line; `member` names the archive member it is in. */
export type DocumentRow = { line: number; cells: string[]; member?: string };
/** `code`: why, when a user can answer it (`amount_excess_decimals`: the import may round them); else `entry_unreadable`. */
export type DocumentProblem = { line: number; message: string; raw: string; code?: string };

/**
 * Choices the user made for this import. `roundExcessDecimals`: entries written with more
 * decimals than their currency are rounded half-even to its minor unit (never by default), each
 * one's text as written kept in its row, the rounding flagged and recorded in the metadata.
 */
export type DocumentOptions = { roundExcessDecimals?: 'half-even' };

/** Reads one decoded document for a profile; throws {@link DocumentError} when the file is not readable at all. */
export type DocumentReader = (text: string, profile: Profile, options?: DocumentOptions) => EntryDocument;

/** What a document says about itself once read to its end: everything of {@link EntryDocument} but its rows. */
export type DocumentFacts = Omit<EntryDocument, 'columns' | 'rows' | 'problems'>;

/** Rows (and entries that could not be read) completed since they were last taken. */
export type DocumentPart = { rows: DocumentRow[]; problems: DocumentProblem[] };

/**
 * A document read as its text arrives, in pieces of any size: each entry's row is ready once the
 * entry has been read, so memory stays the same whatever the size of the file. `whole`: the
 * format is still read at once (the pieces are kept until the end), so its size is capped.
 * Throws {@link DocumentError} as soon as the text cannot be read.
 *
 * @example const parser = openDocument(profile); for (const text of pieces) { parser.push(text); use(parser.take()); } parser.end();
 */
export type DocumentParser = {
  readonly columns: readonly string[];
  readonly whole: boolean;
  push(text: string): void;
  take(): DocumentPart;
  end(): DocumentFacts;
};

/** Opens a {@link DocumentParser} of one format for a profile. */
export type DocumentOpener = (profile: Profile, options?: DocumentOptions) => DocumentParser;

/** The whole-text reader of a streaming format: one push, then its rows and facts. */
export const readWhole =
  (open: DocumentOpener): DocumentReader =>
  (text, profile, options) => {
    const parser = open(profile, options);
    parser.push(text);
    const facts = parser.end();
    return { columns: parser.columns, ...parser.take(), ...facts };
  };

/** A format read at once, as a {@link DocumentParser}: its text is kept until the end, then read whole. */
export const wholeParser =
  (read: DocumentReader): DocumentOpener =>
  (profile, options) => {
    const pieces: string[] = [];
    let document: EntryDocument | null = null;
    return {
      get columns() {
        return document?.columns ?? [];
      },
      whole: true,
      push: (text) => void pieces.push(text),
      take: () => {
        const part = { rows: document?.rows ?? [], problems: document?.problems ?? [] };
        if (document) document = { ...document, rows: [], problems: [] };
        return part;
      },
      end: () => {
        document = read(pieces.join(''), profile, options);
        pieces.length = 0;
        const { columns: _columns, rows: _rows, problems: _problems, ...facts } = document;
        return facts;
      },
    };
  };

/** The file as a whole cannot be read as this format (not well-formed, wrong root, cut short). */
export class DocumentError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = 'DocumentError';
  }
}

/** A document already read (an archive's members merged), handed out as a {@link DocumentParser}. */
export function readParser(document: EntryDocument): DocumentParser {
  const { columns, rows, problems, ...facts } = document;
  let part: DocumentPart = { rows, problems };
  return {
    columns,
    whole: true,
    push: () => {},
    take: () => {
      const taken = part;
      part = { rows: [], problems: [] };
      return taken;
    },
    end: () => facts,
  };
}
