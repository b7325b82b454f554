import { profileFileText } from '../../core/index.ts';
import { InputError } from '../usage.ts';
import { help, parseProfilesArgs, print, profilesEngine, quiet, refused } from './common.ts';

export const SHOW_USAGE = `recondesk profiles show ID[@V] | HASH [--profiles DIR]... [--workspace ws.sqlite] [--json]

One version as a profile file: its content, with the library metadata beside it (status, content hash,
change note, published at/by). A content hash also finds what the workspace kept for its imports.`;

/** `recondesk profiles show`. */
export async function profilesShowCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseProfilesArgs(argv, {});
  if (values.help) return help(SHOW_USAGE);
  const [reference] = positionals;
  if (reference === undefined || positionals.length > 1) throw new InputError(`show needs one ID[@V]\n\n${SHOW_USAGE}`);
  const { engine } = await profilesEngine(values);
  const shown = await engine['profiles/show']({ reference }, quiet);
  if (!shown.ok) refused(shown.issues);
  const { profile, origin, meta, file } = shown.value;
  const label = `${profile.id}@${profile.version}`;
  print(
    values.json,
    { profile: label, origin, ...meta, ...(file === undefined ? {} : { file }), content: profile },
    () => [profileFileText(shown.value).trimEnd()],
  );
  return 0;
}
