import { createHash } from 'node:crypto';
import { parentPort } from 'node:worker_threads';
import { builtinProfiles, readFile, type ReadEvent } from '../core/index.ts';
import { fileSource } from './node-engine.ts';
import type { ReaderRequest, ReaderReply } from './reader-messages.ts';

/**
 * A reader thread: reads files into encoded record batches and posts them to the main thread,
 * which stores them. At most WINDOW batches of a file are unacknowledged at a time.
 */
const WINDOW = 64;
const port = parentPort;
if (!port) throw new Error('read-worker runs as a worker thread');

const credits = new Map<number, { available: number; wake: (() => void) | null }>();

port.on('message', (request: ReaderRequest) => {
  if (request.type === 'credit') {
    const credit = credits.get(request.id);
    if (!credit) return;
    credit.available += request.batches;
    credit.wake?.();
    credit.wake = null;
    return;
  }
  void read(request);
});

async function read({
  id,
  path,
  profileId,
  userProfiles,
  currency,
  encoding,
  roundExcessDecimals,
}: ReaderRequest & { type: 'read' }): Promise<void> {
  const credit = { available: WINDOW, wake: null as (() => void) | null };
  credits.set(id, credit);
  const post = (event: ReadEvent) => {
    const reply: ReaderReply = { id, event };
    if (event.type !== 'batch') return port?.postMessage(reply);
    const { kinds, cells, text } = event.batch;
    port?.postMessage(reply, [kinds.buffer, cells.buffer, text.buffer] as ArrayBuffer[]);
  };
  try {
    const options = {
      profiles: builtinProfiles(),
      userProfiles: userProfiles ?? [],
      createHasher: () => {
        const hash = createHash('sha256');
        return { update: (bytes: Uint8Array) => void hash.update(bytes), digest: () => hash.digest('hex') };
      },
      ...(profileId === undefined ? {} : { profileId }),
      ...(currency === undefined ? {} : { currency }),
      ...(encoding === undefined ? {} : { encoding }),
      ...(roundExcessDecimals === undefined ? {} : { roundExcessDecimals }),
    };
    for await (const event of readFile(fileSource(path), options)) {
      if (event.type === 'batch') {
        while (credit.available === 0) await new Promise<void>((wake) => (credit.wake = wake));
        credit.available--;
      }
      post(event);
    }
  } catch (error) {
    post({
      type: 'error',
      issue: { code: 'internal', message: error instanceof Error ? error.message : String(error), file: path },
    });
  } finally {
    credits.delete(id);
  }
}
