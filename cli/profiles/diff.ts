import { sameReading, type FileDiff } from '../../core/index.ts';
import { fileSource } from '../node-engine.ts';
import { InputError } from '../usage.ts';
import { help, parseProfilesArgs, print, profileReference, profilesEngine, quiet, refused } from './common.ts';
import { recordLine } from './test.ts';

export const DIFF_USAGE = `recondesk profiles diff OLD NEW FILE... [--profiles DIR]... [--workspace ws.sqlite] [--json]

OLD and NEW are profile files or ID[@V]. The dry run of NEW against OLD on each sample file: records added,
removed and changed field by field (a record is its file and line), rejections that appeared or disappeared,
control status and detection confidence before → after. Exits 0 whether or not there are differences.`;

/** `recondesk profiles diff`. */
export async function profilesDiffCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseProfilesArgs(argv, {});
  if (values.help) return help(DIFF_USAGE);
  const [before, after, ...files] = positionals;
  if (before === undefined || after === undefined || files.length === 0)
    throw new InputError(`diff needs OLD NEW FILE...\n\n${DIFF_USAGE}`);
  const { engine } = await profilesEngine(values);
  const diffs = await engine['profiles/diff'](
    {
      before: profileReference(before),
      after: profileReference(after),
      files: files.map((file) => fileSource(file)),
    },
    quiet,
  );
  if (!diffs.ok) refused(diffs.issues);
  const byPath = diffs.value.map((diff, index) => ({
    ...diff,
    path: files[index] ?? diff.file,
    same: sameReading(diff),
  }));
  print(values.json, { files: byPath }, () => byPath.flatMap(diffLines));
  return 0;
}

function diffLines(diff: FileDiff & { path: string; same: boolean }): string[] {
  const head =
    `${diff.path}: ${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed, ` +
    `${diff.unchanged} unchanged; rejections +${diff.rejections_appeared.length} −${diff.rejections_disappeared.length}; ` +
    `control ${diff.control.before ?? 'unread'} → ${diff.control.after ?? 'unread'}; ` +
    `detection ${diff.detection.before} → ${diff.detection.after}${diff.same ? ' (no difference)' : ''}`;
  return [
    head,
    ...(diff.error.before !== diff.error.after
      ? [`  cannot read: ${diff.error.before ?? 'no'} → ${diff.error.after ?? 'no'}`]
      : []),
    ...diff.added.map((entry) => `  + ${recordLine(entry.record)}`),
    ...diff.removed.map((entry) => `  − ${recordLine(entry.record)}`),
    ...diff.changed.flatMap((entry) => [
      `  ~ line ${entry.line}${entry.index > 0 ? ` #${entry.index + 1}` : ''}`,
      ...entry.changes.map((change) => `      ${change.field}: ${String(change.before)} → ${String(change.after)}`),
    ]),
    ...diff.rejections_appeared.map((row) => `  rejected now: line ${row.line}: ${row.message}`),
    ...diff.rejections_disappeared.map((row) => `  no longer rejected: line ${row.line}: ${row.message}`),
  ];
}
