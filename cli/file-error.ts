/** What the CLI was doing with a file when the system refused. */
export type FileAction = 'read' | 'write';

/** The words a finance user reads for each system error code of a file operation. */
const CAUSES: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted (the file may be immutable or locked)',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  EBUSY: 'the file is in use',
  ETXTBSY: 'the file is in use',
  EEXIST: 'a file of that name is in the way',
  EMFILE: 'too many files are open',
  ENFILE: 'too many files are open',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many symbolic links',
  EIO: 'the disk reported an input/output error',
  EFBIG: 'the file is too large for this file system',
  EINVAL: 'the file system does not support this operation',
};

/** A file the CLI could not read or write: printed as one line naming the path and the cause, exit 2. */
export class FileError extends Error {
  override name = 'FileError';

  constructor(
    readonly action: FileAction,
    /** The path as the user gave it. */
    readonly path: string,
    /** The system's error code (ENOSPC…), or '' when the cause is not a system error. */
    readonly code: string,
    cause: string,
  ) {
    super(`cannot ${action} ${path}: ${cause}${code ? ` (${code})` : ''}`);
  }
}

/** The system error code of a Node file error, or undefined for anything else. */
export function errnoCode(error: unknown): string | undefined {
  if (!(error instanceof Error) || !('code' in error)) return undefined;
  const { code } = error as { code: unknown };
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) ? code : undefined;
}

/** The cause of a system error in words; unknown codes keep the system's own message. */
export function causeOf(error: unknown): string {
  const code = errnoCode(error);
  const known = code === undefined ? undefined : CAUSES[code];
  if (known) return known;
  const message = error instanceof Error ? error.message : String(error);
  // Node's messages read "ECODE: description, syscall 'path'": the description alone.
  return message.replace(/^E[A-Z0-9]+: /, '').replace(/, \w+ '.*'$/, '');
}

/** A FileError for `path` from what the system threw; a FileError passes through unchanged. */
export function fileError(action: FileAction, path: string, error: unknown): FileError {
  if (error instanceof FileError) return error;
  return new FileError(action, path, errnoCode(error) ?? '', causeOf(error));
}
