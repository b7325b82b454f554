import fs from 'node:fs';
import path from 'node:path';
import { FileError } from './file-error.ts';
import { InputError } from './usage.ts';

/**
 * A file the command will write, and the option that named it (for the message). A backup
 * (`backupOf` the workspace's path) may be the workspace file itself: a save killed between
 * keeping the current file and replacing it leaves both names on one file, and the next save
 * drops that duplicate.
 */
export type PlannedOutput = { path: string; option: string; backupOf?: string };

/**
 * Refuse, before anything is read, to write over an input, to write two outputs to one file, or
 * to write where a folder is.
 * Files are compared as the system sees them (device and inode), so a hard link, a symbolic
 * link or `./x` for `x` is the same file; a path that does not exist yet by its resolved place.
 */
export function refuseOverwritingInputs(inputs: readonly string[], outputs: readonly PlannedOutput[]): void {
  const inputByIdentity = new Map<string, string>();
  for (const input of inputs) {
    const identity = fileIdentity(input);
    if (identity !== undefined && !inputByIdentity.has(identity)) inputByIdentity.set(identity, input);
  }
  const outputByIdentity = new Map<string, PlannedOutput>();
  for (const output of outputs) {
    if (fs.statSync(output.path, { throwIfNoEntry: false })?.isDirectory()) {
      throw new FileError('write', output.path, 'EISDIR', 'it is a folder');
    }
    const identity = fileIdentity(output.path) ?? placeIdentity(output.path);
    const input = inputByIdentity.get(identity);
    if (input !== undefined) {
      throw new InputError(
        `cannot write ${output.path} (${output.option}): it is the input ${input}, and inputs are never written over`,
      );
    }
    const earlier = outputByIdentity.get(identity);
    if (earlier !== undefined && earlier.path !== output.backupOf) {
      throw new InputError(
        `cannot write ${output.path} (${output.option}): it is also ${earlier.path} (${earlier.option})`,
      );
    }
    outputByIdentity.set(identity, output);
  }
}

/** The device and inode of an existing file (after symbolic links), or undefined. */
function fileIdentity(file: string): string | undefined {
  const stat = fs.statSync(file, { throwIfNoEntry: false, bigint: true });
  // Some file systems report no inode numbers: there the resolved place stands in.
  if (stat === undefined || stat.ino === 0n) return stat === undefined ? undefined : placeIdentity(file);
  return `inode ${stat.dev}:${stat.ino}`;
}

/** Where a path that may not exist yet would be: its folder resolved through links, and its name. */
function placeIdentity(file: string): string {
  const absolute = path.resolve(file);
  let folder = path.dirname(absolute);
  try {
    folder = fs.realpathSync(folder);
  } catch {
    // The folder does not exist yet either: its absolute path is the best name for the place.
  }
  return `place ${path.join(folder, path.basename(absolute))}`;
}
