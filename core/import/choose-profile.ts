import { detectProfiles, pickProfile, type Candidate, type DetectInput } from '../detect/detect.ts';
import type { Profile } from '../profile/types.ts';
import { fail, issue, ok, type Result } from '../result.ts';

/** `id` or `id@version`: that profile (its latest version when none is named). */
export function findProfile(profiles: readonly Profile[], reference: string): Profile | undefined {
  const [id, version] = reference.split('@');
  const matching = profiles.filter((p) => p.id === id && (version === undefined || p.version === Number(version)));
  return matching.sort((a, b) => b.version - a.version)[0];
}

/** The profile to read a file with: the one asked for, or the best detected one. */
export function chooseProfile(
  head: DetectInput,
  file: string,
  profiles: readonly Profile[],
  requested?: string,
): Result<{ profile: Profile; confidence: number; runnerUp: Candidate | null; candidates: Candidate[] }> {
  const candidates = detectProfiles(head, profiles);
  if (requested !== undefined) {
    const profile = findProfile(profiles, requested);
    if (!profile) return fail(issue('profile_unknown', `No profile "${requested}".`, { file }));
    const confidence = candidates.find((c) => c.profile === profile)?.confidence ?? 0;
    return ok({ profile, confidence, runnerUp: null, candidates });
  }
  const { best, runnerUp } = pickProfile(candidates);
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
  return ok({ profile: best.profile, confidence: best.confidence, runnerUp, candidates });
}
