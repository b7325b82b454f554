import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaveFileResult } from '../../../../contracts/host-api.ts';
import type { EngineMethod } from '../../../../core/rpc/contract.ts';
import { restoreWorkspace } from './restore.ts';
import { createWorkspaceSaver, type EngineSend, type SaveState, type WorkspaceHost } from './saver.ts';

/** An engine whose workspace is a version number; each export hands out the current one as bytes. */
function fakeEngine(answers: Partial<Record<EngineMethod, (input: unknown) => unknown>> = {}) {
  const calls: EngineMethod[] = [];
  let version = 0;
  const send = ((method: EngineMethod, input: unknown) => {
    calls.push(method);
    if (method === 'workspace/export') return Promise.resolve(new Uint8Array([version]));
    const answer = answers[method];
    return answer ? Promise.resolve().then(() => answer(input)) : Promise.reject(new Error(`unexpected ${method}`));
  }) as EngineSend;
  return { send, calls, change: () => (version += 1) };
}

/** A host that stores what it is given, each save waiting until the test lets it finish. */
function fakeHost(saved: Uint8Array | null = null) {
  const writes: number[][] = [];
  const finish: ((result: SaveFileResult) => void)[] = [];
  const host: WorkspaceHost = {
    saveWorkspace: (bytes) =>
      new Promise((resolve) => {
        writes.push([...bytes]);
        finish.push(resolve);
      }),
    loadWorkspace: () => Promise.resolve({ bytes: saved, refused: null, copy: null }),
    listWorkspaceCopies: () => Promise.resolve([]),
    restoreWorkspaceCopy: () => Promise.resolve({ restored: false, message: 'none' }),
  };
  const completeAll = (result: SaveFileResult = { saved: true, path: 'workspace.sqlite' }) => {
    for (const resolve of finish.splice(0)) resolve(result);
  };
  return { host, writes, completeAll };
}

describe('createWorkspaceSaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once, 500 ms after the last of several quick changes', async () => {
    const engine = fakeEngine();
    const { host, writes, completeAll } = fakeHost();
    const states: SaveState['state'][] = [];
    const saver = createWorkspaceSaver({ send: engine.send, host, onState: (s) => states.push(s.state) });

    for (let i = 0; i < 3; i++) {
      engine.change();
      saver.schedule();
      await vi.advanceTimersByTimeAsync(300);
    }
    expect(writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(200);
    expect(writes).toEqual([[3]]);
    completeAll();
    await vi.advanceTimersByTimeAsync(0);
    expect(engine.calls).toEqual(['workspace/export']);
    expect(states.at(-1)).toBe('saved');
    expect(states).toContain('saving');
  });

  it('does not write twice at once: a change during a save is saved after it, with the newer bytes', async () => {
    const engine = fakeEngine();
    const { host, writes, completeAll } = fakeHost();
    const saver = createWorkspaceSaver({ send: engine.send, host, delayMs: 500 });

    engine.change();
    saver.schedule();
    await vi.advanceTimersByTimeAsync(500);
    expect(writes).toEqual([[1]]);

    engine.change();
    saver.schedule();
    await vi.advanceTimersByTimeAsync(500);
    expect(writes).toEqual([[1]]);
    completeAll();
    await vi.advanceTimersByTimeAsync(0);
    expect(writes).toEqual([[1], [2]]);
    completeAll();
  });

  it('flush saves at once and cancel drops a waiting save', async () => {
    const engine = fakeEngine();
    const { host, writes, completeAll } = fakeHost();
    const saver = createWorkspaceSaver({ send: engine.send, host });

    saver.schedule();
    saver.cancel();
    await vi.advanceTimersByTimeAsync(1000);
    expect(writes).toEqual([]);

    saver.schedule();
    const flushed = saver.flush();
    await vi.advanceTimersByTimeAsync(0);
    completeAll();
    await expect(flushed).resolves.toEqual({ state: 'saved' });
    await vi.advanceTimersByTimeAsync(1000);
    expect(writes).toHaveLength(1);
  });

  it('reports a failed save (refused or thrown) without throwing, and saves again on the next change', async () => {
    const engine = fakeEngine();
    const { host, completeAll } = fakeHost();
    const states: SaveState[] = [];
    const saver = createWorkspaceSaver({ send: engine.send, host, onState: (s) => states.push(s) });

    saver.schedule();
    await vi.advanceTimersByTimeAsync(500);
    completeAll({ saved: false, reason: 'error', message: 'disk full' });
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)).toEqual({ state: 'failed', message: 'disk full' });

    const broken = createWorkspaceSaver({
      send: (() => Promise.reject(new Error('engine gone'))) as EngineSend,
      host,
      onState: (s) => states.push(s),
    });
    await expect(broken.flush()).resolves.toEqual({ state: 'failed', message: 'engine gone' });

    saver.schedule();
    await vi.advanceTimersByTimeAsync(500);
    completeAll();
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)).toEqual({ state: 'saved' });
  });
});

describe('restoreWorkspace', () => {
  const summary = { import_id: 1, file: 'orders.csv' };
  const latest = { run_id: 4 };

  it('starts empty when nothing was saved, without touching the engine', async () => {
    const engine = fakeEngine();
    await expect(restoreWorkspace(fakeHost(null).host, engine.send)).resolves.toEqual({ state: 'empty', notice: null });
    expect(engine.calls).toEqual([]);
  });

  it('opens the saved bytes, then lists its imports and latest run', async () => {
    const opened: unknown[] = [];
    const engine = fakeEngine({
      'workspace/open': (input) => (opened.push(input), { ok: true, value: { imports: 1, runs: 1 } }),
      'import/list': () => [summary],
      'match/latest': () => latest,
    });
    const restored = await restoreWorkspace(fakeHost(new Uint8Array([7, 8])).host, engine.send);
    expect(opened).toEqual([{ bytes: new Uint8Array([7, 8]) }]);
    expect(restored).toEqual({ state: 'opened', imports: [summary], latest, notice: null });
  });

  it('names why a damaged or foreign file was refused', async () => {
    const engine = fakeEngine({
      'workspace/open': () => ({
        ok: false,
        issues: [{ code: 'not_a_workspace', message: 'The workspace is not a SQLite database.' }],
      }),
    });
    const restored = await restoreWorkspace(fakeHost(new Uint8Array([1])).host, engine.send);
    expect(restored).toEqual({ state: 'failed', message: 'The workspace is not a SQLite database', notice: null });
    expect(engine.calls).toEqual(['workspace/open']);
  });
});
