import { importProfileLabel } from '../core/import/generic-reader.ts';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ConvertFormat } from '../core/index.ts';
import { cliContext, createNodeEngine, fileSource } from './node-engine.ts';
import { forcedProfiles, PROFILE_OPTIONS, readProfileFolders } from './profile-flags.ts';
import { maskChoice, MASK_OPTIONS } from './mask-option.ts';
import { profilePin } from './reconcile-output.ts';
import { refuseOverwritingInputs } from './same-file.ts';
import { encodingOption, InputError, roundingOption } from './usage.ts';
import { roundingHint } from './rounding-hint.ts';
import { writeFileAtomic } from './write-file.ts';

const FORMATS: readonly ConvertFormat[] = ['csv', 'json', 'ndjson', 'xlsx'];

/** `recondesk convert`: any importable file → canonical CSV, JSON, NDJSON or XLSX. */
export async function convertCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      to: { type: 'string' },
      out: { type: 'string', default: '.' },
      json: { type: 'boolean', default: false },
      currency: { type: 'string' },
      encoding: { type: 'string' },
      'round-excess-decimals': { type: 'string' },
      ...PROFILE_OPTIONS,
      ...MASK_OPTIONS,
    },
  });
  const mask = maskChoice(values) === true;
  const encoding = encodingOption(values.encoding);
  const rounding = roundingOption(values['round-excess-decimals']);
  const round = rounding.roundExcessDecimals ? { round_excess_decimals: rounding.roundExcessDecimals } : {};
  const to = values.to as ConvertFormat | undefined;
  if (!to || !FORMATS.includes(to)) throw new InputError(`convert needs --to ${FORMATS.join('|')}`);
  if (positionals.length === 0) throw new InputError('convert needs at least one FILE');
  const targetOf = (file: string) => path.join(values.out, `${path.parse(file).name}.canonical.${to}`);
  refuseOverwritingInputs(
    positionals,
    positionals.map((file) => ({ path: targetOf(file), option: `the conversion of ${file}` })),
  );
  const user = readProfileFolders(values.profiles ?? []);
  const forced = forcedProfiles(values.profile ?? [], positionals);
  const files: Record<string, unknown> = {};
  let failed = 0;
  for (const file of positionals) {
    const engine = await createNodeEngine(undefined, user);
    const currency = values.currency === undefined ? {} : { currency: values.currency.toUpperCase() };
    const imported = await engine['import/file'](
      { file: fileSource(file), ...currency, ...encoding, ...round, ...forced(file) },
      cliContext(),
    );
    if (!imported.ok) {
      failed++;
      const error = imported.issues
        .map((i) => `${i.line ? `line ${i.line}: ` : ''}${i.path ? `${i.path}: ` : ''}${i.message}`)
        .join('; ');
      files[file] = { error };
      if (!values.json) console.error(`${file}: ${error}`);
      continue;
    }
    const summary = imported.value;
    const target = targetOf(file);
    writeFileAtomic(target, await engine['convert/import']({ import_id: summary.import_id, to, mask }, cliContext()));
    files[file] = {
      profile: importProfileLabel(summary),
      ...profilePin(summary),
      encoding: summary.encoding,
      entries: summary.entries,
      records: summary.records,
      rejected: summary.rejected,
      ...(summary.rejected > 0 ? { rejections: summary.rejections.slice(0, 3).map((r) => r.message) } : {}),
      net_minor: summary.net_minor,
      control: summary.control_status,
      control_detail: summary.controls
        .map((c) => `${c.label}: ${c.stated} / ${c.computed}${c.holds ? '' : ' ✗'}`)
        .join('; '),
      warnings: summary.warnings,
      output: target,
    };
    if (!values.json) {
      console.log(`${file} → ${target} (${summary.records} records, ${summary.rejected} rejected)`);
      for (const said of summary.warnings)
        console.error(`${file}${said.line ? `:${said.line}` : ''}: warning: ${said.message}`);
      const hint = roundingHint(summary);
      if (hint) console.error(hint);
    }
  }
  if (values.json) console.log(JSON.stringify({ files }));
  return failed > 0 ? 2 : 0;
}
