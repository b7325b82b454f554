// Reconcile files given as bytes in a fresh engine, as the app and the CLI do, for tests that
// compare one day's result across different shapes of the same files.
import initSqlJs from 'sql.js';
import { bytesSource } from '../core/import/types.ts';
import type { ConvertFormat } from '../core/rpc/contract.ts';
import type { RunSummary } from '../core/match/types.ts';
import type { EngineHandlers, HandlerContext } from '../core/rpc/contract.ts';
import { createHandlers } from '../core/rpc/handlers.ts';

const sqlJs = await initSqlJs();
export const CONTEXT: HandlerContext = { progress: () => {}, cancelled: () => false };

export type NamedBytes = { name: string; bytes: Uint8Array };

async function importAll(engine: EngineHandlers, files: readonly NamedBytes[]): Promise<number[]> {
  const ids: number[] = [];
  for (const { name, bytes } of files) {
    const imported = await engine['import/file']({ file: bytesSource(name, bytes) }, CONTEXT);
    if (!imported.ok) throw new Error(`${name}: ${imported.issues.map((i) => i.message).join('; ')}`);
    ids.push(imported.value.import_id);
  }
  return ids;
}

/** The run of these files, imported in this order into a new workspace. */
export async function reconcileBytes(files: readonly NamedBytes[]): Promise<RunSummary> {
  const engine = createHandlers({ sqlJs });
  await importAll(engine, files);
  const run = await engine['match/run']({}, CONTEXT);
  if (!run.ok) throw new Error(run.issues.map((i) => i.message).join('; '));
  return run.value;
}

/** Each file converted to canonical records (`recondesk convert`), read back from its own import. */
export async function convertBytes(files: readonly NamedBytes[], to: ConvertFormat): Promise<NamedBytes[]> {
  const engine = createHandlers({ sqlJs });
  const ids = await importAll(engine, files);
  const extension = to === 'ndjson' ? 'ndjson' : to;
  return Promise.all(
    ids.map(async (import_id, index) => ({
      name: `${(files[index]?.name ?? 'file').replace(/\.[^.]+$/, '')}.canonical.${extension}`,
      bytes: await engine['convert/import']({ import_id, to }, CONTEXT),
    })),
  );
}
