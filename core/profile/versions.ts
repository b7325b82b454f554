import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Profile } from './types.ts';

/** Where a profile version comes from: the read-only built-in library, or the user's own. */
export type ProfileOrigin = 'builtin' | 'user';

/** A draft may still change; a published version never does. */
export type ProfileStatus = 'draft' | 'published';

/**
 * What the library knows about a version, kept outside its content (the content stays a plain
 * profile valid against schemas/profile.v1.schema.json).
 */
export type VersionMeta = {
  status: ProfileStatus;
  /** {@link contentHash} of the content, fixed when the version is published. */
  content_hash?: string;
  /** The change note given when it was published. */
  note?: string;
  published_at?: string;
  published_by?: string;
  /** The content hash of the version this one was started from (an edit, or a duplicated built-in). */
  based_on?: string;
};

/** One version of a profile as the library holds it: its content, where it comes from, its metadata. */
export type ProfileVersion = {
  profile: Profile;
  origin: ProfileOrigin;
  meta: VersionMeta;
  /** The file it was read from (a `--profiles` folder, an imported file). */
  file?: string;
};

/**
 * A value as canonical JSON: object keys sorted by code unit, no whitespace, `undefined` members
 * left out (as JSON has none). The same content gives the same text whatever order it was written in.
 *
 * @example canonicalJson({ b: 1, a: [true, 'x'] }) // '{"a":[true,"x"],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('a profile holds only finite numbers');
    return JSON.stringify(value);
  }
  if (Array.isArray(value))
    return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  const members = Object.keys(value)
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
  return `{${members.join(',')}}`;
}

/**
 * The content hash of a profile version: SHA-256 (lowercase hex) of its canonical JSON. Two
 * versions with the same hash read files alike; records are pinned to it.
 *
 * @example contentHash(profile) // '3f2a…' (64 hex digits)
 */
export function contentHash(content: Profile | unknown): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(content))));
}

/** `id@version`, how a version is shown. */
export const versionLabel = (profile: { id: string; version: number }): string => `${profile.id}@${profile.version}`;

/** A draft's content may still change; publishing freezes it. */
export function draftOf(profile: Profile, basedOn?: string): ProfileVersion {
  return {
    profile,
    origin: 'user',
    meta: { status: 'draft', ...(basedOn === undefined ? {} : { based_on: basedOn }) },
  };
}

/**
 * Publish a draft: its content is frozen under its content hash, with the change note, when and by
 * whom. A version already published stays as it is (publishing twice changes nothing).
 */
export function publishVersion(
  version: ProfileVersion,
  change: { note: string; at: string; by?: string },
): ProfileVersion {
  if (version.meta.status === 'published') return version;
  const profile = structuredClone(version.profile);
  return {
    ...version,
    profile,
    origin: 'user',
    meta: {
      ...version.meta,
      status: 'published',
      content_hash: contentHash(profile),
      note: change.note,
      published_at: change.at,
      ...(change.by === undefined ? {} : { published_by: change.by }),
    },
  };
}

/**
 * Edit a version's content. A draft takes the change; a published version (or a built-in) stays
 * byte-identical and the change becomes the next draft, numbered after it, based on its hash.
 */
export function editVersion(version: ProfileVersion, edit: (content: Profile) => Profile): ProfileVersion {
  const current = structuredClone(version.profile);
  if (version.meta.status === 'draft' && version.origin === 'user')
    return { ...version, profile: edit(current), meta: { ...version.meta } };
  const next = edit({ ...current, version: version.profile.version + 1 });
  return draftOf(next, version.meta.content_hash ?? contentHash(version.profile));
}

/** The hash records are pinned to: the frozen one of a published version, the current content's otherwise. */
export const pinnedHash = (version: ProfileVersion): string =>
  version.meta.content_hash ?? contentHash(version.profile);
