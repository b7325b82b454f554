import type { Profile } from '../../../../core/profile/types.ts';

/** A place in a profile's content, as the form names it: keys and list positions from the top. */
export type DraftPath = readonly (string | number)[];

/** The JSON pointer of a place (`['fields', 'amount', 'column']` → `/fields/amount/column`), as validation issues carry them. */
export const pointerOf = (path: DraftPath): string =>
  `/${path.map((step) => String(step).replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`;

/** The value at a place of the draft, undefined where it has none. */
export function valueAt(profile: Profile, path: DraftPath): unknown {
  let current: unknown = profile;
  for (const step of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[step];
  }
  return current;
}

const isEmpty = (value: unknown): boolean =>
  value === undefined ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0);

/**
 * The draft with one place set, or removed when the value is empty (an unmapped field, a cleared
 * option): the profile language reads an absent member as "not used", never an empty one. Objects
 * left empty by a removal go too, so the content stays valid.
 */
export function setAt(profile: Profile, path: DraftPath, value: unknown): Profile {
  const root = structuredClone(profile) as unknown as Record<string | number, unknown>;
  const parents: Record<string | number, unknown>[] = [];
  let current = root;
  for (const step of path.slice(0, -1)) {
    parents.push(current);
    const next = current[step];
    if (next === null || typeof next !== 'object') current[step] = {};
    current = current[step] as Record<string | number, unknown>;
  }
  const last = path[path.length - 1];
  if (last === undefined) return profile;
  if (isEmpty(value)) {
    delete current[last];
    for (let depth = path.length - 2; depth >= 0; depth--) {
      const parent = parents[depth];
      const step = path[depth];
      if (parent === undefined || step === undefined || !isEmpty(parent[step])) break;
      delete parent[step];
    }
  } else current[last] = value;
  return root as unknown as Profile;
}

/** A column rule's columns as a list (the form's multiple choice), whether the profile wrote one or several. */
export const columnList = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];

/** A list of columns as the profile writes it: one name alone, several as a list, none as nothing. */
export const columnValue = (columns: readonly string[]): string | string[] | undefined =>
  columns.length === 0 ? undefined : columns.length === 1 ? columns[0] : [...columns];
