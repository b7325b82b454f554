import type { RefusedWorkspace, WorkspaceCopy } from '../../../../contracts/host-api.ts';
import type { ImportSummary } from '../../../../core/import/types.ts';
import type { RunSummary } from '../../../../core/match/types.ts';
import type { EngineSend, WorkspaceHost } from './saver.ts';

/** What the host did with the saved files before the app opened one: a refused file, a copy opened instead. */
export type HostNotice = { refused: RefusedWorkspace | null; copy: WorkspaceCopy | null };

export type Restored =
  | { state: 'empty'; notice: HostNotice | null }
  | { state: 'opened'; imports: ImportSummary[]; latest: RunSummary | null; notice: HostNotice | null }
  | { state: 'failed'; message: string; notice: HostNotice | null };

export type Opened = Extract<Restored, { state: 'opened' | 'failed' }>;

/** The reason goes mid-sentence ("…could not be opened: <reason>; starting empty"): no closing stop. */
const reason = (text: string) => text.trim().replace(/[.。]+$/, '');
const messageOf = (error: unknown) => reason(error instanceof Error ? error.message : String(error));

/** The engine checks the bytes before it replaces its workspace: refused bytes leave it as it was. */
export async function openInEngine(send: EngineSend, bytes: Uint8Array, notice: HostNotice | null): Promise<Opened> {
  try {
    const opened = await send('workspace/open', { bytes });
    if (!opened.ok) {
      return { state: 'failed', message: opened.issues.map((issue) => reason(issue.message)).join('; '), notice };
    }
  } catch (error) {
    return { state: 'failed', message: messageOf(error), notice };
  }
  try {
    const [imports, latest] = await Promise.all([send('import/list', {}), send('match/latest', {})]);
    return { state: 'opened', imports, latest, notice };
  } catch (error) {
    // Opened but unreadable: start empty rather than show a workspace the screen cannot.
    await send('workspace/reset', {}).catch(() => undefined);
    return { state: 'failed', message: messageOf(error), notice };
  }
}

/**
 * Reopen what the host saved last. The host has checked the file in full: a refused one was set
 * aside and the newest good copy comes instead, and the notice says so.
 */
export async function restoreWorkspace(host: WorkspaceHost, send: EngineSend): Promise<Restored> {
  let loaded;
  try {
    loaded = await host.loadWorkspace();
  } catch (error) {
    return { state: 'failed', message: messageOf(error), notice: null };
  }
  const notice =
    loaded.refused === null && loaded.copy === null ? null : { refused: loaded.refused, copy: loaded.copy };
  if (!loaded.bytes || loaded.bytes.byteLength === 0) return { state: 'empty', notice };
  return openInEngine(send, loaded.bytes, notice);
}

/** Open one of the host's kept copies in the engine; the caller saves it, which makes it current. */
export async function restoreCopy(host: WorkspaceHost, send: EngineSend, generation: number): Promise<Opened> {
  let restored;
  try {
    restored = await host.restoreWorkspaceCopy(generation);
  } catch (error) {
    return { state: 'failed', message: messageOf(error), notice: null };
  }
  if (!restored.restored) return { state: 'failed', message: reason(restored.message), notice: null };
  return openInEngine(send, restored.bytes, null);
}
