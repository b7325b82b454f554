import { normalizeHeader } from '../normalize/header.ts';
import type { Profile } from '../profile/types.ts';

export type Candidate = { profile: Profile; confidence: number };

/** Confidence below which a profile is not taken on its own. */
export const MIN_CONFIDENCE = 0.6;
/** A runner-up within this distance of the best is shown beside it. */
const CLOSE = 0.1;
const LINES_LOOKED_AT = 60;

/**
 * Rank profiles by how well the start of a file fits their fingerprint: the share of the
 * profile's signature header names found on one line, plus its producer line when it has one.
 *
 * @example detectProfiles(headText, builtinProfiles())[0] // { profile: alipay…, confidence: 1 }
 */
export function detectProfiles(headText: string, profiles: readonly Profile[]): Candidate[] {
  const lines = headText.split(/\r\n|\n|\r/, LINES_LOOKED_AT);
  return profiles
    .map((profile) => ({ profile, confidence: score(profile, lines) }))
    .filter((candidate) => candidate.confidence > 0)
    .sort(
      (a, b) =>
        b.confidence - a.confidence ||
        a.profile.id.localeCompare(b.profile.id) ||
        b.profile.version - a.profile.version,
    );
}

/** The best candidate, and the runner-up when it is close. */
export function pickProfile(candidates: Candidate[]): { best: Candidate | null; runnerUp: Candidate | null } {
  const [first, second] = candidates;
  const best = first && first.confidence >= MIN_CONFIDENCE ? first : null;
  const runnerUp = best && second && best.confidence - second.confidence <= CLOSE ? second : null;
  return { best, runnerUp };
}

function score(profile: Profile, lines: string[]): number {
  const wanted = profile.detect.headerIncludes.map((name) => normalizeHeader(name));
  let header = 0;
  for (const line of lines) {
    const cells = new Set(
      line
        .split(profile.csv.delimiter)
        .map((cell) => normalizeHeader(cell.replace(/^"|"$/g, ''), profile.clean.stripPrefixes)),
    );
    const found = wanted.filter((name) => cells.has(name)).length / wanted.length;
    if (found > header) header = found;
  }
  const producerLines = profile.detect.lineIncludes ?? [];
  if (producerLines.length === 0) return round(header);
  const producer = producerLines.some((text) => lines.some((line) => line.includes(text))) ? 1 : 0;
  return round(header * 0.9 + producer * 0.1);
}

const round = (value: number): number => Math.round(value * 100) / 100;
