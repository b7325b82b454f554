import type { SaveFileResult } from '../../contracts/host-api.ts';
import { generationName, planRotation, type RotationStep } from '../../core/store/generations.ts';
import { checkSqliteHeader, verifyWorkspace } from '../../core/store/verify-workspace.ts';
import { reasonOf, tempPathFor, writeAndSync } from './atomic-write.ts';
import { checkFile, pathOf, reasonOfVerdict, WORKSPACE_FILE, type StoreContext } from './workspace-context.ts';
import { sameFile } from './workspace-io.ts';
import { setAside } from './workspace-open.ts';

/** A failure that has already left every file as it was. */
class SaveRefused extends Error {}

/** Writes the bytes to a temp file, fsyncs it, and reads them back through the full check. */
async function writeVerifiedTemp(context: StoreContext, bytes: Uint8Array): Promise<string> {
  const temp = tempPathFor(pathOf(context, WORKSPACE_FILE));
  try {
    await writeAndSync(context.io, temp, bytes);
    const written = await context.io.readFile(temp);
    const verdict = verifyWorkspace(await context.sqlJs(), written);
    if (!verdict.ok) throw new SaveRefused(`the written file did not verify: ${reasonOfVerdict(verdict)}`);
    return temp;
  } catch (error) {
    await context.io.unlink(temp).catch(() => undefined);
    throw error;
  }
}

/**
 * Whether the current file may become a kept copy: it must be the file this process verified or
 * wrote, or pass the check now. A file that fails is set aside instead of rotated.
 */
async function currentIsGood(context: StoreContext, names: readonly string[]): Promise<boolean> {
  if (!names.includes(WORKSPACE_FILE)) return false;
  const identity = await context.io.stat(pathOf(context, WORKSPACE_FILE));
  if (sameFile(context.trusted, identity)) return true;
  const checked = await checkFile(context, WORKSPACE_FILE);
  if (checked.verdict.ok) return true;
  await setAside(context, reasonOfVerdict(checked.verdict), names);
  return false;
}

/**
 * Whether copy 1 already is the current file: a save killed after keeping the current file but
 * before renaming the new one over it leaves exactly that. Keeping it again would fill two of
 * the kept places with one save and push an older good copy out.
 */
async function currentAlreadyKept(context: StoreContext, names: readonly string[]): Promise<boolean> {
  const first = generationName(WORKSPACE_FILE, 1);
  if (!names.includes(first)) return false;
  const [current, copy] = await Promise.all([
    context.io.stat(pathOf(context, WORKSPACE_FILE)),
    context.io.stat(pathOf(context, first)),
  ]);
  if (current.ino === copy.ino) return true;
  if (current.size !== copy.size) return false;
  // Where links are not possible copy 1 is a copy: the same bytes mean the same save.
  const [a, b] = await Promise.all([
    context.io.readFile(pathOf(context, WORKSPACE_FILE)),
    context.io.readFile(pathOf(context, first)),
  ]);
  return a.every((byte, index) => byte === b[index]);
}

/** The current file kept as generation 1 under a second name; a copy through a temp file where links fail. */
async function keepCurrent(context: StoreContext, from: string, to: string): Promise<void> {
  try {
    await context.io.link(pathOf(context, from), pathOf(context, to));
  } catch {
    const temp = tempPathFor(pathOf(context, to));
    try {
      await writeAndSync(context.io, temp, await context.io.readFile(pathOf(context, from)));
      await context.io.rename(temp, pathOf(context, to));
    } catch (error) {
      await context.io.unlink(temp).catch(() => undefined);
      throw error;
    }
  }
}

async function apply(context: StoreContext, step: RotationStep): Promise<void> {
  if (step.kind === 'rename') return context.io.rename(pathOf(context, step.from), pathOf(context, step.to));
  if (step.kind === 'keep-current') return keepCurrent(context, step.from, step.to);
  await context.io.unlink(pathOf(context, step.name)).catch((error: unknown) => {
    // An old copy that cannot be removed is only one copy too many.
    console.warn(`[workspace] could not remove ${step.name}: ${reasonOf(error)}`);
  });
}

/**
 * Saves the workspace so that a crash at any point leaves the old or the new file and every good
 * copy: temp file, fsync, verify what was written, keep the current file as copy 1 (older copies
 * move up), rename over the current file, fsync the folder, then drop copies beyond the kept number.
 */
export async function saveWorkspace(context: StoreContext, bytes: Uint8Array): Promise<SaveFileResult> {
  const target = pathOf(context, WORKSPACE_FILE);
  const header = checkSqliteHeader(bytes);
  if (header !== null)
    return { saved: false, reason: 'error', message: `Refused to save "${target}": ${header.message}` };
  try {
    await context.io.mkdir(context.folder);
    const temp = await writeVerifiedTemp(context, bytes);
    let names = await context.io.readdir(context.folder);
    const keepCurrentFile = (await currentIsGood(context, names)) && !(await currentAlreadyKept(context, names));
    // Planned without the current file, nothing moves: the new file simply replaces it.
    if (!keepCurrentFile) names = names.filter((name) => name !== WORKSPACE_FILE);
    const plan = planRotation(WORKSPACE_FILE, names, context.keep);
    try {
      for (const step of plan.before) await apply(context, step);
      await context.io.rename(temp, target);
    } catch (error) {
      await context.io.unlink(temp).catch(() => undefined);
      throw error;
    }
    await context.io.syncFolder(context.folder);
    context.trusted = await context.io.stat(target);
    for (const step of plan.after) await apply(context, step);
    return { saved: true, path: target };
  } catch (error) {
    const why = error instanceof SaveRefused ? error.message : reasonOf(error);
    return { saved: false, reason: 'error', message: `Could not save "${target}": ${why}` };
  }
}
