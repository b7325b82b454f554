/**
 * Backup generations of a saved workspace, as names in one folder: `workspace.sqlite` is the
 * current file, `workspace.sqlite.1` … `.N` the good copies before it, newest first. This file
 * only plans; the host does the file operations in the order given, so that a crash between any
 * two of them leaves the current file old or new and every good copy still present.
 */

/** How many good copies are kept beside the current workspace. */
export const KEPT_GENERATIONS = 3;

export type Generation = { name: string; generation: number };

/** One file operation of a rotation. Names are plain file names in the workspace's folder. */
export type RotationStep =
  | { kind: 'rename'; from: string; to: string }
  /** `to` becomes a second name of `from` (a hard link, or a copy where links are not possible). */
  | { kind: 'keep-current'; from: string; to: string }
  | { kind: 'delete'; name: string };

export type RotationPlan = {
  /** Before the new file is renamed over the target: older copies move up, the current one becomes .1. */
  before: RotationStep[];
  /** Once the new file is in place and its folder synced: copies beyond the kept number go. */
  after: RotationStep[];
};

/** `workspace.sqlite` + 2 → `workspace.sqlite.2`. */
export function generationName(target: string, generation: number): string {
  return `${target}.${generation}`;
}

/** The generation a name holds for `target` (`workspace.sqlite.2` → 2), or null for any other name. */
export function generationNumber(target: string, name: string): number | null {
  if (!name.startsWith(`${target}.`)) return null;
  const suffix = name.slice(target.length + 1);
  if (!/^[1-9][0-9]{0,5}$/.test(suffix)) return null;
  return Number(suffix);
}

/** The generations among `names`, newest (lowest number) first. */
export function generationsOf(target: string, names: readonly string[]): Generation[] {
  const found: Generation[] = [];
  for (const name of names) {
    const generation = generationNumber(target, name);
    if (generation !== null) found.push({ name, generation });
  }
  return found.sort((a, b) => a.generation - b.generation);
}

/**
 * Moves the existing copies to .2, .3, … in their order, closing any gap a crash left. Each
 * rename lands on a free name: copies that move to a higher number go oldest first, those that
 * move to a lower number (after a gap) newest first.
 */
function shiftSteps(target: string, generations: readonly Generation[]): RotationStep[] {
  const moves = generations.map((entry, index) => ({ from: entry.name, to: generationName(target, index + 2) }));
  const up = moves.filter((_, index) => index + 2 > (generations[index]?.generation ?? 0)).reverse();
  const down = moves.filter((_, index) => index + 2 < (generations[index]?.generation ?? 0));
  return [...up, ...down].map((move) => ({ kind: 'rename', ...move }));
}

/**
 * What to do to keep the current file as a copy while a verified new one replaces it. Call it
 * only when the current file opened as a good workspace (a file that failed to open is set
 * aside with {@link setAsideName}, never rotated). `names` are the folder's entries.
 *
 * @example
 * planRotation('workspace.sqlite', ['workspace.sqlite', 'workspace.sqlite.1'])
 * // before: rename .1 → .2, keep-current workspace.sqlite → .1; after: nothing
 */
export function planRotation(target: string, names: readonly string[], keep: number = KEPT_GENERATIONS): RotationPlan {
  if (!Number.isInteger(keep) || keep < 1) throw new RangeError(`keep must be a whole number ≥ 1, got ${keep}`);
  const generations = generationsOf(target, names);
  const hasCurrent = names.includes(target);
  const before = hasCurrent
    ? [
        ...shiftSteps(target, generations),
        { kind: 'keep-current' as const, from: target, to: generationName(target, 1) },
      ]
    : [];
  // Where each copy stands once `before` is done: shifted by one when the current file joined them.
  const afterwards = hasCurrent ? generations.map((_, index) => index + 2) : generations.map((g) => g.generation);
  const after: RotationStep[] = afterwards
    .filter((generation) => generation > keep)
    .map((generation) => ({ kind: 'delete', name: generationName(target, generation) }));
  return { before, after };
}

/**
 * The name a refused file is set aside under, beside the target and never over anything:
 * `workspace.sqlite.refused-2026-12-06T22-31-05Z` (no colons, which Windows forbids), with
 * `-2`, `-3`… when that name is taken.
 */
export function setAsideName(target: string, at: Date, names: readonly string[]): string {
  const stamp = at
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replaceAll(':', '-');
  const base = `${target}.refused-${stamp}`;
  const taken = new Set(names);
  if (!taken.has(base)) return base;
  let counter = 2;
  while (taken.has(`${base}-${counter}`)) counter++;
  return `${base}-${counter}`;
}

/** The temp file a save writes before renaming it over `target`: `.workspace.sqlite.<unique>.tmp`. */
export function tempName(target: string, unique: string): string {
  return `.${target}.${unique}.tmp`;
}

/** Temp files of `target` among `names`: what a save that was killed leaves behind. */
export function orphanedTemps(target: string, names: readonly string[]): string[] {
  const prefix = `.${target}.`;
  return names.filter((name) => name.startsWith(prefix) && name.endsWith('.tmp') && name.length > prefix.length + 4);
}
