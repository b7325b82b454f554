import { fail, issue, ok, type Issue, type Result } from '../result.ts';
import { validateProfile } from './validate.ts';
import { contentHash, type ProfileVersion, type VersionMeta } from './versions.ts';

/**
 * A profile file: the profile's content alone (a draft), or the content with the library's
 * metadata beside it — `{ "library": { status, content_hash, note, published_at, published_by,
 * based_on }, "profile": { … } }` — so the content itself stays a plain, valid profile.
 */
export type ProfileFileData = { library: VersionMeta; profile: unknown };

/**
 * Read a profile file's text: JSON, then the content validated (every error with its JSON path),
 * then the metadata. A published version whose content no longer has its hash was changed after
 * publishing and is refused: published versions are immutable.
 *
 * @example parseProfileFile(text, 'mine/bank.json') // { ok: true, value: { profile, origin: 'user', meta } }
 */
export function parseProfileFile(text: string, file: string): Result<ProfileVersion> {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail(issue('profile_json', `is not JSON (${reason})`, { file, path: '/' }));
  }
  const wrapper = isWrapped(data) ? data : null;
  const wrapped = wrapper !== null;
  const content = wrapper ? wrapper.profile : data;
  const at = (path: string) => (wrapped ? `/profile${path === '/' ? '' : path}` : path);
  const checked = validateProfile(content, file);
  if (!checked.ok) return fail(...checked.issues.map((found) => moved(found, at)));
  const meta = wrapper ? readMeta(wrapper.library, file) : ok<VersionMeta>({ status: 'draft' });
  if (!meta.ok) return meta;
  const version: ProfileVersion = { profile: checked.value, origin: 'user', meta: meta.value, file };
  if (meta.value.status === 'published') {
    const hash = contentHash(checked.value);
    if (meta.value.content_hash !== hash)
      return fail(
        issue(
          'profile_changed',
          `${checked.value.id}@${checked.value.version} was changed after it was published (its content hash is ${hash.slice(0, 12)}…, ` +
            `published as ${(meta.value.content_hash ?? 'none').slice(0, 12)}…): published versions never change; ` +
            `save the edit as a draft with "version": ${checked.value.version + 1}`,
          { file, path: '/library/content_hash' },
        ),
      );
  }
  return ok(version);
}

/** A version as the text of a profile file (two-space JSON, metadata first). */
export function profileFileText(version: ProfileVersion): string {
  const data: ProfileFileData = { library: version.meta, profile: version.profile };
  return `${JSON.stringify(data, null, 2)}\n`;
}

function isWrapped(data: unknown): data is ProfileFileData {
  return typeof data === 'object' && data !== null && 'library' in data && 'profile' in data && !('id' in data);
}

const META_FIELDS = ['content_hash', 'note', 'published_at', 'published_by', 'based_on'] as const;

function readMeta(data: unknown, file: string): Result<VersionMeta> {
  const problem = (path: string, message: string): Issue =>
    issue('profile_library', message, { file, path: `/library${path}` });
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return fail(problem('', 'the library metadata must be an object'));
  const record = data as Record<string, unknown>;
  const issues: Issue[] = [];
  if (record.status !== 'draft' && record.status !== 'published')
    issues.push(problem('/status', 'status must be "draft" or "published"'));
  for (const key of Object.keys(record))
    if (key !== 'status' && !(META_FIELDS as readonly string[]).includes(key))
      issues.push(problem(`/${key}`, `"${key}" is not a library field (status, ${META_FIELDS.join(', ')})`));
  for (const key of META_FIELDS)
    if (record[key] !== undefined && typeof record[key] !== 'string')
      issues.push(problem(`/${key}`, `${key} must be text`));
  if (record.status === 'published' && typeof record.content_hash !== 'string')
    issues.push(problem('/content_hash', 'a published version needs its content_hash'));
  return issues.length > 0 ? fail(...issues) : ok(record as VersionMeta);
}

function moved(found: Issue, at: (path: string) => string): Issue {
  const path = at(found.path ?? '/');
  return { ...found, path, message: found.message.replace(/^(\/\S*|\/): /, `${path}: `) };
}
