import initSqlJs from 'sql.js';
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';
import type { EngineHandlers } from '../../../core/rpc/contract.ts';
import { createHandlers } from '../../../core/rpc/handlers.ts';

/** The engine the worker serves: core's handlers over an in-memory sql.js workspace. */
export async function createEngineHandlers(): Promise<EngineHandlers> {
  const sqlJs = await initSqlJs({ locateFile: () => wasmUrl });
  return createHandlers({ sqlJs });
}
