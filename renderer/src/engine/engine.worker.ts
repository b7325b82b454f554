/// <reference lib="webworker" />
import type { ByteSource } from '../../../core/import/types.ts';
import type { EngineHandlers } from '../../../core/rpc/contract.ts';
import { serve, type MessagePortLike } from '../../../core/rpc/serve.ts';
import { createEngineHandlers } from './handlers.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** Messages that arrive while sql.js compiles wait here instead of being lost. */
const waiting: unknown[] = [];
let listener: ((message: unknown) => void) | null = null;
scope.addEventListener('message', (event) => (listener ? listener(event.data) : waiting.push(event.data)));

const port: MessagePortLike = {
  postMessage: (message, transfer) => scope.postMessage(message, (transfer ?? []) as Transferable[]),
  onMessage: (next) => {
    listener = next;
    for (const message of waiting.splice(0)) next(message);
  },
};

/** A File posted from the page arrives as a Blob; the engine reads any ByteSource. */
const toByteSource = (file: ByteSource | Blob): ByteSource =>
  file instanceof Blob
    ? {
        name: file instanceof File ? file.name : 'file',
        size: file.size,
        stream: () => file.stream() as unknown as AsyncIterable<Uint8Array>,
      }
    : file;

function acceptBlobs(handlers: EngineHandlers): EngineHandlers {
  return {
    ...handlers,
    'import/file': (input, context) => handlers['import/file']({ ...input, file: toByteSource(input.file) }, context),
    'import/detect': (input, context) =>
      handlers['import/detect']({ ...input, file: toByteSource(input.file) }, context),
    'profiles/suggest': (input, context) =>
      handlers['profiles/suggest']({ ...input, file: toByteSource(input.file) }, context),
    'profiles/test': (input, context) =>
      handlers['profiles/test']({ ...input, files: input.files.map(toByteSource) }, context),
    'profiles/diff': (input, context) =>
      handlers['profiles/diff']({ ...input, files: input.files.map(toByteSource) }, context),
  };
}

try {
  // One turn of the event loop between the steps of a run, so a cancel can arrive.
  serve(acceptBlobs(await createEngineHandlers()), port, {
    pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
  });
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  port.onMessage((request) => {
    const id = (request as { id?: unknown }).id;
    if (typeof id === 'number') port.postMessage({ id, ok: false, error: { code: 'engine_unavailable', message } });
  });
}
