/**
 * Expected failures are values, not exceptions.
 * An {@link Issue} names what went wrong and where (file, line, column or path).
 */
export type Issue = {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
  path?: string;
};

export type Result<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = <T = never>(...issues: Issue[]): Result<T> => ({ ok: false, issues });

export const issue = (code: string, message: string, where: Omit<Issue, 'code' | 'message'> = {}): Issue => ({
  code,
  message,
  ...where,
});

/**
 * What the engine repaired, assumed or decided about a file that a reader of its result must
 * know (an encoding chosen between two, a currency assumed, merged cells filled): the file was
 * read, but not exactly as written. `line` is the file's line or sheet row when there is one.
 */
export type Warning = {
  code: string;
  message: string;
  line?: number;
};

export const warning = (code: string, message: string, line?: number): Warning =>
  line === undefined ? { code, message } : { code, message, line };
