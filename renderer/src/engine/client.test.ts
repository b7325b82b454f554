import { describe, expect, it } from 'vitest';
import { createClient, EngineFailure } from './client.ts';

/** A transport whose engine side the test plays by hand. */
function fakeTransport() {
  const sent: Record<string, unknown>[] = [];
  let listener: (event: MessageEvent) => void = () => undefined;
  return {
    sent,
    transport: {
      postMessage: (message: unknown) => sent.push(message as Record<string, unknown>),
      addEventListener: (_type: 'message', next: (event: MessageEvent) => void) => {
        listener = next;
      },
    },
    reply: (data: unknown) => listener({ data } as MessageEvent),
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('engine client', () => {
  it('sends one call at a time and resolves each with its own value', async () => {
    const { sent, transport, reply } = fakeTransport();
    const { send } = createClient(transport);
    const first = send('import/list', {});
    const second = send('workspace/reset', {});
    await tick();
    expect(sent).toEqual([{ id: 1, method: 'import/list', input: {} }]);
    reply({ id: 1, ok: true, value: [] });
    await expect(first).resolves.toEqual([]);
    await tick();
    expect(sent[1]).toEqual({ id: 2, method: 'workspace/reset', input: {} });
    reply({ id: 2, ok: true, value: undefined });
    await expect(second).resolves.toBeUndefined();
  });

  it('forwards progress and rejects with the engine error', async () => {
    const { transport, reply } = fakeTransport();
    const { send } = createClient(transport);
    const seen: number[] = [];
    const call = send('match/run', {}, (progress) => seen.push(progress.done));
    await tick();
    reply({ id: 1, progress: { phase: 'match', done: 1, total: 2 } });
    reply({ id: 1, ok: false, error: { code: 'internal', message: 'boom' } });
    await expect(call).rejects.toEqual(new EngineFailure('internal', 'boom'));
    expect(seen).toEqual([1]);
  });

  it('cancels a sent call through the engine and a queued one at once', async () => {
    const { sent, transport, reply } = fakeTransport();
    const { send } = createClient(transport);
    const running = send('match/run', {});
    const queued = send('import/list', {});
    await tick();
    running.cancel();
    queued.cancel();
    await expect(queued).rejects.toMatchObject({ code: 'cancelled' });
    expect(sent).toEqual([
      { id: 1, method: 'match/run', input: {} },
      { id: 1, cancel: true },
    ]);
    reply({ id: 1, ok: true, value: { ok: false, issues: [{ code: 'cancelled', message: 'stopped' }] } });
    await expect(running).resolves.toMatchObject({ ok: false });
    await tick();
    expect(sent).toHaveLength(2);
  });
});
