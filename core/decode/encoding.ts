/**
 * Text encodings of statement files: detected from the bytes, never from the machine's locale.
 * GB18030 is a superset of GBK and GB2312, so one decoder reads all three.
 */
export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'windows-1252'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export type EncodingGuess = {
  encoding: Encoding;
  /** Bytes of byte-order mark at the start (skipped by the decoder). */
  bom: number;
  /** How it was decided, for the import record. */
  evidence: 'bom' | 'valid-utf-8' | 'ascii' | 'not-utf-8' | 'declared';
};

/**
 * Decide the encoding from the first bytes of a file.
 * A BOM wins; then valid UTF-8; then, for bytes that are not UTF-8, the profile's declared
 * legacy encoding (GB18030 when none is declared).
 *
 * @example sniffEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])) // { encoding: 'utf-8', bom: 3, evidence: 'bom' }
 */
export function sniffEncoding(head: Uint8Array, legacy: Encoding = 'gb18030'): EncodingGuess {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bom: 3, evidence: 'bom' };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bom: 2, evidence: 'bom' };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: 2, evidence: 'bom' };
  if (isAscii(head)) return { encoding: 'utf-8', bom: 0, evidence: 'ascii' };
  if (isUtf8(head)) return { encoding: 'utf-8', bom: 0, evidence: 'valid-utf-8' };
  return { encoding: legacy === 'utf-8' ? 'gb18030' : legacy, bom: 0, evidence: 'not-utf-8' };
}

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] ?? 0) > 0x7f) return false;
  return true;
}

/** Valid UTF-8, allowing a multi-byte sequence cut off at the end of the sample. */
function isUtf8(bytes: Uint8Array): boolean {
  let end = bytes.length;
  // Step back over a trailing incomplete sequence (at most 3 continuation bytes).
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const byte = bytes[end - back] ?? 0;
    if ((byte & 0xc0) === 0x80) continue;
    const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    if (need > back) end -= back;
    break;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}
