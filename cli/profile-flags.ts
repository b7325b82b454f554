import fs from 'node:fs';
import path from 'node:path';
import { parseProfileFile, type Issue, type Profile, type ProfileVersion } from '../core/index.ts';
import { InputError } from './usage.ts';

/** The options every command that reads files takes to find and force profiles. */
export const PROFILE_OPTIONS = {
  profiles: { type: 'string', multiple: true },
  profile: { type: 'string', multiple: true },
} as const;

/** Issues as lines naming the file, the JSON path and what is wrong. */
export const issueLines = (issues: readonly Issue[], fallback?: string): string =>
  issues
    .map((found) => {
      const where = [found.file ?? fallback, found.path].filter((part) => part !== undefined).join(' at ');
      const message =
        found.path && found.message.startsWith(`${found.path}: `)
          ? found.message.slice(found.path.length + 2)
          : found.message;
      return `${where ? `${where}: ` : ''}${message}`;
    })
    .join('\n');

/** Read one profile file; a file that does not validate is a usage error with every issue. */
export function readProfileFile(file: string): ProfileVersion {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new InputError(`${file}: cannot be read (no such file, or no permission)`);
  }
  const read = parseProfileFile(text, file);
  if (!read.ok) throw new InputError(issueLines(read.issues, file));
  return read.value;
}

/** Every `*.json` profile file of each `--profiles` folder, whatever its name, drafts and published alike. */
export function readProfileFolders(folders: readonly string[]): ProfileVersion[] {
  const issues: string[] = [];
  const versions: ProfileVersion[] = [];
  for (const folder of folders) {
    let names: string[];
    try {
      names = fs
        .readdirSync(folder)
        .filter((name) => name.toLowerCase().endsWith('.json'))
        .sort();
    } catch {
      throw new InputError(`--profiles ${folder}: is not a folder that can be read`);
    }
    for (const name of names) {
      try {
        versions.push(readProfileFile(path.join(folder, name)));
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        issues.push(error.message);
      }
    }
  }
  if (issues.length > 0) throw new InputError(issues.join('\n'));
  return versions;
}

/** What `--profile` forces for one input: a profile's content (a file) or an `ID[@V]` to look up. */
export type ForcedProfile = { profile: Profile } | { profile_id: string } | Record<string, never>;

/** A PROFILE argument: a profile file (a path ending .json, or one that exists), else `ID[@V]` or a content hash. */
export function profileArgument(value: string): { profile: Profile } | { profile_id: string } {
  if (value.toLowerCase().endsWith('.json') || fs.existsSync(value)) return { profile: readProfileFile(value).profile };
  if (!/^[a-z0-9][a-z0-9-]{1,62}(@\d+)?$|^[0-9a-f]{12,64}$/.test(value))
    throw new InputError(`--profile ${value}: is neither a profile file nor ID[@VERSION]`);
  return { profile_id: value };
}

/**
 * `--profile [INPUT=]ID[@V]` or `--profile [INPUT=]PROFILE_FILE`, repeatable: with `INPUT=` for that
 * input path only, without it for every input. An INPUT no input matches is a usage error.
 */
export function forcedProfiles(values: readonly string[], inputs: readonly string[]): (input: string) => ForcedProfile {
  const perInput = new Map<string, { profile: Profile } | { profile_id: string }>();
  let every: ForcedProfile = {};
  for (const value of values) {
    const split = value.lastIndexOf('=');
    if (split <= 0) {
      every = profileArgument(value);
      continue;
    }
    const input = value.slice(0, split);
    if (!inputs.some((given) => path.resolve(given) === path.resolve(input)))
      throw new InputError(`--profile ${value}: ${input} is not one of the input files`);
    perInput.set(path.resolve(input), profileArgument(value.slice(split + 1)));
  }
  return (input) => perInput.get(path.resolve(input)) ?? every;
}
