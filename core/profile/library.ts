import { fail, issue, ok, type Result } from '../result.ts';
import { builtinProfiles } from './builtin.ts';
import type { Profile } from './types.ts';
import { contentHash, draftOf, pinnedHash, versionLabel, type ProfileVersion } from './versions.ts';

/**
 * The profiles a run can use: the built-in library (read-only) and the user's own — the
 * workspace's library and every profile file of the `--profiles` folders, drafts and published
 * versions alike. In detection a user profile that fits wins over the built-ins.
 */
export type ProfileLibrary = { builtin: ProfileVersion[]; user: ProfileVersion[] };

let builtins: ProfileVersion[] | undefined;

/** The built-in profiles as published versions (their hash is their content's). */
export function builtinVersions(): ProfileVersion[] {
  builtins ??= builtinProfiles().map((profile) => ({
    profile,
    origin: 'builtin',
    meta: { status: 'published', content_hash: contentHash(profile) },
  }));
  return builtins;
}

/** A library of the built-ins and these user versions. */
export const createLibrary = (user: readonly ProfileVersion[] = []): ProfileLibrary => ({
  builtin: builtinVersions(),
  user: [...user],
});

/** Every version, the user's first (they win where both have the same `id@version`). */
export const allVersions = (library: ProfileLibrary): ProfileVersion[] => [...library.user, ...library.builtin];

/**
 * The version `ID`, `ID@V` or a content hash (or its first 12 digits) names: the user's before a
 * built-in of the same `id@version`, the highest version when none is given.
 */
export function findVersion(library: ProfileLibrary, reference: string): ProfileVersion | undefined {
  const all = allVersions(library);
  if (/^[0-9a-f]{12,64}$/.test(reference)) return all.find((version) => pinnedHash(version).startsWith(reference));
  const [id, number] = reference.split('@');
  const matching = all.filter(
    (version) => version.profile.id === id && (number === undefined || version.profile.version === Number(number)),
  );
  // A stable sort keeps the user's version first among equal numbers.
  return matching.sort((a, b) => b.profile.version - a.profile.version)[0];
}

/** The next free version number of an id, across the built-ins and the user's library. */
export function nextVersionNumber(library: ProfileLibrary, id: string): number {
  const numbers = allVersions(library)
    .filter((version) => version.profile.id === id)
    .map((version) => version.profile.version);
  return Math.max(0, ...numbers) + 1;
}

/**
 * "Duplicate as mine": a user draft started from any version — the next version of the same id,
 * or version 1 of a new id — based on the original's content hash.
 */
export function duplicateVersion(library: ProfileLibrary, reference: string, newId?: string): Result<ProfileVersion> {
  const original = findVersion(library, reference);
  if (!original) return fail(issue('profile_unknown', `No profile "${reference}".`));
  const id = newId ?? original.profile.id;
  if (!/^[a-z0-9][a-z0-9-]{1,62}$/.test(id))
    return fail(
      issue('profile_id', `"${id}" is not a profile id (lowercase letters, digits and dashes)`, { path: '/id' }),
    );
  const content: Profile = { ...structuredClone(original.profile), id, version: nextVersionNumber(library, id) };
  return ok(draftOf(content, pinnedHash(original)));
}

/**
 * Add a version to the user's library. A published version never changes: adding another
 * content under a published `id@version` is refused; a draft replaces the draft of its `id@version`.
 */
export function addVersion(user: readonly ProfileVersion[], version: ProfileVersion): Result<ProfileVersion[]> {
  const label = versionLabel(version.profile);
  const same = user.find((entry) => versionLabel(entry.profile) === label);
  if (same?.meta.status === 'published') {
    if (pinnedHash(same) === pinnedHash(version) && version.meta.status === 'published') return ok([...user]);
    return fail(
      issue(
        'profile_published',
        `${label} is already published and never changes; save the change as the next version (${version.profile.id}@${version.profile.version + 1}).`,
        { path: '/version', ...(version.file === undefined ? {} : { file: version.file }) },
      ),
    );
  }
  return ok([...user.filter((entry) => entry !== same), { ...version, origin: 'user' }]);
}

/** The profiles of each tier, as detection takes them. */
export const tiers = (library: ProfileLibrary): { user: Profile[]; builtin: Profile[] } => ({
  user: library.user.map((version) => version.profile),
  builtin: library.builtin.map((version) => version.profile),
});
