import { App as AntApp } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Issue } from '../../../../core/result.ts';
import { versionLabel, type ProfileVersion } from '../../../../core/profile/versions.ts';
import { send } from '../../engine/client.ts';
import { host } from '../../host/index.ts';
import { draftText } from './use-draft.ts';

/** Issues as one line of a message. */
export const issueText = (issues: readonly Issue[]) => issues.map((issue) => issue.message).join(' · ');

/**
 * What the editor stores of a version: a draft kept in the workspace's library, a version
 * published with its change note, a profile file saved where the user says. `onStored` hears of
 * each change of the library.
 */
export function useVersionStore(current: ProfileVersion, onStored: (version: ProfileVersion) => void) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const save = async () => {
    const saved = await send('profiles/save', { version: current });
    if (!saved.ok) return void message.error(issueText(saved.issues));
    void message.success(t('profiles.saved', { label: versionLabel(saved.value.profile) }));
    onStored(saved.value);
  };
  /** Publish with the note; the reason it was refused, or null once published. */
  const publish = async (note: string): Promise<string | null> => {
    const published = await send('profiles/publish', { version: current, note });
    if (!published.ok) return issueText(published.issues);
    void message.success(t('profiles.publishedAs', { label: versionLabel(published.value.profile) }));
    onStored(published.value);
    return null;
  };
  /** A stored version as its profile file (content and library metadata); a draft as its content. */
  const exportFile = async (stored: ProfileVersion) => {
    const hash = stored.meta.status === 'published' ? stored.meta.content_hash : undefined;
    const exported = hash === undefined ? null : await send('profiles/export', { reference: hash });
    const file = exported?.ok
      ? exported.value
      : { name: `${current.profile.id}.v${current.profile.version}.json`, text: draftText(current.profile) };
    await host.saveFile({
      suggestedName: file.name,
      bytes: new TextEncoder().encode(file.text),
      filters: [{ name: 'Profile', extensions: ['json'] }],
    });
  };
  return { save, publish, exportFile };
}
