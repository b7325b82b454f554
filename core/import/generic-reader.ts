import { ENCODINGS, type Encoding } from '../decode/encoding.ts';
import { suggestProfile, type Suggestion } from '../profile/suggest.ts';
import { contentHash } from '../profile/versions.ts';
import { fail, issue, warning, type Result, type Warning } from '../result.ts';
import { HEAD_BYTES, type OpenedFile } from './open-file.ts';

/** A suggested profile as an import is pinned to it: its content, its content hash, what it decided. */
export type SuggestedRead = Suggestion & { hash: string; label: string };

/**
 * The generic statement reader's profile for a file no profile fits: the suggestion from the
 * opened file (a text head, or a workbook's sheets), labelled `generic@<short hash>` by its
 * content so two different mappings never share a name, with a warning saying it is one.
 */
export function suggestForFile(
  opened: OpenedFile,
  file: { name: string; size: number },
  currency?: string,
): Result<SuggestedRead> {
  if (opened.container === 'archive')
    return fail(issue('profile_not_detected', 'No profile fits the statements in this archive.', { file: file.name }));
  const suggested = suggestProfile(
    opened.container === 'sheets'
      ? { file: file.name, encoding: 'utf-8', sheets: opened.sheets, ...named(currency) }
      : {
          file: file.name,
          encoding: legacyEncoding(opened.guess.encoding),
          text: { head: opened.detect.text, complete: file.size <= HEAD_BYTES },
          ...named(currency),
        },
  );
  if (!suggested.ok) return suggested;
  const hash = contentHash(suggested.value.profile);
  const label = suggestedLabel(hash);
  const said: Warning = warning(
    'suggested_mapping',
    `No profile fits this file: it was read with a suggested mapping (${label}) — check it, and save it as your profile with \`recondesk profiles new --from FILE\` if it is right.`,
  );
  return { ok: true, value: { ...suggested.value, warnings: [said, ...suggested.value.warnings], hash, label } };
}

/** How an import read with a suggested profile names it: `generic@` and the first 8 digits of its content hash. */
export const suggestedLabel = (hash: string): string => `generic@${hash.slice(0, 8)}`;

const named = (currency: string | undefined) => (currency === undefined ? {} : { currency });

const legacyEncoding = (encoding: string): Encoding =>
  (ENCODINGS as readonly string[]).includes(encoding) ? (encoding as Encoding) : 'utf-8';
