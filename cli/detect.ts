import { parseArgs } from 'node:util';
import type { DetectResult } from '../core/index.ts';
import { createNodeEngine, fileSource } from './node-engine.ts';
import { forcedProfiles, PROFILE_OPTIONS, readProfileFolders } from './profile-flags.ts';
import { encodingOption, InputError } from './usage.ts';

/**
 * `recondesk detect`: the profile each file fits best, with its confidence and a close runner-up;
 * for a file no profile fits, the generic statement reader's suggested mapping (`generic@<hash>`).
 */
export async function detectCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      encoding: { type: 'string' },
      currency: { type: 'string' },
      ...PROFILE_OPTIONS,
    },
  });
  const encoding = encodingOption(values.encoding);
  const currency = values.currency === undefined ? {} : { currency: values.currency.toUpperCase() };
  if (positionals.length === 0) throw new InputError('detect needs at least one FILE');
  const forced = forcedProfiles(values.profile ?? [], positionals);
  const engine = await createNodeEngine(undefined, readProfileFolders(values.profiles ?? []));
  // Keyed by the path as given, like convert's `files`.
  const files: Record<string, DetectResult> = {};
  for (const file of positionals) {
    const result = await engine['import/detect'](
      { file: fileSource(file), ...encoding, ...currency, ...forced(file) },
      { progress: () => {}, cancelled: () => false },
    );
    files[file] = result;
    if (!values.json) {
      const best = result.best
        ? `${result.message} (confidence ${result.best.confidence}, ${result.best.encoding})`
        : result.message;
      const runnerUp = result.runner_up
        ? `; runner-up ${result.runner_up.profile_id}@${result.runner_up.profile_version} (${result.runner_up.confidence})`
        : '';
      console.log(`${file}: ${best}${runnerUp}`);
      for (const said of result.warnings) console.error(`${file}: warning: ${said.message}`);
    }
  }
  if (values.json) console.log(JSON.stringify({ files }));
  return Object.values(files).every((r) => r.best) ? 0 : 2;
}
