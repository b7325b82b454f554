import { InputError } from '../usage.ts';
import { profilesDiffCommand } from './diff.ts';
import { profilesDuplicateCommand } from './duplicate.ts';
import { profilesExportCommand } from './export.ts';
import { profilesImportCommand } from './import.ts';
import { profilesListCommand } from './list.ts';
import { profilesNewCommand } from './new.ts';
import { profilesPublishCommand } from './publish.ts';
import { profilesShowCommand } from './show.ts';
import { profilesTestCommand } from './test.ts';
import { profilesValidateCommand } from './validate.ts';

export const PROFILES_USAGE = `recondesk profiles — the profile library (built-in and mine)

Usage:
  recondesk profiles list
  recondesk profiles show ID[@V]
  recondesk profiles validate FILE...
  recondesk profiles test PROFILE FILE...
  recondesk profiles diff OLD NEW FILE...
  recondesk profiles new --from FILE [--out P.json]
  recondesk profiles duplicate ID[@V] --out P.json
  recondesk profiles publish P.json --note TEXT
  recondesk profiles import FILE...
  recondesk profiles export ID[@V]... --out DIR

PROFILE, OLD and NEW are a profile file or ID[@V]. Each takes --json and --help; the library is the
built-ins, every *.json in each --profiles DIR, and the --workspace library; import and publish write
to the --workspace library, or else to the (first) --profiles folder.`;

const SUBCOMMANDS: Record<string, (argv: string[]) => Promise<number>> = {
  list: profilesListCommand,
  show: profilesShowCommand,
  validate: profilesValidateCommand,
  test: profilesTestCommand,
  diff: profilesDiffCommand,
  new: profilesNewCommand,
  duplicate: profilesDuplicateCommand,
  publish: profilesPublishCommand,
  import: profilesImportCommand,
  export: profilesExportCommand,
};

/** `recondesk profiles SUBCOMMAND …`. */
export async function profilesCommand(argv: string[]): Promise<number> {
  const [subcommand, ...rest] = argv;
  if (subcommand === undefined) {
    console.error(PROFILES_USAGE);
    return 2;
  }
  if (subcommand === '--help' || subcommand === '-h' || subcommand === 'help') {
    console.log(PROFILES_USAGE);
    return 0;
  }
  const run = SUBCOMMANDS[subcommand];
  if (!run) throw new InputError(`unknown subcommand "${subcommand}"\n\n${PROFILES_USAGE}`);
  return run(rest);
}
