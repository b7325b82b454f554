import { profileFileText, versionLabel } from '../../core/index.ts';
import { InputError } from '../usage.ts';
import { writeFileAtomic } from '../write-file.ts';
import { help, parseProfilesArgs, print, profilesEngine, quiet, refused } from './common.ts';

export const DUPLICATE_USAGE = `recondesk profiles duplicate ID[@V] --out P.json [--id NEW-ID] [--profiles DIR]... [--workspace ws.sqlite] [--json]

"Duplicate as mine": a draft of your own started from any version (a built-in included) — the next
version of the same id, or version 1 of --id — to edit, test, diff and publish.`;

/** `recondesk profiles duplicate`. */
export async function profilesDuplicateCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseProfilesArgs(argv, { out: { type: 'string' }, id: { type: 'string' } });
  if (values.help) return help(DUPLICATE_USAGE);
  const [reference] = positionals;
  if (reference === undefined || positionals.length > 1 || typeof values.out !== 'string')
    throw new InputError(`duplicate needs ID[@V] --out P.json\n\n${DUPLICATE_USAGE}`);
  const { engine } = await profilesEngine(values);
  const id = typeof values.id === 'string' ? { id: values.id } : {};
  const draft = await engine['profiles/duplicate']({ reference, ...id }, quiet);
  if (!draft.ok) refused(draft.issues);
  writeFileAtomic(values.out, profileFileText(draft.value));
  const label = versionLabel(draft.value.profile);
  print(values.json, { profile: label, ...draft.value.meta, out: values.out }, () => [
    `${values.out}: draft ${label}, from ${reference}`,
  ]);
  return 0;
}
