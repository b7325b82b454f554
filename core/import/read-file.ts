import type { Encoding, EncodingGuess } from '../decode/encoding.ts';
import type { Profile } from '../profile/types.ts';
import { contentHash } from '../profile/versions.ts';
import type { CsvLayout } from '../profile/layouts.ts';
import { readArchiveDocument } from '../read/archive/read-archive.ts';
import { readParser, readWhole, type DocumentOpener, type DocumentOptions } from '../read/document.ts';
import { readCsv } from '../read/csv/read-csv.ts';
import { sniffDelimiter } from '../read/csv/sniff.ts';
import type { Sheet } from '../read/sheet.ts';
import { issue, warning, type Warning } from '../result.ts';
import type { EncodedBatch } from '../store/encoded-batch.ts';
import { withAccountCurrency } from './account-currency.ts';
import { chooseOrSuggest, suggestedMetadata } from './generic-reader.ts';
import type { Hasher } from './hash.ts';
import { ImportAbort } from './import-abort.ts';
import { decodeText, encodingChoice, MAX_WHOLE_FILE_BYTES, openFile, usable, type OpenedFile } from './open-file.ts';
import { observedPeriod } from './period.ts';
import { readProblem } from './read-problem.ts';
import type { ReadEvent } from './read-events.ts';
import { readDocument } from './read-document.ts';
import { readTable, type ReadTally, type TableBatch } from './read-table.ts';
import { completeSheet } from './sheet-cells.ts';
import { DOCUMENT_PARSERS } from './readers.ts';
import type { ByteSource, RowIssue } from './types.ts';

export type ReadOptions = {
  /** The built-in profiles (and any other tried after the user's). */
  profiles: readonly Profile[];
  /** The user's profiles: one that fits wins over the built-ins. */
  userProfiles?: readonly Profile[];
  /** `id` or `id@version` (the user's first), or a profile's content; detected when absent. */
  profileId?: string | Profile;
  /** The account's currency, for files whose profile can only assume it. */
  currency?: string;
  /** The file's text encoding as the user named it, for bytes that are not UTF-8 (they may read as two different texts). */
  encoding?: Encoding;
  /** Round entries finer than their currency half-even instead of rejecting them (see {@link DocumentOptions}). */
  roundExcessDecimals?: 'half-even';
  createHasher: () => Hasher;
};

type Rows =
  | AsyncGenerator<{ batch: EncodedBatch; rejections: RowIssue[] }, ReadTally>
  | Generator<{ batch: EncodedBatch; rejections: RowIssue[] }, ReadTally>;

/**
 * Read one statement or book file into canonical records, without touching a workspace: open
 * it (text, workbook or HTML table), detect the profile, stream its rows — or its statement file's
 * entries — through the profile, check the file's own totals. Every data row ends imported or
 * rejected with its reason and line.
 *
 * @example
 * for await (const event of readFile(bytesSource('alipay.csv', bytes), options))
 *   if (event.type === 'end') console.log(event.totals.rows, event.totals.rejected);
 */
export async function* readFile(file: ByteSource, options: ReadOptions): AsyncGenerator<ReadEvent> {
  const hasher = options.createHasher();
  let bytesRead = 0;
  const tap = (bytes: Uint8Array) => {
    hasher.update(bytes);
    bytesRead += bytes.byteLength;
  };
  try {
    const opened = await openFile(file, tap, options.encoding);
    const user = { user: usable(options.userProfiles ?? [], opened) };
    const profiles = usable(options.profiles, opened);
    const chosen = chooseOrSuggest(opened, file, profiles, options.profileId, user, options.currency);
    if (!chosen.ok) throw new ImportAbort(chosen.issues[0] ?? issue('profile_not_detected', 'No profile fits.'));
    const { confidence, runnerUp, suggested, by } = chosen.value;
    const pinned = chosen.value.profile;
    const { profile, note, warnings } = withAccountCurrency(pinned, options.currency, file.name);
    const { rows, encoding, said } = await openRows(file, opened, profile, tap, options);
    const runner_up = runnerUp && {
      profile_id: runnerUp.profile.id,
      profile_version: runnerUp.profile.version,
      confidence: runnerUp.confidence,
    };
    yield {
      type: 'start',
      profile_id: profile.id,
      profile_version: profile.version,
      profile: pinned,
      profile_hash: contentHash(pinned),
      detected_by: by,
      confidence,
      runner_up,
      encoding,
    };
    let next = await rows.next();
    for (; !next.done; next = await rows.next()) yield { type: 'batch', ...next.value, bytes_read: bytesRead };
    const tally = next.value;
    yield {
      type: 'end',
      totals: {
        rows: tally.rows,
        imported: tally.imported,
        rejected: tally.rejected,
        records: tally.records,
        entries: tally.entries,
        net_minor: tally.netMinor,
        skipped_lines: tally.skippedLines,
        controls: tally.controls,
        metadata: {
          ...tally.metadata,
          ...note,
          detection_confidence: String(confidence),
          ...suggestedMetadata(suggested),
        },
        warnings: [...(suggested?.warnings ?? []), ...said, ...warnings, ...tally.warnings],
        ...observedPeriod(tally.metadata, tally.firstAt, tally.lastAt, profile.timeZone),
        sha256: hasher.digest(),
        bytes: bytesRead,
      },
    };
  } catch (error) {
    yield { type: 'error', issue: readProblem(error, file.name) };
  }
}

