import { Worker } from 'node:worker_threads';
import type { ByteSource, Encoding, Profile, ReadEvent, ReadOptions } from '../core/index.ts';
import type { ReaderReply, ReaderRequest } from './reader-messages.ts';

/**
 * Young generation of a reader thread: rows die young, and a large one means fewer scavenges
 * copying them (reading 1M orders about 30 % faster); small inputs keep the default's memory.
 */
const youngGenerationMb = (inputBytes: number): number => (inputBytes >= 64 * 1024 * 1024 ? 128 : 16);

type Read = {
  id: number;
  path: string;
  /** The profile forced for this file. */
  profileId: string | Profile | undefined;
  events: ReadEvent[];
  wake: (() => void) | null;
  done: boolean;
  worker: Worker | null;
};

/**
 * Reads files on reader threads, ahead of the main thread that stores them: files are read in
 * the order given, `threads` at a time, each a bounded number of batches ahead. A thread with
 * nothing left to read stops at once, giving its memory back while the others finish.
 */
export class ReaderPool {
  private readonly workers = new Set<Worker>();
  private readonly idle: Worker[] = [];
  private readonly queue: Read[] = [];
  private readonly reads = new Map<number, Read>();
  private readonly bySource = new Map<ByteSource, Read>();
  private nextId = 1;

  /**
   * `read`: the account currency for files whose profile can only assume it, the encoding the user
   * named, the rounding the user chose, and the user's profiles (tried before the built-ins).
   */
  constructor(
    private readonly threads: number,
    private readonly inputBytes: number,
    private readonly read: {
      currency?: string;
      encoding?: Encoding;
      roundExcessDecimals?: 'half-even';
      userProfiles?: Profile[];
    } = {},
  ) {}

  /** Start reading these files (in this order) before the store asks for them, each with its forced profile if any. */
  prefetch(files: { source: ByteSource; path: string; profileId?: string | Profile }[]): void {
    for (const { source, path, profileId } of files) {
      const read: Read = { id: this.nextId++, path, profileId, events: [], wake: null, done: false, worker: null };
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
    const workers = [...this.workers];
    this.workers.clear();
    this.idle.length = 0;
    await Promise.all(workers.map((worker) => worker.terminate()));
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
      read.worker = null; // the file is read: no more credit to send
      if (this.queue.length > 0) {
        this.idle.push(worker);
        this.dispatch();
      } else {
        this.workers.delete(worker);
        void worker.terminate();
      }
    }
  }

  private dispatch(): void {
    while (this.queue.length > 0 && (this.idle.length > 0 || this.workers.size < this.threads)) {
      const worker = this.idle.shift() ?? this.start();
      const read = this.queue.shift() as Read;
      read.worker = worker;
      const forced = read.profileId === undefined ? {} : { profileId: read.profileId };
      this.send(read, { type: 'read', id: read.id, path: read.path, ...this.read, ...forced });
    }
  }

  private start(): Worker {
    const url = new URL('./read-worker.mjs', import.meta.url);
    const youngGeneration = youngGenerationMb(this.inputBytes);
    const worker = new Worker(url, { resourceLimits: { maxYoungGenerationSizeMb: youngGeneration } });
    worker.on('message', (reply: ReaderReply) => this.receive(worker, reply));
    this.workers.add(worker);
    return worker;
  }

  private send(read: Read, request: ReaderRequest): void {
    read.worker?.postMessage(request);
  }
}
