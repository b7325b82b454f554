import type { EngineHandlers } from '../../../core/rpc/contract.ts';
import { createFakeHandlers } from './fake-handlers.ts';

/** The engine the worker serves. */
export async function createEngineHandlers(): Promise<EngineHandlers> {
  return createFakeHandlers();
}
