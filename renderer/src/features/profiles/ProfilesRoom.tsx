import { Alert, App as AntApp } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Issue } from '../../../../core/result.ts';
import type { ProfileInfo } from '../../../../core/rpc/contract.ts';
import { pinnedHash, type ProfileVersion } from '../../../../core/profile/versions.ts';
import type { Desk, StudioRequest } from '../../app/desk.ts';
import { send } from '../../engine/client.ts';
import { host } from '../../host/index.ts';
import { draftFromSuggestion } from './draft-names.ts';
import { ProfileEditor, type OpenVersion } from './ProfileEditor.tsx';
import { ProfileList } from './ProfileList.tsx';
import { useLibrary } from './use-library.ts';
import { byteSources } from './use-preview.ts';
import { issueText } from './use-version-store.ts';
import './profiles.css';

/** The version a draft replaces, for its dry run: the one it was started from, else the previous number of its id. */
function baseOf(version: ProfileVersion, profiles: readonly ProfileInfo[]): OpenVersion['base'] {
  const from = version.meta.based_on;
  const found =
    (from === undefined ? undefined : profiles.find((info) => info.content_hash === from)) ??
    profiles.find(
      (info) =>
        info.id === version.profile.id && info.version === version.profile.version - 1 && info.origin === 'user',
    );
  if (found) return { reference: found.content_hash, label: found.label };
  return from === undefined ? null : { reference: from, label: from.slice(0, 12) };
}

/** The Profiles room: the library, and the studio that edits, previews, dry-runs and publishes one profile. */
export function ProfilesRoom({ desk }: { desk: Desk }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const { profiles, refresh } = useLibrary(desk.generation, desk.current === 'profiles');
  const [opened, setOpened] = useState<OpenVersion | null>(null);
  const [samples, setSamples] = useState<File[]>([]);
  const [refused, setRefused] = useState<{ title: string; issues: Issue[] } | null>(null);
  const nextKey = useRef(1);
  const handled = useRef(0);

  const open = useCallback(
    (version: ProfileVersion) => {
      setRefused(null);
      setOpened({ key: nextKey.current++, version, base: baseOf(version, profiles ?? []) });
    },
    [profiles],
  );

  const fromFile = useCallback(
    async (request: StudioRequest) => {
      const [file] = request.file ? byteSources([request.file]) : [];
      const suggested = file ? await send('profiles/suggest', { file }) : null;
      const content = suggested?.ok ? suggested.value.profile : request.draft;
      if (!content) {
        setRefused({
          title: t('profiles.unknown.noDraft', { file: request.name }),
          issues: suggested && !suggested.ok ? suggested.issues : [],
        });
        return;
      }
      const taken = new Set((await send('profiles/list', {})).map((info) => info.id));
      setSamples(request.file ? [request.file] : []);
      open({ profile: draftFromSuggestion(content, request.name, taken), origin: 'user', meta: { status: 'draft' } });
    },
    [open, t],
  );

  useEffect(() => {
    const request = desk.studioRequest;
    if (!request || request.key === handled.current) return;
    handled.current = request.key;
    void fromFile(request);
  }, [desk.studioRequest, fromFile]);

  const openInfo = async (info: ProfileInfo) => {
    const shown = await send('profiles/show', { reference: info.content_hash });
    if (shown.ok) open(shown.value);
    else void message.error(issueText(shown.issues));
  };
  const nextDraft = async (version: ProfileVersion) => {
    const next = await send('profiles/duplicate', { reference: pinnedHash(version) });
    if (next.ok) open(next.value);
    else void message.error(issueText(next.issues));
  };
  const stored = (version: ProfileVersion) => {
    desk.changed();
    refresh();
    open(version);
  };
  const importFiles = async () => {
    const chosen = await host.openFiles({ filters: [{ name: 'Profile', extensions: ['json'] }] });
    if (chosen.length === 0) return;
    const files = chosen.map((file) => ({ name: file.name, text: new TextDecoder().decode(file.bytes) }));
    const imported = await send('profiles/import', { files });
    if (!imported.ok)
      return setRefused({ title: t('profiles.importRefused', { count: files.length }), issues: imported.issues });
    setRefused(null);
    void message.success(t('profiles.imported', { count: imported.value.length }));
    desk.changed();
    refresh();
  };

  return (
    <div className="profiles-room">
      {refused && (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: () => setRefused(null) }}
          title={refused.title}
          data-testid="profiles-refused"
          description={
            <ul className="issue-list">
              {refused.issues.map((issue, index) => (
                <li key={index}>
                  {issue.file && <strong>{issue.file} </strong>}
                  {issue.path && <code>{issue.path}</code>} {issue.message}
                </li>
              ))}
            </ul>
          }
        />
      )}
      {opened ? (
        <ProfileEditor
          key={opened.key}
          opened={opened}
          samples={samples}
          onSamples={setSamples}
          onBack={() => setOpened(null)}
          onStored={stored}
          onNextDraft={(version) => void nextDraft(version)}
        />
      ) : (
        <ProfileList
          profiles={profiles}
          onOpen={(info) => void openInfo(info)}
          onImportFiles={() => void importFiles()}
        />
      )}
    </div>
  );
}
