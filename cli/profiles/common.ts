import fs from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { EngineHandlers, Issue, ProfileReference, ProfileVersion } from '../../core/index.ts';
import { createNodeEngine } from '../node-engine.ts';
import { issueLines, profileArgument, readProfileFolders } from '../profile-flags.ts';
import { InputError } from '../usage.ts';
import { writeFileAtomic } from '../write-file.ts';

/** Options every `profiles` subcommand takes. */
const COMMON = {
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  profiles: { type: 'string', multiple: true },
  workspace: { type: 'string' },
} as const;

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parse a subcommand's arguments with the common options; `--help` prints its usage. */
export function parseProfilesArgs<T extends Options>(argv: string[], options: T) {
  return parseArgs({ args: argv, allowPositionals: true, options: { ...COMMON, ...options } });
}

/** The library a subcommand works on: built-ins, the `--profiles` folders, and the `--workspace` library when it exists. */
export async function profilesEngine(values: { profiles?: string[]; workspace?: string }): Promise<{
  engine: EngineHandlers;
  folders: ProfileVersion[];
}> {
  const folders = readProfileFolders(values.profiles ?? []);
  const engine = await createNodeEngine(undefined, folders);
  if (values.workspace !== undefined && fs.existsSync(values.workspace)) {
    const opened = await engine['workspace/open']({ bytes: fs.readFileSync(values.workspace) }, quiet);
    if (!opened.ok) throw new InputError(`${values.workspace}: ${opened.issues[0]?.message ?? 'cannot be opened'}`);
  }
  return { engine, folders };
}

/** Write the engine's workspace back to `--workspace` (atomically). */
export async function saveWorkspace(engine: EngineHandlers, file: string): Promise<void> {
  writeFileAtomic(file, await engine['workspace/export']({}, quiet));
}

/** A PROFILE argument as the engine takes it: a profile file's content, or `ID[@V]` / a content hash. */
export function profileReference(value: string): ProfileReference {
  const argument = profileArgument(value);
  return 'profile' in argument ? argument.profile : argument.profile_id;
}

/** A usage error from the engine's issues, naming the file and JSON path. */
export function refused(issues: readonly Issue[], file?: string): never {
  throw new InputError(issueLines(issues, file));
}

/** Print the result: one JSON line with `--json`, else the text lines. */
export function print(json: boolean, data: unknown, lines: () => string[]): void {
  if (json) console.log(JSON.stringify(data));
  else console.log(lines().join('\n'));
}

/** A subcommand's help, printed with exit 0. */
export function help(usage: string): number {
  console.log(usage);
  return 0;
}

export const quiet = { progress: () => undefined, cancelled: () => false };
