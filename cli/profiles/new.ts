import path from 'node:path';
import { parseArgs } from 'node:util';
import { suggestFromFile } from '../../core/import/generic-reader.ts';
import { fileSource } from '../node-engine.ts';
import { InputError } from '../usage.ts';
import { writeFileAtomic } from '../write-file.ts';

const HELP = `recondesk profiles new --from FILE [--out P.json] [--currency CODE] [--json]
  A draft profile suggested from FILE (a bank table no profile fits): its encoding, delimiter,
  header row, column mapping, date and amount formats, currency and running balance. Printed to
  stdout unless --out names the profile file to write. Exits 2 naming the question the file
  leaves open when it cannot be settled from the file.`;

/** `recondesk profiles new --from FILE`: the draft the generic statement reader would read FILE with. */
export async function profilesNewCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      from: { type: 'string' },
      out: { type: 'string' },
      currency: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (values.from === undefined) throw new InputError('profiles new needs --from FILE');
  const suggested = await suggestFromFile(fileSource(values.from), values.currency);
  if (!suggested.ok) {
    const [problem] = suggested.issues;
    if (values.json) console.log(JSON.stringify({ ok: false, file: values.from, issues: suggested.issues }));
    else console.error(`${values.from}: ${problem?.message ?? 'no draft could be made'}`);
    return 2;
  }
  const { profile, warnings, label } = suggested.value;
  const text = `${JSON.stringify(profile, null, 2)}\n`;
  if (values.out !== undefined) writeFileAtomic(path.resolve(values.out), text);
  if (values.json)
    console.log(
      JSON.stringify({
        ok: true,
        file: values.from,
        profile: label,
        out: values.out ?? null,
        draft: profile,
        warnings,
      }),
    );
  else if (values.out === undefined) process.stdout.write(text);
  else console.log(`${values.out}: draft ${label} from ${values.from} — check it before you use it`);
  for (const said of warnings) if (!values.json) console.error(`${values.from}: ${said.message}`);
  return 0;
}
