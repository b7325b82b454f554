import type { Progress } from '../import/types.ts';
import type { EngineHandlers, EngineMethod, HandlerContext } from './contract.ts';

/**
 * The wire protocol between a caller (the renderer) and the engine host (a worker).
 * Only plain data crosses: structured-clone friendly objects, and Uint8Array results
 * whose buffers are transferred instead of copied.
 */
export type EngineRequest = { id: number; method: EngineMethod; input: unknown };
export type EngineCancel = { id: number; cancel: true };
export type EngineError = { code: string; message: string };
export type EngineResponse = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: EngineError };
export type EngineProgress = { id: number; progress: Progress };
export type EngineReply = EngineResponse | EngineProgress;

/** Anything that carries messages both ways: a worker scope, a MessagePort, a test double. */
export type MessagePortLike = {
  postMessage(message: unknown, transfer?: unknown[]): void;
  onMessage(listener: (message: unknown) => void): void;
};

type Call = { cancelled: boolean };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

const isCancel = (message: Record<string, unknown>): boolean => message['cancel'] === true;

/**
 * Serve `handlers` on `port`: each request `{id, method, input}` gets exactly one response
 * `{id, ok, value | error}`, preceded by any number of `{id, progress}` events. `{id, cancel: true}`
 * makes that call's `cancelled()` return true; the handler decides how to stop.
 * A thrown error is a bug and becomes `{code: 'internal', message}`.
 */
export function serve(
  handlers: EngineHandlers,
  port: MessagePortLike,
  options: { pause?: () => Promise<void> } = {},
): void {
  const calls = new Map<number, Call>();
  port.onMessage((message) => {
    if (!isRecord(message) || typeof message['id'] !== 'number') return;
    const id = message['id'];
    if (isCancel(message)) {
      const call = calls.get(id);
      if (call) call.cancelled = true;
      return;
    }
    void answer(handlers, port, calls, id, message['method'], message['input'], options.pause);
  });
}

async function answer(
  handlers: EngineHandlers,
  port: MessagePortLike,
  calls: Map<number, Call>,
  id: number,
  method: unknown,
  input: unknown,
  pause: (() => Promise<void>) | undefined,
): Promise<void> {
  if (typeof method !== 'string' || !Object.hasOwn(handlers, method)) {
    port.postMessage({
      id,
      ok: false,
      error: { code: 'unknown_method', message: `no engine method ${String(method)}` },
    });
    return;
  }
  const call: Call = { cancelled: false };
  calls.set(id, call);
  const context: HandlerContext = {
    progress: (progress) => {
      if (calls.has(id)) port.postMessage({ id, progress } satisfies EngineProgress);
    },
    cancelled: () => call.cancelled,
    ...(pause ? { pause } : {}),
  };
  try {
    const handler = handlers[method as EngineMethod] as (input: unknown, context: HandlerContext) => Promise<unknown>;
    const value = await handler(input, context);
    calls.delete(id);
    postValue(port, id, value);
  } catch (error) {
    calls.delete(id);
    const message = error instanceof Error ? error.message : String(error);
    port.postMessage({ id, ok: false, error: { code: 'internal', message } } satisfies EngineResponse);
  }
}

/** Bytes travel by transfer; a view into a larger buffer is copied first so nothing else is detached. */
function postValue(port: MessagePortLike, id: number, value: unknown): void {
  if (!(value instanceof Uint8Array)) {
    port.postMessage({ id, ok: true, value } satisfies EngineResponse);
    return;
  }
  const whole =
    value.buffer instanceof ArrayBuffer && value.byteOffset === 0 && value.byteLength === value.buffer.byteLength;
  const bytes = whole ? value : value.slice();
  port.postMessage({ id, ok: true, value: bytes } satisfies EngineResponse, [bytes.buffer]);
}
