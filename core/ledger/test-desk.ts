import initSqlJs from 'sql.js';
import type { HandlerContext } from '../rpc/contract.ts';
import { createHandlers } from '../rpc/handlers.ts';

const sqlJs = await initSqlJs();

/** What a host passes per call, acting as `user`. */
export const as = (user: string): HandlerContext => ({ progress: () => {}, cancelled: () => false, user });

/** An engine over an empty workspace, with a clock that ticks a second per call. */
export function createDesk() {
  let tick = 0;
  const now = () => new Date(Date.UTC(2024, 2, 16, 9, 0, tick++)).toISOString();
  return { engine: createHandlers({ sqlJs, now }), sqlJs };
}
