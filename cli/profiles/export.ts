import path from 'node:path';
import { InputError } from '../usage.ts';
import { writeFileAtomic } from '../write-file.ts';
import { help, parseProfilesArgs, print, profilesEngine, quiet, refused } from './common.ts';

export const EXPORT_USAGE = `recondesk profiles export ID[@V]... --out DIR [--profiles DIR]... [--workspace ws.sqlite] [--json]

Write versions as profile files (<id>.v<N>.json: the content, with the library metadata beside it).`;

/** `recondesk profiles export`. */
export async function profilesExportCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseProfilesArgs(argv, { out: { type: 'string' } });
  if (values.help) return help(EXPORT_USAGE);
  if (positionals.length === 0 || typeof values.out !== 'string')
    throw new InputError(`export needs ID[@V]... --out DIR\n\n${EXPORT_USAGE}`);
  const { engine } = await profilesEngine(values);
  const written: string[] = [];
  for (const reference of positionals) {
    const exported = await engine['profiles/export']({ reference }, quiet);
    if (!exported.ok) refused(exported.issues);
    const target = path.join(values.out, exported.value.name);
    writeFileAtomic(target, exported.value.text);
    written.push(target);
  }
  print(values.json, { written }, () => written.map((file) => `wrote ${file}`));
  return 0;
}
