import { normalizeHeader } from '../normalize/header.ts';
import type { Profile } from '../profile/types.ts';
import { SNIFFED_DELIMITERS } from '../read/csv/sniff.ts';

export type Candidate = { profile: Profile; confidence: number };

/** Confidence below which a profile is not taken on its own. */
export const MIN_CONFIDENCE = 0.6;
/** A runner-up within this distance of the best is shown beside it. */
const CLOSE = 0.1;
const LINES_LOOKED_AT = 60;

/** The start of a file as detection sees it: its text, and its rows when it is a spreadsheet. */
export type DetectInput = { text: string; rows?: readonly (readonly string[])[]; name?: string };

/**
 * Rank profiles by how well the start of a file fits their fingerprint: the share of the
 * profile's signature header names found on one row, the share of its text patterns found
 * (XML namespace, first tags, JSON keys), plus its producer line when it has one.
 *
 * @example detectProfiles({ text: headText }, builtinProfiles())[0] // { profile: alipay…, confidence: 1 }
 */
export function detectProfiles(input: DetectInput, profiles: readonly Profile[]): Candidate[] {
  const lines = input.text.split(/\r\n|\n|\r/, LINES_LOOKED_AT);
  return profiles
    .map((profile) => ({ profile, confidence: score(profile, input, lines) }))
    .filter((candidate) => candidate.confidence > 0)
    .sort(
      (a, b) =>
        b.confidence - a.confidence ||
        specificity(b.profile) - specificity(a.profile) ||
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

function score(profile: Profile, input: DetectInput, lines: string[]): number {
  const parts: number[] = [];
  const { headerIncludes, patterns, lineIncludes = [], fileNames = [] } = profile.detect;
  if (headerIncludes) parts.push(headerScore(profile, headerIncludes, input, lines));
  if (patterns) parts.push(patterns.filter((pattern) => new RegExp(pattern).test(input.text)).length / patterns.length);
  const base = parts.length === 0 ? 0 : parts.reduce((sum, part) => sum + part, 0) / parts.length;
  let confidence = base;
  if (lineIncludes.length > 0) {
    const producer = lineIncludes.some((text) => lines.some((line) => line.includes(text))) ? 1 : 0;
    confidence = confidence * 0.9 + producer * 0.1;
  }
  if (fileNames.length > 0) {
    const named = fileNames.some((pattern) => new RegExp(pattern, 'i').test(input.name ?? '')) ? 1 : 0;
    confidence = confidence * 0.9 + named * 0.1;
  }
  return round(confidence);
}

/** How many kinds of fingerprint a profile has: of two that fit equally, the more specific wins. */
function specificity(profile: Profile): number {
  const { headerIncludes, patterns, lineIncludes, fileNames } = profile.detect;
  return [headerIncludes, patterns, lineIncludes, fileNames].filter((part) => part !== undefined && part.length > 0)
    .length;
}

/** Best share of the header names found on one row: rows of a sheet, or lines split by the CSV delimiter. */
function headerScore(profile: Profile, names: string[], input: DetectInput, lines: string[]): number {
  const wanted = names.map((name) => normalizeHeader(name));
  const excluded = (profile.detect.headerExcludes ?? []).map((name) => normalizeHeader(name));
  if (input.rows)
    return profile.sheet ? bestRowScore(profile, wanted, excluded, input.rows.slice(0, LINES_LOOKED_AT)) : 0;
  if (!profile.csv) return 0;
  const declared = profile.csv.delimiter;
  // A profile found by its header names needs no exact delimiter: `auto` tries each candidate.
  const delimiters = declared === 'auto' ? SNIFFED_DELIMITERS : [declared];
  let best = 0;
  for (const delimiter of delimiters) {
    const rows = lines.map((line) => line.split(delimiter).map((cell) => cell.replace(/^"|"$/g, '')));
    best = Math.max(best, bestRowScore(profile, wanted, excluded, rows));
  }
  return best;
}

function bestRowScore(
  profile: Profile,
  wanted: string[],
  excluded: string[],
  rows: readonly (readonly string[])[],
): number {
  let best = 0;
  for (const row of rows) {
    const cells = new Set(row.map((cell) => normalizeHeader(cell, profile.clean.stripPrefixes)));
    if (excluded.some((name) => cells.has(name))) continue;
    const found = wanted.filter((name) => cells.has(name)).length / wanted.length;
    if (found > best) best = found;
  }
  return best;
}

const round = (value: number): number => Math.round(value * 100) / 100;
