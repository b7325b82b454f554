import type { EngineApi, EngineMethod } from '../../../core/rpc/contract.ts';
import type { Progress } from '../../../core/import/types.ts';
import type { EngineReply } from '../../../core/rpc/serve.ts';

export type EngineOutput<K extends EngineMethod> = Awaited<ReturnType<EngineApi[K]>>;

/** A call in flight: a promise of its value that can also be asked to stop. */
export type EngineCall<T> = Promise<T> & { cancel: () => void };

/** What the engine answered instead of a value: an internal error, an unknown method, a cancel. */
export class EngineFailure extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'EngineFailure';
    this.code = code;
  }
}

type Pending = {
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  onProgress: ((progress: Progress) => void) | undefined;
};

type Transport = {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
};

/**
 * Typed access to the engine in its worker. Calls run one after another: the engine keeps one
 * workspace and each import or run is one transaction, so nothing interleaves.
 */
export function createClient(transport: Transport) {
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let queue: Promise<unknown> = Promise.resolve();

  transport.addEventListener('message', (event) => {
    const reply = event.data as EngineReply;
    const call = pending.get(reply.id);
    if (!call) return;
    if ('progress' in reply) {
      call.onProgress?.(reply.progress);
      return;
    }
    pending.delete(reply.id);
    if (reply.ok) call.resolve(reply.value);
    else call.reject(new EngineFailure(reply.error.code, reply.error.message));
  });

  function send<K extends EngineMethod>(
    method: K,
    input: Parameters<EngineApi[K]>[0],
    onProgress?: (progress: Progress) => void,
  ): EngineCall<EngineOutput<K>> {
    const id = nextId++;
    let state: 'queued' | 'sent' | 'cancelled' = 'queued';
    let rejectQueued: (error: unknown) => void = () => undefined;
    const result = new Promise<EngineOutput<K>>((resolve, reject) => {
      rejectQueued = reject;
      queue = queue.then(
        () =>
          new Promise<void>((done) => {
            if (state === 'cancelled') return done();
            state = 'sent';
            pending.set(id, {
              resolve: (value) => (resolve(value as EngineOutput<K>), done()),
              reject: (error) => (reject(error), done()),
              onProgress,
            });
            transport.postMessage({ id, method, input });
          }),
      );
    });
    const cancel = () => {
      if (state === 'queued') {
        state = 'cancelled';
        rejectQueued(new EngineFailure('cancelled', 'cancelled before it started'));
      } else if (state === 'sent') transport.postMessage({ id, cancel: true });
    };
    return Object.assign(result, { cancel });
  }

  return { send };
}

let worker: Worker | null = null;

function engineWorker(): Worker {
  worker ??= new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'recondesk-engine' });
  return worker;
}

let client: ReturnType<typeof createClient> | null = null;

/** Send one call to the engine worker (started on first use). */
export function send<K extends EngineMethod>(
  method: K,
  input: Parameters<EngineApi[K]>[0],
  onProgress?: (progress: Progress) => void,
): EngineCall<EngineOutput<K>> {
  client ??= createClient(engineWorker());
  return client.send(method, input, onProgress);
}
