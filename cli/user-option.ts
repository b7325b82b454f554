import { InputError } from './usage.ts';
import os from 'node:os';

/** `--user NAME`: the plain local user name recorded on every action; by default the OS user's. */
export const USER_OPTION = { user: { type: 'string' } } as const;

export function userName(given: string | undefined): string {
  if (given !== undefined) {
    if (given.trim() === '') throw new InputError('--user must name someone');
    return given.trim();
  }
  try {
    return os.userInfo().username;
  } catch {
    // A user without an entry in the system's user database (some containers).
    return process.env.USER ?? process.env.USERNAME ?? 'unnamed';
  }
}
