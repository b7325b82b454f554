import os from 'node:os';
import { publishVersion, versionLabel } from '../../core/index.ts';
import { readProfileFile } from '../profile-flags.ts';
import { InputError } from '../usage.ts';
import { help, parseProfilesArgs, print, profilesEngine, quiet, refused, saveWorkspace } from './common.ts';
import { libraryTarget, writeToFolder } from './library-target.ts';

export const PUBLISH_USAGE = `recondesk profiles publish P.json --note TEXT [--by NAME] (--workspace ws.sqlite | --profiles DIR) [--json]

Freeze a draft: its content hash, the change note, when and by whom are stored beside the content, in the
workspace's library or the --profiles folder. A published id@version never changes: an edit is the next version.`;

/** `recondesk profiles publish`. */
export async function profilesPublishCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseProfilesArgs(argv, { note: { type: 'string' }, by: { type: 'string' } });
  if (values.help) return help(PUBLISH_USAGE);
  const [file] = positionals;
  if (file === undefined || positionals.length > 1)
    throw new InputError(`publish needs one P.json\n\n${PUBLISH_USAGE}`);
  const note = typeof values.note === 'string' ? values.note.trim() : '';
  if (note === '') throw new InputError('publish needs --note TEXT: what changed in this version');
  const by = typeof values.by === 'string' ? values.by : os.userInfo().username;
  const target = libraryTarget(values, 'publish');
  const draft = readProfileFile(file);
  const { engine, folders } = await profilesEngine(values);
  let published;
  if ('workspace' in target) {
    const result = await engine['profiles/publish']({ version: draft, note, by }, quiet);
    if (!result.ok) refused(result.issues, file);
    published = result.value;
    await saveWorkspace(engine, target.workspace);
  } else {
    published = publishVersion(draft, { note, at: new Date().toISOString(), by });
    writeToFolder(target.folder, folders, [published]);
  }
  const label = versionLabel(published.profile);
  print(values.json, { profile: label, ...published.meta }, () => [
    `${label} published (${published.meta.content_hash?.slice(0, 12) ?? ''}…): ${note}`,
  ]);
  return 0;
}
