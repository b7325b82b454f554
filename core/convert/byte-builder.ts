/**
 * Text is encoded in pieces of about this many UTF-16 units. Small pieces die young in the
 * garbage collector's nursery; 16 K measured about twice as fast as 1 M for a million lines.
 */
const PIECE = 16_384;

export type ByteBuilder = {
  append: (text: string) => void;
  finish: () => Uint8Array;
};

/**
 * Collects text and hands it back as UTF-8 bytes. Appending short lines to a string and
 * encoding it in pieces is far faster than encoding each line, and keeps memory at
 * about the size of the output.
 *
 * @example const out = createByteBuilder(); out.append('a,b\r\n'); out.finish() // Uint8Array [97, 44, 98, 13, 10]
 */
export function createByteBuilder(): ByteBuilder {
  const encoder = new TextEncoder();
  const pieces: Uint8Array[] = [];
  let pending = '';
  let size = 0;
  const flush = (): void => {
    if (pending === '') return;
    const piece = encoder.encode(pending);
    pieces.push(piece);
    size += piece.byteLength;
    pending = '';
  };
  return {
    append(text) {
      pending += text;
      if (pending.length >= PIECE) flush();
    },
    finish() {
      flush();
      const bytes = new Uint8Array(size);
      let offset = 0;
      for (const piece of pieces) {
        bytes.set(piece, offset);
        offset += piece.byteLength;
      }
      pieces.length = 0;
      return bytes;
    },
  };
}
