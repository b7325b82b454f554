import type { RefusedWorkspace, RestoreCopyResult, WorkspaceCopy, WorkspaceLoad } from '../../contracts/host-api.ts';
import { generationName, generationsOf, orphanedTemps, setAsideName } from '../../core/store/generations.ts';
import { reasonOf } from './atomic-write.ts';
import { checkFile, copyOf, pathOf, reasonOfVerdict, WORKSPACE_FILE, type StoreContext } from './workspace-context.ts';

/** The single copy earlier versions kept; it joins the generations as the oldest. */
const LEGACY_BACKUP = `${WORKSPACE_FILE}.bak`;

/** A save killed mid-way leaves its temp file; nothing else writes them, so at start they are orphans. */
async function removeOrphanedTemps(context: StoreContext, names: readonly string[]): Promise<void> {
  for (const name of orphanedTemps(WORKSPACE_FILE, names)) {
    await context.io.unlink(pathOf(context, name)).catch((error: unknown) => {
      console.warn(`[workspace] could not remove ${name}: ${reasonOf(error)}`);
    });
  }
}

async function adoptLegacyBackup(context: StoreContext, names: string[]): Promise<string[]> {
  if (!names.includes(LEGACY_BACKUP)) return names;
  const oldest = generationsOf(WORKSPACE_FILE, names).at(-1)?.generation ?? 0;
  await context.io.rename(pathOf(context, LEGACY_BACKUP), pathOf(context, generationName(WORKSPACE_FILE, oldest + 1)));
  return context.io.readdir(context.folder);
}

/** Moves a refused file out of the way under its own timestamped name, never over a good copy. */
export async function setAside(
  context: StoreContext,
  reason: string,
  names: readonly string[],
): Promise<RefusedWorkspace> {
  const asideName = setAsideName(WORKSPACE_FILE, context.now(), names);
  await context.io.rename(pathOf(context, WORKSPACE_FILE), pathOf(context, asideName));
  await context.io.syncFolder(context.folder);
  console.warn(`[workspace] ${WORKSPACE_FILE} refused and set aside as ${asideName}: ${reason}`);
  return { file: WORKSPACE_FILE, set_aside_as: asideName, reason };
}

/** The newest generation that still passes every check, with its bytes. */
async function newestGoodCopy(context: StoreContext, names: readonly string[]) {
  for (const { name, generation } of generationsOf(WORKSPACE_FILE, names)) {
    const checked = await checkFile(context, name);
    if (checked.verdict.ok) return { bytes: checked.bytes, copy: copyOf(generation, name, checked) };
  }
  return null;
}

/**
 * At start: clears what killed saves left, checks the current file in full, sets it aside if it
 * is refused, and then offers the newest good copy instead.
 */
export async function loadWorkspace(context: StoreContext): Promise<WorkspaceLoad> {
  await context.io.mkdir(context.folder);
  let names = await context.io.readdir(context.folder);
  await removeOrphanedTemps(context, names);
  names = await adoptLegacyBackup(context, names);
  let refused: RefusedWorkspace | null = null;
  if (names.includes(WORKSPACE_FILE)) {
    const current = await checkFile(context, WORKSPACE_FILE);
    if (current.verdict.ok) {
      context.trusted = current.identity;
      return { bytes: current.bytes, refused: null, copy: null };
    }
    refused = await setAside(context, reasonOfVerdict(current.verdict), names);
    names = await context.io.readdir(context.folder);
  }
  const good = await newestGoodCopy(context, names);
  return { bytes: good?.bytes ?? null, refused, copy: good?.copy ?? null };
}

/** Every generation beside the workspace, newest first, each checked again. */
export async function listCopies(context: StoreContext): Promise<WorkspaceCopy[]> {
  const copies: WorkspaceCopy[] = [];
  for (const { name, generation } of generationsOf(WORKSPACE_FILE, await context.io.readdir(context.folder))) {
    copies.push(copyOf(generation, name, await checkFile(context, name)));
  }
  return copies;
}

export async function restoreCopy(context: StoreContext, generation: number): Promise<RestoreCopyResult> {
  const name = generationName(WORKSPACE_FILE, generation);
  if (!(await context.io.readdir(context.folder)).includes(name)) {
    return { restored: false, message: `There is no copy ${name}.` };
  }
  const checked = await checkFile(context, name);
  if (!checked.verdict.ok) return { restored: false, message: `${name}: ${reasonOfVerdict(checked.verdict)}` };
  return { restored: true, bytes: checked.bytes, copy: copyOf(generation, name, checked) };
}
