import fs from 'node:fs';
import { issue, parseProfileFile, versionLabel } from '../../core/index.ts';
import { issueLines } from '../profile-flags.ts';
import { InputError } from '../usage.ts';
import { help, parseProfilesArgs, print } from './common.ts';

export const VALIDATE_USAGE = `recondesk profiles validate FILE... [--json]

Check profile files against the profile language: every error with its JSON path and a sentence.
Exit 0 when all are valid, 2 otherwise.`;

/** `recondesk profiles validate`. */
export async function profilesValidateCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseProfilesArgs(argv, {});
  if (values.help) return help(VALIDATE_USAGE);
  if (positionals.length === 0) throw new InputError(`validate needs at least one FILE\n\n${VALIDATE_USAGE}`);
  const files = positionals.map((file) => {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      return { file, valid: false, errors: [issue('file_unreadable', 'cannot be read', { path: '/' })] };
    }
    const read = parseProfileFile(text, file);
    if (!read.ok) return { file, valid: false, errors: read.issues.map(({ file: _file, ...found }) => found) };
    return { file, valid: true, profile: versionLabel(read.value.profile), status: read.value.meta.status, errors: [] };
  });
  print(values.json, { files }, () =>
    files.map((entry) =>
      entry.valid
        ? `${entry.file}: valid (${entry.profile}, ${entry.status})`
        : issueLines(entry.errors.map((error) => ({ ...error, file: entry.file }))),
    ),
  );
  return files.every((entry) => entry.valid) ? 0 : 2;
}
