import type { HostApi } from '../../../../contracts/host-api.ts';
import type { EngineApi, EngineMethod } from '../../../../core/rpc/contract.ts';
import type { EngineOutput } from '../../engine/client.ts';

/** The engine calls this feature makes; the real `send` fits, and so does a fake in tests. */
export type EngineSend = <K extends EngineMethod>(
  method: K,
  input: Parameters<EngineApi[K]>[0],
) => Promise<EngineOutput<K>>;

export type WorkspaceHost = Pick<
  HostApi,
  'saveWorkspace' | 'loadWorkspace' | 'listWorkspaceCopies' | 'restoreWorkspaceCopy'
>;

/**
 * idle: nothing changed since start-up; pending: a change waits for its save;
 * saving: the bytes are on their way; saved / failed: how the last save went.
 */
export type SaveState = { state: 'idle' | 'pending' | 'saving' | 'saved' } | { state: 'failed'; message: string };

export type SaverOptions = {
  send: EngineSend;
  host: WorkspaceHost;
  /** Quiet time after the last change before saving. */
  delayMs?: number;
  onState?: (state: SaveState) => void;
};

export type WorkspaceSaver = {
  /** A change landed in the workspace: save it once changes stop for `delayMs`. */
  schedule(): void;
  /** Save now, after any save under way; resolves with how this save went. */
  flush(): Promise<SaveState>;
  /** Forget a save that is waiting for its timer (one already started finishes). */
  cancel(): void;
};

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Exports the engine's workspace and hands it to the host, one save at a time and never more
 * often than needed: changes close together become one save, a change during a save queues one more.
 */
export function createWorkspaceSaver({ send, host, delayMs = 500, onState }: SaverOptions): WorkspaceSaver {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let chain: Promise<unknown> = Promise.resolve();
  let queued: Promise<SaveState> | null = null;

  const waiting = () => timer !== undefined || queued !== null;

  async function saveOnce(): Promise<SaveState> {
    onState?.({ state: 'saving' });
    let outcome: SaveState;
    try {
      const bytes = await send('workspace/export', {});
      const result = await host.saveWorkspace(bytes);
      outcome = result.saved ? { state: 'saved' } : { state: 'failed', message: result.message ?? result.reason };
    } catch (error) {
      outcome = { state: 'failed', message: messageOf(error) };
    }
    onState?.(waiting() ? { state: 'pending' } : outcome);
    return outcome;
  }

  function cancel() {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  }

  function flush(): Promise<SaveState> {
    cancel();
    if (queued) return queued;
    const next = chain.then(() => {
      queued = null;
      return saveOnce();
    });
    queued = next;
    chain = next;
    return next;
  }

  function schedule() {
    cancel();
    onState?.({ state: 'pending' });
    timer = setTimeout(() => {
      timer = undefined;
      void flush();
    }, delayMs);
  }

  return { schedule, flush, cancel };
}
