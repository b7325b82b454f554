import type { Profile } from '../../../../core/profile/types.ts';
import type { ImportEntry } from '../files/use-imports.ts';

/** Nothing fits, the generic reader leaves a question open, or the profile that fitted best cannot find its header. */
const NOT_FITTED = new Set(['profile_not_detected', 'profile_question', 'header_missing']);

/** A file no profile fits: read with the generic reader's suggestion, or refused because no profile reads it. */
export const fitsNoProfile = (entry: ImportEntry): boolean =>
  entry.state === 'done'
    ? entry.summary.warnings.some((said) => said.code === 'suggested_mapping')
    : entry.state === 'failed' && entry.issues.some((issue) => NOT_FITTED.has(issue.code));

/** The suggestion an import was read with, as the workspace kept it. */
export const keptDraft = (entry: ImportEntry): Profile | null => {
  const kept = entry.state === 'done' ? entry.summary.metadata['suggested_profile'] : undefined;
  return kept === undefined ? null : (JSON.parse(kept) as Profile);
};
