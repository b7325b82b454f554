import { binaryFormat } from './binary.ts';
import { sniffEncoding, type EncodingChoice, type EncodingGuess } from './encoding.ts';

/** Bytes looked at before deciding the encoding. */
const SNIFF_BYTES = 256 * 1024;

export type DecodedText = {
  guess: EncodingGuess;
  /** Decoded text in chunks; a UTF-8 file with an invalid byte later on fails loudly, never as mojibake. */
  chunks: AsyncGenerator<string>;
};

/**
 * Decode a byte stream, detecting its encoding from the first 256 KiB (the profile's declared
 * encoding and the user's choice beside it). Bytes that read as two different texts with nothing
 * to decide between them are refused, never decoded into one of them silently.
 *
 * @example
 * const { guess, chunks } = await decodeStream(file.stream());
 * for await (const text of chunks) console.log(guess.encoding, text.length);
 */
export async function decodeStream(
  bytes: AsyncIterable<Uint8Array>,
  choice: EncodingChoice = {},
): Promise<DecodedText> {
  const iterator = bytes[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let headLength = 0;
  let finished = false;
  while (headLength < SNIFF_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      finished = true;
      break;
    }
    head.push(next.value);
    headLength += next.value.byteLength;
  }
  const sample = concat(head, Math.min(headLength, SNIFF_BYTES));
  const binary = binaryFormat(sample);
  if (binary) {
    await iterator.return?.();
    throw new DecodeError(binary, 'binary_file');
  }
  const guess = sniffEncoding(sample, choice);
  if (guess.evidence === 'ambiguous') {
    await iterator.return?.();
    throw new DecodeError(guess.refusal ?? 'has an encoding that cannot be told', 'encoding_ambiguous');
  }
  const decoder = new TextDecoder(guess.encoding, { fatal: true });
  async function* chunks(): AsyncGenerator<string> {
    let offset = 0;
    const decode = (chunk: Uint8Array, stream: boolean): string => {
      try {
        return decoder.decode(chunk, { stream });
      } catch {
        throw new DecodeError(
          `is not valid ${guess.encoding} at byte ${offset + firstInvalidByte(guess.encoding, chunk)}`,
        );
      } finally {
        offset += chunk.byteLength;
      }
    };
    try {
      for (const chunk of head) yield decode(chunk, true);
      if (!finished) {
        for (;;) {
          const next = await iterator.next();
          if (next.done) break;
          yield decode(next.value, true);
        }
      }
      const tail = decode(new Uint8Array(0), false);
      if (tail) yield tail;
    } finally {
      // A reader that stops early (detection reads only the start) releases the file.
      if (!finished) await iterator.return?.();
    }
  }
  return { guess, chunks: chunks() };
}

/** Where in `chunk` decoding first fails: the shortest failing prefix, found by bisection (error path only). */
function firstInvalidByte(encoding: string, chunk: Uint8Array): number {
  const fails = (length: number): boolean => {
    try {
      new TextDecoder(encoding, { fatal: true }).decode(chunk.subarray(0, length), { stream: true });
      return false;
    } catch {
      return true;
    }
  };
  let low = 0;
  let high = chunk.byteLength;
  if (!fails(high)) return high;
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    if (fails(middle)) high = middle;
    else low = middle;
  }
  return high - 1;
}

/** The bytes are not text in the detected encoding. */
export class DecodeError extends Error {
  override name = 'DecodeError';
  constructor(
    message: string,
    readonly code: 'decode_failed' | 'binary_file' | 'encoding_ambiguous' = 'decode_failed',
  ) {
    super(message);
  }
}

function concat(parts: Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1 && parts[0] && parts[0].byteLength >= length) return parts[0].subarray(0, length);
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    if (at >= length) break;
    const take = part.subarray(0, length - at);
    out.set(take, at);
    at += take.byteLength;
  }
  return out;
}
