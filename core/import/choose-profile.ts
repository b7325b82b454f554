import { detectProfiles, pickProfile, type Candidate, type DetectInput } from '../detect/detect.ts';
import type { Profile } from '../profile/types.ts';
import { fail, issue, ok, type Result } from '../result.ts';
import type { DetectedBy } from './types.ts';

/** `id` or `id@version`: that profile (its latest version when none is named; the first listed among equals). */
export function findProfile(profiles: readonly Profile[], reference: string): Profile | undefined {
  const [id, version] = reference.split('@');
  const matching = profiles.filter((p) => p.id === id && (version === undefined || p.version === Number(version)));
  return matching.sort((a, b) => b.version - a.version)[0];
}

export type ProfileChoice = {
  profile: Profile;
  confidence: number;
  runnerUp: Candidate | null;
  candidates: Candidate[];
  /** What chose it: the user's request, a user profile that fits, or the built-ins' best fit. */
  by: DetectedBy;
};

/** The user's profiles, tried before the built-ins: one that fits wins — the user made it for that layout. */
export type ProfileTiers = { user?: readonly Profile[] };

/**
 * The profile to read a file with: the one asked for (an `id@version`, looked up among the user's
 * profiles first, or a profile's content), else a user profile that fits above the detection
 * threshold, else the built-in that fits best.
 */
export function chooseProfile(
  head: DetectInput,
  file: string,
  profiles: readonly Profile[],
  requested?: string | Profile,
  tiers: ProfileTiers = {},
): Result<ProfileChoice> {
  const user = tiers.user ?? [];
  const candidates = detectProfiles(head, [...user, ...profiles]);
  if (requested !== undefined) {
    const profile = typeof requested === 'string' ? findProfile([...user, ...profiles], requested) : requested;
    if (!profile) return fail(issue('profile_unknown', `No profile "${String(requested)}".`, { file }));
    const confidence = detectProfiles(head, [profile])[0]?.confidence ?? 0;
    return ok({ profile, confidence, runnerUp: null, candidates, by: 'requested' });
  }
  const mine = pickProfile(detectProfiles(head, user));
  if (mine.best)
    return ok({
      profile: mine.best.profile,
      confidence: mine.best.confidence,
      runnerUp: mine.runnerUp,
      candidates,
      by: 'user',
    });
  const { best, runnerUp } = pickProfile(detectProfiles(head, profiles));
  if (!best) {
    const nearest = candidates[0];
    const hint = nearest ? ` The nearest is ${nearest.profile.id} (confidence ${nearest.confidence}).` : '';
    return fail(
      issue(
        'profile_not_detected',
        `No profile fits this file.${hint} Create a profile for its layout, or choose one.`,
        { file },
      ),
    );
  }
  return ok({ profile: best.profile, confidence: best.confidence, runnerUp, candidates, by: 'builtin' });
}
