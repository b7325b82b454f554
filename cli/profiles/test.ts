import type { CanonicalRecord, ProfilePreview } from '../../core/index.ts';
import { fileSource } from '../node-engine.ts';
import { InputError } from '../usage.ts';
import { help, parseProfilesArgs, print, profileReference, profilesEngine, quiet, refused } from './common.ts';

export const TEST_USAGE = `recondesk profiles test PROFILE FILE... [--profiles DIR]... [--workspace ws.sqlite] [--json]

PROFILE is a profile file or ID[@V]. For each sample file, what the live preview shows: the first rows as
the file has them and as canonical records, every rejected row with its reason, the control status, and
this profile's detection confidence on the file. Nothing is stored.`;

/** `recondesk profiles test`. */
export async function profilesTestCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseProfilesArgs(argv, {});
  if (values.help) return help(TEST_USAGE);
  const [profile, ...files] = positionals;
  if (profile === undefined || files.length === 0) throw new InputError(`test needs PROFILE FILE...\n\n${TEST_USAGE}`);
  const { engine } = await profilesEngine(values);
  const sources = files.map((file) => fileSource(file));
  const previews = await engine['profiles/test']({ profile: profileReference(profile), files: sources }, quiet);
  if (!previews.ok) refused(previews.issues, profile);
  const byPath = previews.value.map((preview, index) => ({ ...preview, path: files[index] ?? preview.file }));
  print(values.json, { files: byPath }, () => byPath.flatMap(previewLines));
  return 0;
}

function previewLines(preview: ProfilePreview & { path: string }): string[] {
  if (preview.error) return [`${preview.path}: ${preview.error.message} (confidence ${preview.confidence})`];
  const nets = Object.entries(preview.net_minor).map(([currency, net]) => `${currency} ${net}`);
  return [
    `${preview.path}: confidence ${preview.confidence}; ${preview.rows} rows, ${preview.imported} imported, ` +
      `${preview.rejected} rejected; control ${preview.control ?? 'none'}; net_minor ${nets.join(', ') || '0'}`,
    '  as the file has them:',
    ...preview.head.map((line) => `    ${line}`),
    '  as canonical records:',
    ...preview.records.map((record) => `    ${recordLine(record)}`),
    ...(preview.rejections.length > 0 ? ['  rejected:'] : []),
    ...preview.rejections.map((row) => `    line ${row.line}: ${row.message}`),
    ...preview.controls.map(
      (check) => `  control ${check.label}: ${check.stated} / ${check.computed}${check.holds ? '' : ' ✗'}`,
    ),
  ];
}

export const recordLine = (record: CanonicalRecord): string =>
  [
    `line ${record.trace.line}`,
    record.kind,
    `${record.amount_minor} ${record.currency}`,
    record.status,
    record.occurred_at ?? record.booked_on ?? '',
    record.channel_ref ?? record.order_ref ?? '',
    record.description ?? '',
  ]
    .filter((part) => part !== '')
    .join(' · ');
