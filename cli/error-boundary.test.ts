import { afterEach, describe, expect, it } from 'vitest';
import { DEBUG_VARIABLE, EXIT_INPUT, EXIT_INTERNAL, reportFailure } from './error-boundary.ts';
import { InputError } from './usage.ts';

const report = (error: unknown) => {
  const lines: string[] = [];
  const exit = reportFailure('reconcile', error, (line) => lines.push(line));
  return { exit, text: lines.join('\n') };
};

afterEach(() => {
  delete process.env[DEBUG_VARIABLE];
});

describe('reportFailure', () => {
  it('prints an input error as one line and exits 2', () => {
    expect(report(new InputError('reconcile needs --book ORDERS (the order export)'))).toEqual({
      exit: EXIT_INPUT,
      text: 'recondesk reconcile: reconcile needs --book ORDERS (the order export)',
    });
  });

  it('names the path and the cause of a system file error no writer wrapped', () => {
    const error = Object.assign(new Error("EROFS: read-only file system, open 'out/diff.xlsx'"), {
      code: 'EROFS',
      syscall: 'open',
      path: 'out/diff.xlsx',
    });
    expect(report(error)).toEqual({
      exit: EXIT_INPUT,
      text: 'recondesk reconcile: cannot access out/diff.xlsx: the file system is read-only (EROFS)',
    });
  });

  it('prints a bug as one internal-error line without its stack, exit 70', () => {
    const { exit, text } = report(new RangeError('Invalid array length\n    at somewhere (x.ts:1:1)'));
    expect(exit).toBe(EXIT_INTERNAL);
    expect(text).toBe(
      'recondesk reconcile: internal error: Invalid array length (a bug in ReconDesk; RECONDESK_DEBUG=1 shows where)',
    );
  });

  it('shows the stack of a bug when RECONDESK_DEBUG=1', () => {
    process.env[DEBUG_VARIABLE] = '1';
    const { exit, text } = report(new RangeError('Invalid array length'));
    expect(exit).toBe(EXIT_INTERNAL);
    expect(text).toMatch(/^recondesk reconcile: internal error: RangeError: Invalid array length\n\s+at /);
  });
});
