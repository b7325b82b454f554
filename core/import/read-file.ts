import { decodeStream, DecodeError } from '../decode/decode-stream.ts';
import type { Profile } from '../profile/types.ts';
import { CsvError } from '../read/csv/read-csv.ts';
import { issue, type Issue } from '../result.ts';
import { chooseProfile } from './choose-profile.ts';
import { tapBytes, type Hasher } from './hash.ts';
import { ImportAbort } from './import-abort.ts';
import { observedPeriod } from './period.ts';
import { peekText } from './peek.ts';
import type { ReadEvent } from './read-events.ts';
import { readRows } from './read-rows.ts';
import type { ByteSource } from './types.ts';

export type ReadOptions = {
  profiles: readonly Profile[];
  /** `id` or `id@version`; detected when absent. */
  profileId?: string;
  createHasher: () => Hasher;
};

const HEAD_CHARS = 64 * 1024;

/**
 * Read one statement or book file into canonical records, without touching a workspace:
 * decode, detect the profile, stream the rows through it, check the file's own totals.
 * Every data row ends imported or rejected with its reason and line.
 *
 * @example
 * for await (const event of readFile(bytesSource('alipay.csv', bytes), options))
 *   if (event.type === 'end') console.log(event.totals.rows, event.totals.rejected);
 */
export async function* readFile(file: ByteSource, options: ReadOptions): AsyncGenerator<ReadEvent> {
  const hasher = options.createHasher();
  let bytesRead = 0;
  try {
    const decoded = await decodeStream(tapBytes(file.stream(), hasher, (total) => (bytesRead = total)));
    const { head, chunks } = await peekText(decoded.chunks, HEAD_CHARS);
    if (head.length === 0) throw new ImportAbort(issue('file_empty', 'The file is empty.', { file: file.name }));
    const chosen = chooseProfile(head, file.name, options.profiles, options.profileId);
    if (!chosen.ok) throw new ImportAbort(chosen.issues[0] ?? issue('profile_not_detected', 'No profile fits.'));
    const { profile, confidence } = chosen.value;
    yield {
      type: 'start',
      profile_id: profile.id,
      profile_version: profile.version,
      confidence,
      encoding: decoded.guess.encoding,
    };
    const rows = readRows(profile, chunks, file.name);
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
        net_minor: tally.netMinor,
        skipped_lines: tally.skippedLines,
        controls: tally.controls,
        metadata: { ...tally.metadata, detection_confidence: String(confidence) },
        ...observedPeriod(tally.metadata, tally.firstDate, tally.lastDate, profile.timeZone),
        sha256: hasher.digest(),
        bytes: bytesRead,
      },
    };
  } catch (error) {
    yield { type: 'error', issue: toIssue(error, file.name) };
  }
}

function toIssue(error: unknown, file: string): Issue {
  if (error instanceof ImportAbort) return error.issue;
  if (error instanceof DecodeError) return issue(error.code, `The file ${error.message}.`, { file });
  if (error instanceof CsvError) {
    const column = error.column ? { column: error.column } : {};
    return issue('csv_invalid', `Line ${error.line}: the file ${error.message}.`, {
      file,
      line: error.line,
      ...column,
    });
  }
  throw error;
}
