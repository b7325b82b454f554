// Imports one statement through the engine, as the app does, and reads back the records it
// stored: the tests of each producer assert the import's figures and the records a user sees.
import initSqlJs from 'sql.js';
import type { CanonicalRecord } from '../../core/canonical/record.ts';
import { bytesSource, type ImportSummary } from '../../core/import/types.ts';
import type { HandlerContext } from '../../core/rpc/contract.ts';
import { createHandlers } from '../../core/rpc/handlers.ts';
import type { Issue } from '../../core/result.ts';

const CONTEXT: HandlerContext = { progress: () => {}, cancelled: () => false };

export type Imported = { summary: ImportSummary; records: CanonicalRecord[] };

/** The import of `bytes` named `name` with the built-in profiles, or its refusal. */
export async function importStatement(name: string, bytes: Uint8Array): Promise<Imported | { issues: Issue[] }> {
  const engine = createHandlers({ sqlJs: await initSqlJs() });
  const imported = await engine['import/file']({ file: bytesSource(name, bytes) }, CONTEXT);
  if (!imported.ok) return { issues: imported.issues };
  const ndjson = await engine['convert/import']({ import_id: imported.value.import_id, to: 'ndjson' }, CONTEXT);
  const records = new TextDecoder()
    .decode(ndjson)
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as CanonicalRecord);
  return { summary: imported.value, records };
}

/** The import of `text` (UTF-8) that must succeed. */
export async function imported(name: string, bytes: Uint8Array | string): Promise<Imported> {
  const result = await importStatement(name, typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes);
  if ('issues' in result) throw new Error(JSON.stringify(result.issues));
  return result;
}
