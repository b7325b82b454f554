import type { Database, SqlJsStatic } from 'sql.js';
import { suggestFromFile } from '../import/generic-reader.ts';
import type { Hasher } from '../import/hash.ts';
import type { ByteSource } from '../import/types.ts';
import {
  addVersion,
  allVersions,
  createLibrary,
  duplicateVersion,
  findVersion,
  type ProfileLibrary,
} from '../profile/library.ts';
import { diffSample } from '../profile/profile-diff.ts';
import { parseProfileFile, profileFileText } from '../profile/profile-file.ts';
import { previewOf } from '../profile/profile-test.ts';
import { readSample } from '../profile/sample-read.ts';
import type { Profile } from '../profile/types.ts';
import { validateProfile } from '../profile/validate.ts';
import { pinnedHash, publishVersion, versionLabel, type ProfileVersion } from '../profile/versions.ts';
import { fail, issue, ok, type Result } from '../result.ts';
import type { EngineHandlers, ProfileInfo, ProfileReference } from './contract.ts';
import { pinnedVersion, saveWorkspaceVersion, versionUse, workspaceVersions } from './profile-library-store.ts';

export type ProfileHandlerOptions = {
  db: () => Database;
  sqlJs: SqlJsStatic;
  createHasher: () => Hasher;
  now: () => string;
  /** User versions from outside the workspace (the CLI's `--profiles` folders). */
  extra: readonly ProfileVersion[];
};

type ProfileHandlers = Pick<
  EngineHandlers,
  | 'profiles/list'
  | 'profiles/show'
  | 'profiles/validate'
  | 'profiles/test'
  | 'profiles/diff'
  | 'profiles/suggest'
  | 'profiles/duplicate'
  | 'profiles/save'
  | 'profiles/publish'
  | 'profiles/import'
  | 'profiles/export'
  | 'profiles/pinned'
>;

/** The library as the engine sees it now: built-ins, the workspace's library, then the extra versions. */
export const engineLibrary = (options: ProfileHandlerOptions): ProfileLibrary =>
  createLibrary([...workspaceVersions(options.db()), ...options.extra]);

/** A reference (`ID[@V]`, a content hash, or content) as a version: the library's, then the workspace's pinned content. */
export function resolveReference(options: ProfileHandlerOptions, reference: ProfileReference): Result<ProfileVersion> {
  if (typeof reference !== 'string') {
    const checked = validateProfile(reference);
    return checked.ok ? ok({ profile: checked.value, origin: 'user', meta: { status: 'draft' } }) : checked;
  }
  const found =
    findVersion(engineLibrary(options), reference) ??
    (/^[0-9a-f]{12,64}$/.test(reference) ? pinnedVersion(options.db(), reference) : undefined);
  return found ? ok(found) : fail(issue('profile_unknown', `No profile "${reference}".`, { path: '/id' }));
}

/** The engine's profile handlers: the library, its files, and dry runs of a version on sample files. */
export function profileHandlers(options: ProfileHandlerOptions): ProfileHandlers {
  const sample = { sqlJs: options.sqlJs, createHasher: options.createHasher, now: options.now };
  const readAll = async (profile: Profile, files: ByteSource[]) => {
    const reads = [];
    for (const file of files) reads.push(await readSample(file, profile, sample));
    return reads;
  };
  const keep = (version: ProfileVersion): Result<ProfileVersion> => {
    const added = addVersion(workspaceVersions(options.db()), version);
    if (!added.ok) return added;
    const kept = { ...version, origin: 'user' as const };
    saveWorkspaceVersion(options.db(), kept);
    return ok(kept);
  };
  return {
    'profiles/list': async () => {
      const use = versionUse(options.db());
      return allVersions(engineLibrary(options)).map((version) => infoOf(version, use.get(pinnedHash(version))));
    },
    'profiles/show': async ({ reference }) => resolveReference(options, reference),
    'profiles/validate': async ({ text, file }) => parseProfileFile(text, file),
    'profiles/test': async ({ profile, files }) => {
      const version = resolveReference(options, profile);
      if (!version.ok) return version;
      return ok((await readAll(version.value.profile, files)).map(previewOf));
    },
    'profiles/diff': async ({ before, after, files }) => {
      const old = resolveReference(options, before);
      const next = resolveReference(options, after);
      if (!old.ok || !next.ok) return fail(...(old.ok ? [] : old.issues), ...(next.ok ? [] : next.issues));
      const olds = await readAll(old.value.profile, files);
      const nexts = await readAll(next.value.profile, files);
      return ok(nexts.map((read, index) => diffSample(olds[index] ?? read, read)));
    },
    'profiles/suggest': async ({ file, currency }) => suggestFromFile(file, currency),
    'profiles/duplicate': async ({ reference, id }) => duplicateVersion(engineLibrary(options), reference, id),
    'profiles/save': async ({ version }) => {
      const checked = validateProfile(version.profile);
      if (!checked.ok) return checked;
      return keep({ ...version, profile: checked.value, meta: { ...version.meta, status: 'draft' } });
    },
    'profiles/publish': async ({ version, note, by }) => {
      const checked = validateProfile(version.profile);
      if (!checked.ok) return checked;
      if (note.trim() === '')
        return fail(issue('profile_note', 'Publishing needs a change note.', { path: '/library/note' }));
      const change = { note, at: options.now(), ...(by === undefined ? {} : { by }) };
      return keep(publishVersion({ ...version, profile: checked.value }, change));
    },
    'profiles/import': async ({ files }) => {
      const read = files.map((file) => parseProfileFile(file.text, file.name));
      const refused = read.flatMap((result) => (result.ok ? [] : result.issues));
      if (refused.length > 0) return fail(...refused);
      const kept: ProfileVersion[] = [];
      for (const result of read) {
        if (!result.ok) continue;
        const stored = keep(result.value);
        if (!stored.ok) return stored;
        kept.push(stored.value);
      }
      return ok(kept);
    },
    'profiles/export': async ({ reference }) => {
      const version = resolveReference(options, reference);
      if (!version.ok) return version;
      const name = `${version.value.profile.id}.v${version.value.profile.version}.json`;
      return ok({ name, text: profileFileText(version.value) });
    },
    'profiles/pinned': async ({ import_id }) => {
      const hash = options.db().exec('SELECT profile_hash FROM import WHERE id = ?', [import_id])[0]?.values[0]?.[0];
      const version = typeof hash === 'string' ? pinnedVersion(options.db(), hash) : undefined;
      return version
        ? ok(version)
        : fail(
            issue(
              'profile_not_kept',
              `Import #${import_id} was stored before the workspace kept its profile's content.`,
            ),
          );
    },
  };
}

function infoOf(version: ProfileVersion, use: { imports: number; last_used: string } | undefined): ProfileInfo {
  const { profile, meta } = version;
  return {
    id: profile.id,
    version: profile.version,
    label: versionLabel(profile),
    name: profile.name,
    side: profile.side,
    format: profile.format,
    source: 'value' in profile.source ? profile.source.value : 'mixed',
    origin: version.origin,
    status: meta.status,
    content_hash: pinnedHash(version),
    ...(meta.note === undefined ? {} : { note: meta.note }),
    ...(meta.published_at === undefined ? {} : { published_at: meta.published_at }),
    ...(meta.published_by === undefined ? {} : { published_by: meta.published_by }),
    ...(version.file === undefined ? {} : { file: version.file }),
    imports: use?.imports ?? 0,
    last_used: use?.last_used ?? null,
  };
}
