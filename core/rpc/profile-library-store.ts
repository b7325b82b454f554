import type { Database } from 'sql.js';
import { validateProfile } from '../profile/validate.ts';
import type { Profile } from '../profile/types.ts';
import { canonicalJson, contentHash, type ProfileVersion, type VersionMeta } from '../profile/versions.ts';
import { queryAll } from '../store/workspace.ts';

/** The workspace's own profile library (drafts and published versions). */
export function workspaceVersions(db: Database): ProfileVersion[] {
  return queryAll<{ meta_json: string; content_json: string }>(
    db,
    'SELECT meta_json, content_json FROM library_profile ORDER BY profile_id, profile_version',
  ).flatMap((row) => {
    const checked = validateProfile(JSON.parse(row.content_json));
    // A version this build can no longer read stays in the file untouched, and out of detection.
    return checked.ok
      ? [{ profile: checked.value, origin: 'user', meta: JSON.parse(row.meta_json) as VersionMeta }]
      : [];
  });
}

/** Keep a version in the workspace's library (a draft replaces the draft of its id@version). */
export function saveWorkspaceVersion(db: Database, version: ProfileVersion): void {
  const { profile, meta } = version;
  db.run(
    `INSERT INTO library_profile (profile_id, profile_version, status, meta_json, content_json) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (profile_id, profile_version) DO UPDATE SET status = excluded.status, meta_json = excluded.meta_json,
       content_json = excluded.content_json`,
    [profile.id, profile.version, meta.status, JSON.stringify(meta), canonicalJson(profile)],
  );
}

/** The content that read imports, by hash (or its first digits): kept even after the profile changed or went. */
export function pinnedVersion(db: Database, hash: string): ProfileVersion | undefined {
  const row = queryAll<{ content_hash: string; content_json: string }>(
    db,
    'SELECT content_hash, content_json FROM profile_version WHERE substr(content_hash, 1, ?) = ? LIMIT 1',
    [hash.length, hash],
  )[0];
  if (!row) return undefined;
  const profile = JSON.parse(row.content_json) as Profile;
  if (contentHash(profile) !== row.content_hash) return undefined;
  return { profile, origin: 'user', meta: { status: 'published', content_hash: row.content_hash } };
}

/** How many imports each content hash read, and when it was last used. */
export function versionUse(db: Database): Map<string, { imports: number; last_used: string }> {
  const rows = queryAll<{ profile_hash: string; imports: number; last_used: string }>(
    db,
    `SELECT profile_hash, count(*) AS imports, max(imported_at) AS last_used FROM import
     WHERE profile_hash IS NOT NULL GROUP BY profile_hash`,
  );
  return new Map(rows.map((row) => [row.profile_hash, { imports: row.imports, last_used: row.last_used }]));
}