/** The file's rows through its reader, the encoding it was read in, and what was decided on the way. */
async function openRows(
  file: ByteSource,
  opened: OpenedFile,
  profile: Profile,
  tap: (bytes: Uint8Array) => void,
  options: Pick<ReadOptions, 'encoding' | 'roundExcessDecimals'>,
): Promise<{ rows: Rows; encoding: string; said: Warning[] }> {
  const chosen = options.encoding;
  if (opened.container === 'sheets') {
    if (!profile.sheet) throw new Error(`profile ${profile.id} has no sheet layout`);
    const sheet = pickSheet(opened.sheets, profile);
    const complete = completeSheet(sheet, profile.sheet);
    const rows = readTable(profile, profile.sheet, sheetBatches(sheet, complete.rows), file.name);
    const decided = opened.decided ? [opened.decided] : [];
    return { rows, encoding: opened.encoding, said: [...decided, ...sheetWarnings(sheet), ...complete.warnings] };
  }
  if (opened.container === 'archive') {
    const document = readArchiveDocument(opened.archive, profile, readWhole(documentParser(profile)));
    return { rows: readDocument(profile, readParser(document), [], file.name), encoding: 'archive', said: [] };
  }
  const choice = encodingChoice(opened, profile, chosen);
  if (profile.format === 'csv') {
    if (!profile.csv) throw new Error(`profile ${profile.id} has no csv layout`);
    const layout = resolveDelimiter(profile.csv, opened, file.name);
    const decoded = await decodeText(file, choice, tap);
    const csv = readCsv(decoded.chunks, { delimiter: layout.delimiter, quote: layout.quote });
    const rows = readTable(profile, layout, csv, file.name);
    return { rows, encoding: decoded.guess.encoding, said: guessWarnings(decoded.guess) };
  }
  const parser = documentParser(profile)(profile, documentOptions(options));
  const decoded = await decodeText(file, choice, tap, parser.whole ? MAX_WHOLE_FILE_BYTES : Number.POSITIVE_INFINITY);
  return {
    rows: readDocument(profile, parser, decoded.chunks, file.name),
    encoding: decoded.guess.encoding,
    said: guessWarnings(decoded.guess),
  };
}

const documentOptions = (options: Pick<ReadOptions, 'roundExcessDecimals'>): DocumentOptions =>
  options.roundExcessDecimals ? { roundExcessDecimals: options.roundExcessDecimals } : {};

const guessWarnings = (guess: EncodingGuess): Warning[] => (guess.warning ? [guess.warning] : []);

function documentParser(profile: Profile): DocumentOpener {
  const reader = profile.format === 'sheet' || profile.format === 'csv' ? undefined : DOCUMENT_PARSERS[profile.format];
  if (!reader) throw new ImportAbort(issue('format_unsupported', `Format ${profile.format} cannot be read yet.`));
  return reader;
}

/** The layout with its delimiter: as declared, or sniffed from the file's head when it is `auto`. */
function resolveDelimiter(layout: CsvLayout, opened: OpenedFile, file: string): CsvLayout {
  if (layout.delimiter !== 'auto') return layout;
  const delimiter = sniffDelimiter(opened.detect.text, layout.quote);
  if (delimiter === null)
    throw new ImportAbort(
      issue('delimiter_unknown', 'No cell delimiter (, ; TAB |) splits the first lines into columns alike.', { file }),
    );
  return { ...layout, delimiter };
}

/** The sheet the profile names, or the first whose header holds the layout's header names. */
function pickSheet(sheets: Sheet[], profile: Profile): Sheet {
  const wanted = profile.sheet?.sheet;
  if (typeof wanted === 'number' && sheets[wanted]) return sheets[wanted];
  if (typeof wanted === 'string') {
    const named = sheets.find((sheet) => sheet.name === wanted);
    if (named) return named;
  }
  const find = profile.sheet?.header.find ?? [];
  return (
    sheets.find((sheet) => sheet.rows.slice(0, 200).some((row) => find.every((name) => row.includes(name)))) ??
    (sheets[0] as Sheet)
  );
}

/** What the workbook reader could not take as text (error cells) is a warning on the import, at its row. */
function sheetWarnings(sheet: Sheet): Warning[] {
  return (sheet.notes ?? []).map((note) => {
    const row = /^[A-Z]+(\d+) /.exec(note)?.[1];
    return warning('cell_error', `Cell ${note}.`, row === undefined ? undefined : Number(row));
  });
}

async function* sheetBatches(sheet: Sheet, rows: string[][]): AsyncGenerator<TableBatch> {
  const size = 16_384;
  const hidden = new Set(sheet.hiddenLines ?? []);
  for (let start = 0; start < rows.length; start += size)
    yield {
      rows: rows.slice(start, start + size),
      lines: sheet.lines.slice(start, start + size),
      problems: new Map(),
      hidden,
    };
}
