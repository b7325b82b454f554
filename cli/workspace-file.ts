import path from 'node:path';
import initSqlJs from 'sql.js';
import {
  chainSentence,
  generationName,
  generationsOf,
  planRotation,
  verifyWorkspace,
  type RotationStep,
} from '../core/index.ts';
import { errnoCode, FileError, fileError } from './file-error.ts';
import { nodeFilePort, type FilePort } from './file-port.ts';
import type { PlannedOutput } from './same-file.ts';
import { writeFileAtomic } from './write-file.ts';

/**
 * Refuse, before anything is read, a `--workspace` path that holds anything but a workspace
 * this version can keep: replacing it would lose a file that is not ours to rotate away.
 */
export async function refuseUnkeepableWorkspace(target: string, port: FilePort = nodeFilePort): Promise<void> {
  if (port.lstat(target) === undefined) return;
  let bytes: Uint8Array;
  try {
    bytes = port.readFile(target);
  } catch (error) {
    // What cannot be read cannot be checked, nor kept as a backup.
    throw fileError('read', target, error);
  }
  const verdict = verifyWorkspace(await initSqlJs(), bytes);
  if (!verdict.ok) {
    const reason = refusal(verdict.issues[0]?.message, 'it');
    throw new FileError('write', target, '', `${reason}, so it is not replaced: move it away or choose another path`);
  }
  // Shown, not refused: the workspace (and its backups) are the evidence of what was changed.
  if (!verdict.value.audit.intact)
    console.error(`recondesk: warning: ${target}: ${chainSentence(verdict.value.audit)}`);
}

/**
 * What saving the workspace at `target` writes, moves or removes: the file itself and its backup
 * generations there are now. None of them may be an input.
 */
export function workspaceOutputs(target: string | undefined, port: FilePort = nodeFilePort): PlannedOutput[] {
  if (target === undefined) return [];
  const folder = path.dirname(target);
  let names: string[] = [];
  try {
    names = port.readdir(folder);
  } catch {
    // No folder yet, so no backups either.
  }
  const backups = generationsOf(path.basename(target), names).map((generation) => ({
    path: path.join(folder, generation.name),
    option: '--workspace backup',
    backupOf: target,
  }));
  return [{ path: target, option: '--workspace' }, ...backups];
}

/**
 * Save the workspace over `target`, keeping the previous file as a backup generation
 * (`ws.sqlite.1` newest … `.3`). The bytes pass the full check before anything is written; the
 * new file is written, fsynced and read back byte for byte, a chunk at a time (a large workspace
 * is not read into memory a second time), before any generation moves; a crash at any point
 * leaves the current file old or new, and every copy.
 */
export async function writeWorkspace(target: string, bytes: Uint8Array, port: FilePort = nodeFilePort): Promise<void> {
  const verdict = verifyWorkspace(await initSqlJs(), bytes);
  if (!verdict.ok)
    throw new FileError('write', target, '', refusal(verdict.issues[0]?.message, 'the workspace to save'));
  const folder = path.dirname(target);
  const name = path.basename(target);
  let after: RotationStep[] = [];
  writeFileAtomic(target, bytes, {
    port,
    beforeReplace: (temp) => {
      if (!fileHolds(port, temp, bytes)) {
        throw new FileError('write', target, '', 'the file read back differs from what was written');
      }
      dropCopyThatIsCurrent(target, port);
      const plan = planRotation(name, port.readdir(folder));
      for (const step of plan.before) perform(step, folder, port);
      after = plan.after;
    },
    afterReplace: () => {
      // Only copies beyond the kept number go; one that cannot be removed is merely one more kept.
      for (const step of after) {
        try {
          perform(step, folder, port);
        } catch {
          // Kept until the next save removes it.
        }
      }
    },
  });
}

const READ_BACK_CHUNK = 4 << 20;

/** Whether the file at `file` holds exactly `bytes`, read back a chunk at a time. */
function fileHolds(port: FilePort, file: string, bytes: Uint8Array): boolean {
  const chunk = new Uint8Array(Math.min(READ_BACK_CHUNK, Math.max(bytes.byteLength, 1)));
  const fd = port.open(file, 'r');
  try {
    let at = 0;
    for (;;) {
      const read = port.read(fd, chunk, at);
      if (read === 0) return at === bytes.byteLength;
      if (at + read > bytes.byteLength || !sameBytes(chunk.subarray(0, read), bytes.subarray(at, at + read)))
        return false;
      at += read;
    }
  } finally {
    port.close(fd);
  }
}

/**
 * A save killed after the current file got its second name `.1` and before the new file replaced
 * it leaves `.1` as the current file itself, not a copy: rotating it would push a real copy out.
 */
function dropCopyThatIsCurrent(target: string, port: FilePort): void {
  const current = port.lstat(target);
  const newest = port.lstat(generationName(target, 1));
  if (current && newest && current.ino !== 0 && current.ino === newest.ino && current.dev === newest.dev) {
    port.unlink(generationName(target, 1));
  }
}

/** Links are not possible on every file system (FAT, some network shares): there the copy is written. */
const NO_LINKS = new Set(['EXDEV', 'EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EMLINK']);

function perform(step: RotationStep, folder: string, port: FilePort): void {
  const at = (name: string) => path.join(folder, name);
  if (step.kind === 'rename') port.rename(at(step.from), at(step.to));
  else if (step.kind === 'delete') port.unlink(at(step.name));
  else {
    try {
      port.link(at(step.from), at(step.to));
    } catch (error) {
      if (!NO_LINKS.has(errnoCode(error) ?? '')) throw error;
      writeFileAtomic(at(step.to), port.readFile(at(step.from)), { port });
    }
  }
}

/** "The workspace is damaged (…)." said of `subject`: "it is damaged (…)". */
const refusal = (message: string | undefined, subject: string): string =>
  (message ?? 'The workspace cannot be opened.').replace(/^The workspace /, `${subject} `).replace(/\.$/, '');

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean =>
  Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
