import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/** A running digest; hosts may pass a native one (Node's crypto) for speed. */
export type Hasher = { update(bytes: Uint8Array): void; digest(): string };

/** SHA-256 in pure TypeScript, for hosts without a native digest. */
export const createSha256: () => Hasher = () => {
  const hash = sha256.create();
  return {
    update: (bytes) => void hash.update(bytes),
    digest: () => bytesToHex(hash.digest()),
  };
};

/** Pass bytes through while hashing and counting them. */
export async function* tapBytes(
  bytes: AsyncIterable<Uint8Array>,
  hasher: Hasher,
  onBytes: (total: number) => void,
): AsyncGenerator<Uint8Array> {
  let total = 0;
  for await (const chunk of bytes) {
    hasher.update(chunk);
    total += chunk.byteLength;
    onBytes(total);
    yield chunk;
  }
}
