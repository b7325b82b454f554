import { causeOf, errnoCode, FileError } from './file-error.ts';
import { InputError } from './usage.ts';

/** Exit codes every command shares. */
export const EXIT_INPUT = 2;
/** A bug in ReconDesk (sysexits' EX_SOFTWARE), never a problem of the user's files. */
export const EXIT_INTERNAL = 70;

/** Set to 1 to see the stack of an internal error. */
export const DEBUG_VARIABLE = 'RECONDESK_DEBUG';

type Print = (line: string) => void;

/**
 * The one place a failure of a command becomes what the user reads and the exit code: usage,
 * input and file errors are one line and exit 2; anything else is an internal error, one line
 * and exit 70, with the stack only when RECONDESK_DEBUG=1.
 */
export function reportFailure(command: string, error: unknown, print: Print = console.error): number {
  const prefix = `recondesk${command ? ` ${command}` : ''}`;
  const expected = expectedMessage(error);
  if (expected !== undefined) {
    print(`${prefix}: ${expected}`);
    return EXIT_INPUT;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (process.env[DEBUG_VARIABLE] === '1') {
    print(`${prefix}: internal error: ${error instanceof Error && error.stack ? error.stack : message}`);
  } else {
    print(`${prefix}: internal error: ${firstLine(message)} (a bug in ReconDesk; ${DEBUG_VARIABLE}=1 shows where)`);
  }
  return EXIT_INTERNAL;
}

/** Run a command inside the boundary: what it throws or leaves unhandled ends here. */
export async function runInBoundary(command: string, run: () => Promise<number>): Promise<number> {
  const unhandled = (error: unknown) => {
    process.exitCode = reportFailure(command, error);
    // Whatever was running is in an unknown state: stop now rather than write anything more.
    process.exit();
  };
  process.on('uncaughtException', unhandled);
  process.on('unhandledRejection', unhandled);
  try {
    return await run();
  } catch (error) {
    return reportFailure(command, error);
  }
}

function expectedMessage(error: unknown): string | undefined {
  if (error instanceof InputError || error instanceof FileError) return error.message;
  if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
    return error.message;
  }
  // A file error no writer named: Node's own error still carries the path.
  const code = errnoCode(error);
  const path = code === undefined ? undefined : (error as { path?: unknown }).path;
  if (typeof path === 'string') return `cannot access ${path}: ${causeOf(error)} (${code})`;
  return undefined;
}

const firstLine = (text: string): string => text.split('\n', 1)[0] ?? '';
