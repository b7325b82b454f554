import { help, parseProfilesArgs, print, profilesEngine, quiet } from './common.ts';

export const LIST_USAGE = `recondesk profiles list [--profiles DIR]... [--workspace ws.sqlite] [--json]

Every profile version: built-in (read-only) and mine (the workspace's library, the --profiles folders),
with its status, side, format, source, content hash and the imports of the workspace it read.`;

/** `recondesk profiles list`. */
export async function profilesListCommand(argv: string[]): Promise<number> {
  const { values } = parseProfilesArgs(argv, {});
  if (values.help) return help(LIST_USAGE);
  const { engine } = await profilesEngine(values);
  const profiles = await engine['profiles/list']({}, quiet);
  print(values.json, { profiles }, () =>
    profiles.map((p) =>
      [
        p.label.padEnd(48),
        (p.origin === 'builtin' ? 'built-in' : 'mine').padEnd(9),
        p.status.padEnd(10),
        p.side.padEnd(10),
        p.format.padEnd(6),
        p.source.padEnd(16),
        p.content_hash.slice(0, 12),
        p.imports > 0 ? `  ${p.imports} import${p.imports === 1 ? '' : 's'}` : '',
      ].join(' '),
    ),
  );
  return 0;
}
