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
