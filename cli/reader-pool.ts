import { Worker } from 'node:worker_threads';
import type { ByteSource, ReadEvent, ReadOptions } from '../core/index.ts';
import type { ReaderReply, ReaderRequest } from './reader-messages.ts';

/**
 * Young generation of a reader thread: rows die young, and a large one means fewer scavenges
 * copying them (reading 1M orders about 30 % faster); small inputs keep the default's memory.
 */
const youngGenerationMb = (inputBytes: number): number => (inputBytes >= 64 * 1024 * 1024 ? 128 : 16);

type Read = {
  id: number;
  path: string;
  events: ReadEvent[];
  wake: (() => void) | null;
  done: boolean;
  worker: Worker | null;
};

/**
 * Reads files on reader threads, ahead of the main thread that stores them: files are read in
 * the order given, `threads` at a time, each a bounded number of batches ahead.
 */
export class ReaderPool {
  private readonly workers: Worker[];
  private readonly idle: Worker[];
  private readonly queue: Read[] = [];
  private readonly reads = new Map<number, Read>();
  private readonly bySource = new Map<ByteSource, Read>();
  private nextId = 1;

  /** `currency`: the account currency for files whose profile can only assume it. */
  constructor(
    threads: number,
    inputBytes: number,
    private readonly currency?: string,
  ) {
    const url = new URL('./read-worker.mjs', import.meta.url);
    this.workers = Array.from(
      { length: threads },
      () => new Worker(url, { resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb(inputBytes) } }),
    );
    this.idle = [...this.workers];
    for (const worker of this.workers) worker.on('message', (reply: ReaderReply) => this.receive(worker, reply));
  }

  /** Start reading these files (in this order) before the store asks for them. */
  prefetch(files: { source: ByteSource; path: string }[]): void {
    for (const { source, path } of files) {
      const read: Read = { id: this.nextId++, path, events: [], wake: null, done: false, worker: null };
      this.reads.set(read.id, read);
      this.bySource.set(source, read);
      this.queue.push(read);
    }
    this.dispatch();
  }

  /** The engine's file reader: the prefetched events of a file. */
  reader(): (file: ByteSource, options: ReadOptions) => AsyncIterable<ReadEvent> {
    return (file) => {
      const read = this.bySource.get(file);
      if (!read) throw new Error(`${file.name} was not prefetched`);
      return this.events(read);
    };
  }

  /** Stop the reader threads (again is harmless). */
  async close(): Promise<void> {
    await Promise.all(this.workers.splice(0).map((worker) => worker.terminate()));
  }

  private async *events(read: Read): AsyncGenerator<ReadEvent> {
    for (;;) {
      const event = read.events.shift();
      if (event) {
        if (event.type === 'batch') this.send(read, { type: 'credit', id: read.id, batches: 1 });
        yield event;
        if (event.type === 'end' || event.type === 'error') return;
        continue;
      }
      await new Promise<void>((wake) => (read.wake = wake));
    }
  }

  private receive(worker: Worker, reply: ReaderReply): void {
    const read = this.reads.get(reply.id);
    if (!read) return;
    read.events.push(reply.event);
    read.wake?.();
    read.wake = null;
    if (reply.event.type === 'end' || reply.event.type === 'error') {
      read.done = true;
      this.idle.push(worker);
      this.dispatch();
    }
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.shift() as Worker;
      const read = this.queue.shift() as Read;
      read.worker = worker;
      const currency = this.currency === undefined ? {} : { currency: this.currency };
      this.send(read, { type: 'read', id: read.id, path: read.path, ...currency });
    }
  }

  private send(read: Read, request: ReaderRequest): void {
    read.worker?.postMessage(request);
  }
}
