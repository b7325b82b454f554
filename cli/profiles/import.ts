import fs from 'node:fs';
import { parseProfileFile, versionLabel, type Issue, type ProfileVersion } from '../../core/index.ts';
import { issueLines } from '../profile-flags.ts';
import { InputError } from '../usage.ts';
import { help, parseProfilesArgs, print, profilesEngine, quiet, refused, saveWorkspace } from './common.ts';
import { libraryTarget, writeToFolder } from './library-target.ts';

export const IMPORT_USAGE = `recondesk profiles import FILE... (--workspace ws.sqlite | --profiles DIR) [--json]

Add profile files (drafts or published versions) to the workspace's library or the --profiles folder.
A file that does not validate refuses the import, with every error and its JSON path.`;

/** `recondesk profiles import`. */
export async function profilesImportCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseProfilesArgs(argv, {});
  if (values.help) return help(IMPORT_USAGE);
  if (positionals.length === 0) throw new InputError(`import needs at least one FILE\n\n${IMPORT_USAGE}`);
  const target = libraryTarget(values, 'import');
  const texts = positionals.map((file) => {
    try {
      return { name: file, text: fs.readFileSync(file, 'utf8') };
    } catch {
      throw new InputError(`${file}: cannot be read (no such file, or no permission)`);
    }
  });
  const { engine, folders } = await profilesEngine(values);
  let imported: ProfileVersion[];
  if ('workspace' in target) {
    const result = await engine['profiles/import']({ files: texts }, quiet);
    if (!result.ok) refused(result.issues);
    imported = result.value;
    await saveWorkspace(engine, target.workspace);
  } else {
    const read = texts.map((entry) => parseProfileFile(entry.text, entry.name));
    const issues: Issue[] = read.flatMap((result) => (result.ok ? [] : result.issues));
    if (issues.length > 0) throw new InputError(issueLines(issues));
    imported = read.flatMap((result) => (result.ok ? [withoutFile(result.value)] : []));
    writeToFolder(target.folder, folders, imported);
  }
  const labels = imported.map((version) => `${versionLabel(version.profile)} (${version.meta.status})`);
  print(values.json, { imported: labels }, () => labels.map((label) => `imported ${label}`));
  return 0;
}

/** An imported version is written under its own name in the library, not over the file it came from. */
const withoutFile = ({ file: _file, ...version }: ProfileVersion): ProfileVersion => version;
