import { describe, expect, it } from 'vitest';
import type { EngineHandlers, HandlerContext } from './contract.ts';
import { serve, type MessagePortLike } from './serve.ts';

type Posted = { message: unknown; transfer: unknown[] | undefined };

function harness(handlers: Partial<Record<string, (input: never, context: HandlerContext) => unknown>>) {
  const posted: Posted[] = [];
  let deliver: (message: unknown) => void = () => undefined;
  const port: MessagePortLike = {
    postMessage: (message, transfer) => posted.push({ message, transfer }),
    onMessage: (listener) => {
      deliver = listener;
    },
  };
  serve(handlers as unknown as EngineHandlers, port);
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { posted, send: (message: unknown) => deliver(message), settle };
}

describe('serve', () => {
  it('answers a request with its id and the handler value', async () => {
    const { posted, send, settle } = harness({ 'import/list': async () => [{ import_id: 1 }] });
    send({ id: 7, method: 'import/list', input: {} });
    await settle();
    expect(posted).toEqual([{ message: { id: 7, ok: true, value: [{ import_id: 1 }] }, transfer: undefined }]);
  });

  it('passes the input through and forwards progress before the response', async () => {
    const { posted, send, settle } = harness({
      'match/run': async (input: { parameters: unknown }, context) => {
        context.progress({ phase: 'match', done: 1, total: 2 });
        return { ok: true, value: input.parameters };
      },
    });
    send({ id: 1, method: 'match/run', input: { parameters: { amountToleranceMinor: 5 } } });
    await settle();
    expect(posted.map((p) => p.message)).toEqual([
      { id: 1, progress: { phase: 'match', done: 1, total: 2 } },
      { id: 1, ok: true, value: { ok: true, value: { amountToleranceMinor: 5 } } },
    ]);
  });

  it('flips cancelled() for the named call only', async () => {
    const seen: boolean[] = [];
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { posted, send, settle } = harness({
      'match/run': async (_input: never, context) => {
        await gate;
        seen.push(context.cancelled());
        return { ok: false, issues: [{ code: 'cancelled', message: 'stopped' }] };
      },
    });
    send({ id: 1, method: 'match/run', input: {} });
    send({ id: 2, method: 'match/run', input: {} });
    send({ id: 2, cancel: true });
    send({ id: 99, cancel: true });
    release();
    await settle();
    expect(seen).toEqual([false, true]);
    expect(posted).toHaveLength(2);
  });

  it('turns a thrown error into an internal error response', async () => {
    const { posted, send, settle } = harness({
      'import/list': async () => {
        throw new Error('table missing');
      },
    });
    send({ id: 3, method: 'import/list', input: {} });
    await settle();
    expect(posted[0]?.message).toEqual({ id: 3, ok: false, error: { code: 'internal', message: 'table missing' } });
  });

  it('rejects unknown and inherited method names', async () => {
    const { posted, send, settle } = harness({});
    send({ id: 4, method: 'constructor', input: {} });
    send({ id: 5, method: 'nope', input: {} });
    await settle();
    expect(posted.map((p) => (p.message as { error: { code: string } }).error.code)).toEqual([
      'unknown_method',
      'unknown_method',
    ]);
  });

  it('ignores messages that are not requests', async () => {
    const { posted, send, settle } = harness({ 'import/list': async () => [] });
    send(null);
    send('hello');
    send({ method: 'import/list' });
    await settle();
    expect(posted).toEqual([]);
  });

  it('transfers a whole Uint8Array buffer and copies a view first', async () => {
    const whole = new Uint8Array([1, 2, 3]);
    const backing = new Uint8Array([9, 8, 7, 6]);
    const { posted, send, settle } = harness({
      'report/workbook': async () => whole,
      'convert/import': async () => backing.subarray(1, 3),
    });
    send({ id: 1, method: 'report/workbook', input: { run_id: 1 } });
    send({ id: 2, method: 'convert/import', input: { import_id: 1, to: 'csv' } });
    await settle();
    expect(posted[0]?.transfer).toEqual([whole.buffer]);
    const copied = (posted[1]?.message as { value: Uint8Array }).value;
    expect([...copied]).toEqual([8, 7]);
    expect(copied.buffer).not.toBe(backing.buffer);
    expect(posted[1]?.transfer).toEqual([copied.buffer]);
  });
});
