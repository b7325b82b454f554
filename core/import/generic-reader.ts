import { ENCODINGS, type Encoding } from '../decode/encoding.ts';
import { suggestProfile, type Suggestion } from '../profile/suggest.ts';
import type { Candidate } from '../detect/detect.ts';
import type { Profile } from '../profile/types.ts';
import { canonicalJson, contentHash } from '../profile/versions.ts';
import { fail, issue, ok, warning, type Result, type Warning } from '../result.ts';
import { chooseProfile, type ProfileTiers } from './choose-profile.ts';
import { HEAD_BYTES, openFile, type OpenedFile } from './open-file.ts';
import { readProblem } from './read-problem.ts';
import type { ByteSource, DetectedBy } from './types.ts';

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

/** The profile chosen for a file, and the suggestion it is when no profile fitted. */
export type ChosenOrSuggested = {
  profile: Profile;
  confidence: number;
  runnerUp: Candidate | null;
  by: DetectedBy;
  suggested: SuggestedRead | null;
};

/**
 * The profile to read a file with: the one asked for or the best that fits (chooseProfile), and
 * when none fits, the generic statement reader's suggestion — last in precedence. A file the
 * suggestion cannot settle is refused with the question it leaves open.
 */
export function chooseOrSuggest(
  opened: OpenedFile,
  file: { name: string; size: number },
  profiles: readonly Profile[],
  requested: string | Profile | undefined,
  tiers: ProfileTiers,
  currency: string | undefined,
): Result<ChosenOrSuggested> {
  const chosen = chooseProfile(opened.detect, file.name, profiles, requested, tiers);
  if (chosen.ok) return ok({ ...chosen.value, suggested: null });
  if (requested !== undefined || chosen.issues[0]?.code !== 'profile_not_detected') return chosen;
  // An archive's statements are documents, never one bank table.
  if (opened.container === 'archive') return chosen;
  const suggested = suggestForFile(opened, file, currency);
  if (!suggested.ok) return suggested;
  return ok({
    profile: suggested.value.profile,
    confidence: 0,
    runnerUp: null,
    by: 'suggested',
    suggested: suggested.value,
  });
}

/** What an import read with a suggestion keeps of it: the content and its hash, beside the import's metadata. */
export const suggestedMetadata = (suggested: SuggestedRead | null): Record<string, string> =>
  suggested === null
    ? {}
    : {
        profile_hash: suggested.hash,
        profile_label: suggested.label,
        suggested_profile: canonicalJson(suggested.profile),
      };

/**
 * A draft profile from a file (the profile studio's "create a profile from this file"): the
 * same suggestion the generic reader reads with, or the issue naming what the file leaves open.
 *
 * @example const draft = await suggestFromFile(bytesSource('bank.csv', bytes)); // draft.value.profile
 */
export async function suggestFromFile(file: ByteSource, currency?: string): Promise<Result<SuggestedRead>> {
  try {
    const opened = await openFile(file, () => {});
    return suggestForFile(opened, file, currency);
  } catch (error) {
    return fail(readProblem(error, file.name));
  }
}

/** How an import names its profile: `id@version`, or `generic@<short hash>` for a suggested mapping. */
export const importProfileLabel = (summary: {
  profile_id: string;
  profile_version: number;
  metadata: Record<string, string>;
}): string => summary.metadata.profile_label ?? `${summary.profile_id}@${summary.profile_version}`;
