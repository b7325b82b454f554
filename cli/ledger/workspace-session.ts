import fs from 'node:fs';
import type { ChainVerdict, EngineHandlers, HandlerContext, Issue } from '../../core/index.ts';
import { chainSentence } from '../../core/index.ts';
import { fileError } from '../file-error.ts';
import { createNodeEngine } from '../node-engine.ts';
import { InputError } from '../usage.ts';
import { writeWorkspace } from '../workspace-file.ts';

/** Exit code of an action the ledger refused (a locked period, the same user reviewing, nothing to undo). */
export const EXIT_REFUSED = 2;

/** An existing workspace opened for a ledger command, acting as one user. */
export type WorkspaceSession = {
  engine: EngineHandlers;
  context: HandlerContext;
  /** The audit chain as checked on open. */
  chain: ChainVerdict;
  /** Write the workspace back (the previous file kept as a backup generation). */
  save: () => Promise<void>;
};

/** Open `--workspace PATH`, which must exist; a trail changed outside ReconDesk is said on stderr. */
export async function openSession(file: string | undefined, user: string, command: string): Promise<WorkspaceSession> {
  if (file === undefined) throw new InputError(`${command} needs --workspace WS (a workspace written by reconcile)`);
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw fileError('read', file, error);
  }
  const engine = await createNodeEngine();
  const context: HandlerContext = { progress: () => {}, cancelled: () => false, user };
  const opened = await engine['workspace/open']({ bytes }, context);
  if (!opened.ok) throw new InputError(`${file}: ${opened.issues[0]?.message ?? 'cannot be opened'}`);
  const chain = opened.value.audit;
  if (!chain.intact) console.error(`recondesk ${command}: warning: ${file}: ${chainSentence(chain)}`);
  return {
    engine,
    context,
    chain,
    save: async () => writeWorkspace(file, await engine['workspace/export']({}, context)),
  };
}

/** A refusal: one line per issue on stderr (or the JSON on stdout), exit 2. */
export function printRefusal(command: string, issues: readonly Issue[], json: boolean): number {
  if (json) console.log(JSON.stringify({ ok: false, issues }));
  else for (const found of issues) console.error(`recondesk ${command}: ${found.message}`);
  return EXIT_REFUSED;
}
