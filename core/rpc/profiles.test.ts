import fs from 'node:fs';
import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { bytesSource } from '../import/types.ts';
import { builtinProfiles } from '../profile/builtin.ts';
import type { Profile } from '../profile/types.ts';
import { canonicalJson, contentHash, draftOf, publishVersion } from '../profile/versions.ts';
import type { HandlerContext } from './contract.ts';
import { createHandlers } from './handlers.ts';
import { sharedPath } from '../../test/shared-folder.ts';

const sqlJs = await initSqlJs();
const CONTEXT: HandlerContext = { progress: () => {}, cancelled: () => false };
const ING = sharedPath(
  'realworld/bank_csv/nl-ing-mutatiesoort-extra_ofxstatement-dutch.csv',
  'core/rpc/profiles.test.ts',
);
const LAST_YEAR = ING ? fs.readFileSync(ING, 'utf8') : '';
// This year the bank renamed its amount column.
const THIS_YEAR = LAST_YEAR.replace('"Bedrag (EUR)"', '"Bedrag"');
const file = (name: string, text: string) => bytesSource(name, new TextEncoder().encode(text));

/** Version 2 of the built-in nl-ing, for the renamed column; it rules last year's header out. */
function version2(): Profile {
  const v1 = builtinProfiles().find((p) => p.id === 'nl-ing' && p.version === 1);
  if (!v1) throw new Error('nl-ing@1 is a built-in');
  const v2 = JSON.parse(JSON.stringify(v1).replaceAll('Bedrag (EUR)', 'Bedrag')) as Profile;
  return { ...v2, version: 2, detect: { ...v2.detect, headerExcludes: ['Bedrag (EUR)'] } };
}

describe.skipIf(!ING)('user profiles in the engine', () => {
  it('reads this year’s layout with the user’s version 2 and last year’s with the built-in version 1', async () => {
    const engine = createHandlers({ sqlJs, profiles: [version2()] });
    const now = await engine['import/file']({ file: file('2025.csv', THIS_YEAR) }, CONTEXT);
    const then = await engine['import/file']({ file: file('2024.csv', LAST_YEAR), on_overlap: 'allow' }, CONTEXT);
    if (!now.ok || !then.ok) throw new Error('both read');
    expect([now.value.profile_version, now.value.detection.by, now.value.rejected]).toEqual([2, 'user', 0]);
    expect([then.value.profile_version, then.value.detection.by, then.value.rejected]).toEqual([1, 'builtin', 0]);
    expect(now.value.net_minor).toEqual(then.value.net_minor);
  });

  it('lets a user profile that fits win over a built-in that fits as well, and says so', async () => {
    const mine = { ...version2(), detect: { ...version2().detect, headerExcludes: undefined } };
    const v1Layout = JSON.parse(JSON.stringify(mine).replaceAll('"Bedrag"', '"Bedrag (EUR)"')) as Profile;
    const engine = createHandlers({ sqlJs, profiles: [{ ...v1Layout, id: 'my-ing', version: 1 }] });
    const detected = await engine['import/detect']({ file: file('2024.csv', LAST_YEAR) }, CONTEXT);
    expect(detected.best).toMatchObject({ profile_id: 'my-ing', by: 'user', confidence: 1 });
    expect(detected.message).toBe('my-ing@1 (user profile)');
  });

  it('pins each import to its content: a reopened workspace holds v2’s content after the profile is gone', async () => {
    const published = publishVersion(draftOf(version2()), { note: 'Bedrag renamed', at: '2026-01-01T00:00:00Z' });
    const before = canonicalJson(published.profile);
    const engine = createHandlers({ sqlJs, profiles: [published] });
    const imported = await engine['import/file']({ file: file('2025.csv', THIS_YEAR) }, CONTEXT);
    if (!imported.ok) throw new Error(imported.issues[0]?.message);
    expect(imported.value.profile_hash).toBe(published.meta.content_hash);
    expect((await engine['profiles/list']({}, CONTEXT)).find((p) => p.label === 'nl-ing@2')).toMatchObject({
      origin: 'user',
      status: 'published',
      note: 'Bedrag renamed',
      imports: 1,
    });
    const bytes = await engine['workspace/export']({}, CONTEXT);

    // The profile changed, then was deleted: the workspace still names and holds the content that read the import.
    const reopened = createHandlers({ sqlJs });
    expect((await reopened['workspace/open']({ bytes }, CONTEXT)).ok).toBe(true);
    const [again] = await reopened['import/list']({}, CONTEXT);
    expect([again?.profile_id, again?.profile_version, again?.profile_hash]).toEqual([
      'nl-ing',
      2,
      contentHash(published.profile),
    ]);
    const pinned = await reopened['profiles/pinned']({ import_id: again?.import_id ?? 0 }, CONTEXT);
    expect(pinned.ok && canonicalJson(pinned.value.profile)).toBe(before);
    // …and can re-run it: the same records from the kept content.
    if (!pinned.ok) throw new Error('kept');
    const rerun = await reopened['profiles/test'](
      { profile: pinned.value.profile, files: [file('2025.csv', THIS_YEAR)] },
      CONTEXT,
    );
    expect(rerun.ok && rerun.value[0]?.imported).toBe(imported.value.imported);
  });

  it('publishes into the workspace library: an edit of a published version is refused under its number', async () => {
    const engine = createHandlers({ sqlJs });
    const draft = await engine['profiles/duplicate']({ reference: 'nl-ing@1' }, CONTEXT);
    if (!draft.ok) throw new Error('duplicated');
    const published = await engine['profiles/publish']({ version: draft.value, note: 'mine' }, CONTEXT);
    expect(published.ok && published.value.meta.status).toBe('published');
    const edited = { ...draft.value, profile: { ...draft.value.profile, timeZone: 'UTC' } };
    const refused = await engine['profiles/publish']({ version: edited, note: 'edit' }, CONTEXT);
    expect(refused.ok ? '' : refused.issues[0]?.message).toBe(
      'nl-ing@2 is already published and never changes; save the change as the next version (nl-ing@3).',
    );
    const shown = await engine['profiles/show']({ reference: 'nl-ing@2' }, CONTEXT);
    expect(shown.ok && shown.value.profile.timeZone).toBe(draft.value.profile.timeZone);
  });

  it('suggests a draft from a file no profile fits, which then reads the file’s every row on its preview', async () => {
    const engine = createHandlers({ sqlJs });
    const statement = file(
      'musterbank.csv',
      'Kontoauszug Musterbank\n\nBuchungstag;Verwendungszweck;Betrag (EUR);Vorgangsnummer\n' +
        '02.03.2026;Rechnung 4711;-120,50;VG-0001\n03.03.2026;Zahlung 88;1.250,00;VG-0002\n',
    );
    const suggested = await engine['profiles/suggest']({ file: statement }, CONTEXT);
    if (!suggested.ok) throw new Error(suggested.issues[0]?.message);
    expect(suggested.value.profile.csv?.header.find).toContain('Betrag (EUR)');
    expect(suggested.value.profile.currency).toEqual({ value: 'EUR' });
    const tested = await engine['profiles/test']({ profile: suggested.value.profile, files: [statement] }, CONTEXT);
    const preview = tested.ok ? tested.value[0] : undefined;
    expect([preview?.imported, preview?.rejected, preview?.net_minor]).toEqual([2, 0, { EUR: 112950 }]);
    const refused = await engine['profiles/suggest']({ file: file('notes.csv', 'just some words\n') }, CONTEXT);
    expect(refused.ok ? '' : refused.issues[0]?.code).toMatch(/^profile_(not_detected|question)$/);
  });
});
