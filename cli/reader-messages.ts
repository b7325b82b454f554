import type { Encoding, Profile, ReadEvent } from '../core/index.ts';

/** Main thread → reader thread. */
export type ReaderRequest =
  | {
      type: 'read';
      id: number;
      path: string;
      /** The profile forced for this file: `ID[@V]` or its content. */
      profileId?: string | Profile;
      /** The user's profiles, tried before the built-ins. */
      userProfiles?: Profile[];
      currency?: string;
      encoding?: Encoding;
      roundExcessDecimals?: 'half-even';
    }
  | { type: 'credit'; id: number; batches: number };

/** Reader thread → main thread: one read event of read `id`. */
export type ReaderReply = { id: number; event: ReadEvent };
