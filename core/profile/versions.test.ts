import { describe, expect, it } from 'vitest';
import { builtinProfiles } from './builtin.ts';
import type { Profile } from './types.ts';
import { canonicalJson, contentHash, draftOf, editVersion, publishVersion, versionLabel } from './versions.ts';

const alipay = (): Profile => {
  const profile = builtinProfiles().find((p) => p.id === 'alipay-merchant-trade');
  if (!profile) throw new Error('alipay-merchant-trade is a built-in');
  return structuredClone(profile);
};

describe('profile versions', () => {
  it('hashes canonical JSON: key order and whitespace do not change the hash, any value does', () => {
    expect(canonicalJson({ b: 1, a: [true, 'x', null], c: undefined })).toBe('{"a":[true,"x",null],"b":1}');
    const profile = alipay();
    const reordered = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(profile).reverse()))) as Profile;
    expect(contentHash(reordered)).toBe(contentHash(profile));
    expect(contentHash(profile)).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHash({ ...profile, timeZone: 'Europe/Berlin' })).not.toBe(contentHash(profile));
  });

  it('freezes a published version: editing it makes the next draft and leaves its content byte-identical', () => {
    const published = publishVersion(draftOf(alipay()), { note: 'first', at: '2026-01-02T03:04:05Z', by: 'ops' });
    const before = canonicalJson(published.profile);
    expect(published.meta).toMatchObject({ status: 'published', note: 'first', published_by: 'ops' });
    expect(published.meta.content_hash).toBe(contentHash(published.profile));

    const next = editVersion(published, (content) => ({ ...content, timeZone: 'Europe/Berlin' }));
    expect(canonicalJson(published.profile)).toBe(before);
    expect(versionLabel(next.profile)).toBe('alipay-merchant-trade@2');
    expect(next.meta).toEqual({ status: 'draft', based_on: published.meta.content_hash });
    expect(next.profile.timeZone).toBe('Europe/Berlin');

    const edited = editVersion(next, (content) => ({ ...content, timeZone: 'Asia/Tokyo' }));
    expect(versionLabel(edited.profile)).toBe('alipay-merchant-trade@2');
    expect(publishVersion(published, { note: 'again', at: 'later' })).toBe(published);
  });
});
