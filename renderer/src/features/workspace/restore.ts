import type { ImportSummary } from '../../../../core/import/types.ts';
import type { RunSummary } from '../../../../core/match/types.ts';
import type { EngineSend, WorkspaceHost } from './saver.ts';

export type Restored =
  | { state: 'empty' }
  | { state: 'opened'; imports: ImportSummary[]; latest: RunSummary | null }
  | { state: 'failed'; message: string };

/** The reason goes mid-sentence ("…could not be opened: <reason>; starting empty"): no closing stop. */
const reason = (text: string) => text.trim().replace(/[.。]+$/, '');
const messageOf = (error: unknown) => reason(error instanceof Error ? error.message : String(error));

/**
 * Reopen what the host saved last: the engine checks the file before it replaces its (empty)
 * workspace, so a damaged or foreign file leaves an empty workspace and a reason.
 */
export async function restoreWorkspace(host: WorkspaceHost, send: EngineSend): Promise<Restored> {
  let bytes: Uint8Array | null;
  try {
    bytes = await host.loadWorkspace();
  } catch (error) {
    return { state: 'failed', message: messageOf(error) };
  }
  if (!bytes || bytes.byteLength === 0) return { state: 'empty' };
  try {
    const opened = await send('workspace/open', { bytes });
    if (!opened.ok) return { state: 'failed', message: opened.issues.map((issue) => reason(issue.message)).join('; ') };
  } catch (error) {
    return { state: 'failed', message: messageOf(error) };
  }
  try {
    const [imports, latest] = await Promise.all([send('import/list', {}), send('match/latest', {})]);
    return { state: 'opened', imports, latest };
  } catch (error) {
    // Opened but unreadable: start empty rather than show a workspace the screen cannot.
    await send('workspace/reset', {}).catch(() => undefined);
    return { state: 'failed', message: messageOf(error) };
  }
}
