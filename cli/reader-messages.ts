import type { Encoding, ReadEvent } from '../core/index.ts';

/** Main thread → reader thread. */
export type ReaderRequest =
  | {
      type: 'read';
      id: number;
      path: string;
      profileId?: string;
      currency?: string;
      encoding?: Encoding;
      roundExcessDecimals?: 'half-even';
    }
  | { type: 'credit'; id: number; batches: number };

/** Reader thread → main thread: one read event of read `id`. */
export type ReaderReply = { id: number; event: ReadEvent };
