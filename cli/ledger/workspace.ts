import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { EngineHandlers, Issue } from '../../core/index.ts';
import { fileError } from '../file-error.ts';
import { nodeFilePort } from '../file-port.ts';
import { userName } from '../user-option.ts';
import { createNodeEngine } from '../node-engine.ts';
import { InputError } from '../usage.ts';
import { refuseUnkeepableWorkspace, writeWorkspace } from '../workspace-file.ts';

/** Options every ledger command takes. */
const COMMON = {
  workspace: { type: 'string' },
  user: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseLedgerArgs<T extends Options>(argv: string[], options: T) {
  return parseArgs({ args: argv, allowPositionals: true, options: { ...COMMON, ...options } });
}

export const quiet = { progress: () => undefined, cancelled: () => false };

/** The engine over the workspace at `target`, which must exist: a ledger command works on one. */
export async function openLedger(
  target: string | undefined,
  usage: string,
): Promise<{ engine: EngineHandlers; target: string }> {
  if (target === undefined) throw new InputError(`--workspace ws.sqlite is needed\n\n${usage}`);
  if (nodeFilePort.lstat(target) === undefined) throw new InputError(`${target}: no workspace there`);
  await refuseUnkeepableWorkspace(target);
  let bytes: Uint8Array;
  try {
    bytes = nodeFilePort.readFile(target);
  } catch (error) {
    throw fileError('read', target, error);
  }
  const engine = await createNodeEngine();
  const opened = await engine['workspace/open']({ bytes }, quiet);
  if (!opened.ok) throw new InputError(`${target}: ${opened.issues[0]?.message ?? 'cannot be opened'}`);
  return { engine, target };
}

/** Save the workspace back (the previous file kept as a backup generation). */
export async function saveLedger(engine: EngineHandlers, target: string): Promise<void> {
  await writeWorkspace(target, await engine['workspace/export']({}, quiet));
}

/** A refused action: its message, exit 2. */
export function refused(issues: readonly Issue[]): never {
  throw new InputError(issues.map((entry) => entry.message).join('\n'));
}

export const actingUser = (given: string | undefined): string => userName(given);

/** Print one JSON line with `--json`, else the text lines. */
export function print(json: boolean, data: unknown, lines: () => string[]): void {
  console.log(json ? JSON.stringify(data) : lines().join('\n'));
}
