/**
 * How well bytes that are not UTF-8 fit each legacy encoding a statement comes in, from their
 * statistics: Chinese text in GBK/GB18030 is almost all pairs in the GB2312 area (both bytes
 * 0xA1–0xFE), while Western text in Windows-1252 has an accented letter here and there between
 * ASCII letters (`Müller`, `Straße`), which GBK would read as rare characters or not at all.
 */
export type LegacyEvidence = {
  /** Share of the non-ASCII characters that are common GB2312 characters (0 when the bytes are not GB18030). */
  gb18030: number;
  /** Share of the non-ASCII bytes that are Latin letters or symbols inside Western words (0 when a byte is undefined in Windows-1252). */
  windows1252: number;
};

/** A share at or above which the bytes read plausibly in an encoding. */
export const PLAUSIBLE = 0.8;

/** Non-ASCII characters enough to judge by; later ones would not change the verdict. */
const ENOUGH = 8192;

/**
 * Both shares for a sample of bytes.
 *
 * @example legacyEvidence(iconv.encode('Zahlung Müller', 'windows-1252')) // { gb18030: 0, windows1252: 1 }
 */
export function legacyEvidence(bytes: Uint8Array): LegacyEvidence {
  return { gb18030: gb18030Share(bytes), windows1252: windows1252Share(bytes) };
}

function gb18030Share(bytes: Uint8Array): number {
  let common = 0;
  let other = 0;
  // A sequence cut off by the end of the sample says nothing either way.
  for (let i = 0; i < bytes.length - 1 && common + other < ENOUGH; i++) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) continue;
    const trail = bytes[i + 1] ?? 0;
    if (lead === 0x80 || lead === 0xff) return 0;
    if (trail >= 0x30 && trail <= 0x39) {
      // A four-byte sequence: characters outside GBK, rare in statements.
      const third = bytes[i + 2];
      if (third !== undefined && (third < 0x81 || third > 0xfe)) return 0;
      other++;
      i += 3;
      continue;
    }
    if (trail < 0x40 || trail === 0x7f || trail === 0xff) return 0;
    if (trail >= 0xa1 && ((lead >= 0xb0 && lead <= 0xf7) || (lead >= 0xa1 && lead <= 0xa9))) common++;
    else other++;
    i++;
  }
  const total = common + other;
  return total === 0 ? 0 : common / total;
}

/** Bytes Windows-1252 leaves undefined: text never holds them. */
const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** Š Œ Ž š œ ž Ÿ ª µ º, and À–ÿ without × and ÷. */
const isLatinLetter = (byte: number): boolean =>
  (byte >= 0xc0 && byte !== 0xd7 && byte !== 0xf7) ||
  [0x8a, 0x8c, 0x8e, 0x9a, 0x9c, 0x9e, 0x9f, 0xaa, 0xb5, 0xba].includes(byte);

const isAsciiLetter = (byte: number | undefined): boolean =>
  byte !== undefined && ((byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a));

function windows1252Share(bytes: Uint8Array): number {
  let western = 0;
  let high = 0;
  for (let i = 0; i < bytes.length;) {
    if ((bytes[i] ?? 0) < 0x80) {
      i++;
      continue;
    }
    let end = i;
    while (end < bytes.length && (bytes[end] ?? 0) >= 0x80) end++;
    const run = bytes.subarray(i, end);
    if (run.some((byte) => UNDEFINED_1252.has(byte))) return 0;
    high += run.length;
    // Western words carry one accented letter or symbol at a time, rarely two together (`ÄÖ`).
    const inWord = isAsciiLetter(bytes[i - 1]) || isAsciiLetter(bytes[end]);
    // A lone byte is Western (GB2312 characters come in pairs); a pair only as two letters inside a word.
    if (run.length === 1 || (run.length === 2 && run.every(isLatinLetter) && inWord)) western += run.length;
    i = end;
  }
  return high === 0 ? 0 : western / high;
}
