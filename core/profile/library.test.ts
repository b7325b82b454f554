import { describe, expect, it } from 'vitest';
import { addVersion, createLibrary, duplicateVersion, findVersion } from './library.ts';
import { parseProfileFile, profileFileText } from './profile-file.ts';
import { contentHash, publishVersion } from './versions.ts';

const library = createLibrary();

const duplicated = () => {
  const draft = duplicateVersion(library, 'nl-ing');
  if (!draft.ok) throw new Error(draft.issues[0]?.message);
  return draft.value;
};

describe('the profile library', () => {
  it('duplicates a built-in as the user’s next draft of the same id, based on the built-in’s hash', () => {
    const draft = duplicated();
    const builtin = findVersion(library, 'nl-ing@1');
    expect(draft.profile.version).toBe(2);
    expect(draft.origin).toBe('user');
    expect(draft.meta).toEqual({ status: 'draft', based_on: builtin && contentHash(builtin.profile) });
    const renamed = duplicateVersion(library, 'nl-ing@1', 'my-ing');
    expect(renamed.ok && `${renamed.value.profile.id}@${renamed.value.profile.version}`).toBe('my-ing@1');
  });

  it('names a version by id, id@version or content hash, the user’s first at the same id@version', () => {
    const mine = { ...duplicated(), profile: { ...duplicated().profile, version: 1, timeZone: 'UTC' } };
    const withMine = createLibrary([mine]);
    expect(findVersion(withMine, 'nl-ing@1')?.origin).toBe('user');
    expect(findVersion(library, 'nl-ing')?.origin).toBe('builtin');
    const hash = contentHash(findVersion(library, 'nl-ing@1')?.profile);
    expect(findVersion(withMine, hash.slice(0, 12))?.origin).toBe('builtin');
  });

  it('refuses another content under a published id@version, and keeps the published one', () => {
    const published = publishVersion(duplicated(), { note: 'v2', at: '2026-01-01T00:00:00Z' });
    const user = addVersion([], published);
    if (!user.ok) throw new Error('published');
    const edited = {
      ...published,
      profile: { ...published.profile, timeZone: 'UTC' },
      meta: { status: 'draft' as const },
    };
    const refused = addVersion(user.value, edited);
    expect(refused.ok ? [] : refused.issues.map((found) => found.message)).toEqual([
      'nl-ing@2 is already published and never changes; save the change as the next version (nl-ing@3).',
    ]);
    expect(addVersion(user.value, published)).toEqual({ ok: true, value: user.value });
  });
});

describe('profile files', () => {
  it('reads a plain profile as a draft and a published file with its metadata, round trip', () => {
    const published = publishVersion(duplicated(), { note: 'new header', at: '2026-01-01T00:00:00Z', by: 'ops' });
    const text = profileFileText(published);
    const read = parseProfileFile(text, 'p.json');
    expect(read.ok && read.value.meta).toEqual(published.meta);
    const plain = parseProfileFile(JSON.stringify(published.profile), 'plain.json');
    expect(plain.ok && plain.value.meta).toEqual({ status: 'draft' });
  });

  it('refuses a published file whose content was edited afterwards, and gives content errors under /profile', () => {
    const published = publishVersion(duplicated(), { note: 'x', at: '2026-01-01T00:00:00Z' });
    const edited = JSON.parse(profileFileText(published)) as { profile: Record<string, unknown> };
    edited.profile.timeZone = 'UTC';
    const tampered = parseProfileFile(JSON.stringify(edited), 'p.json');
    expect(tampered.ok ? [] : tampered.issues).toEqual([
      expect.objectContaining({ code: 'profile_changed', path: '/library/content_hash', file: 'p.json' }),
    ]);
    edited.profile.side = 'both';
    const invalid = parseProfileFile(JSON.stringify(edited), 'p.json');
    expect(invalid.ok ? [] : invalid.issues).toEqual([
      expect.objectContaining({ path: '/profile/side', message: '/profile/side: must be one of: statement, book' }),
    ]);
    const broken = parseProfileFile('{"id": ', 'broken.json');
    expect(broken.ok ? [] : broken.issues).toEqual([expect.objectContaining({ code: 'profile_json', path: '/' })]);
  });
});
