import { warning, type Warning } from '../result.ts';
import { legacyEvidence, PLAUSIBLE, type LegacyEvidence } from './legacy-evidence.ts';

/**
 * Text encodings of statement files: detected from the bytes, never from the machine's locale.
 * GB18030 is a superset of GBK and GB2312, so one decoder reads all three.
 */
export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'windows-1252'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** The encodings of bytes that are not UTF-8 (no BOM), told apart by their statistics. */
export const LEGACY_ENCODINGS = ['gb18030', 'windows-1252'] as const;
type Legacy = (typeof LEGACY_ENCODINGS)[number];

/** Other names users give the encodings (GBK and GB2312 are read by GB18030, Latin-1 by Windows-1252). */
const ALIASES: Readonly<Record<string, Encoding>> = {
  utf8: 'utf-8',
  gbk: 'gb18030',
  gb2312: 'gb18030',
  cp936: 'gb18030',
  cp1252: 'windows-1252',
  latin1: 'windows-1252',
  'iso-8859-1': 'windows-1252',
};

/**
 * The encoding a user's name for it stands for, or null when it is none we read.
 *
 * @example encodingNamed('GBK') // 'gb18030'
 */
export function encodingNamed(name: string): Encoding | null {
  const key = name.trim().toLowerCase();
  return ENCODINGS.find((encoding) => encoding === key) ?? ALIASES[key] ?? null;
}

/** What is known beside the bytes: the profile's (or an XML declaration's) encoding, and the user's answer. */
export type EncodingChoice = {
  /** Used when the bytes fit both legacy encodings; `utf-8` and UTF-16 declare no legacy one. */
  declared?: Encoding;
  /**
   * The encoding the user named for bytes that are not UTF-8: read in it, whatever their
   * statistics suggest. A BOM or valid UTF-8 still wins (one answer serves every file of a run).
   */
  chosen?: Encoding;
};

export type EncodingGuess = {
  encoding: Encoding;
  /** Bytes of byte-order mark at the start (skipped by the decoder). */
  bom: number;
  /**
   * How it was decided, for the import record. `ambiguous`: the bytes fit both legacy
   * encodings (or neither) and nothing else decides; `encoding` is only provisional then,
   * `warning` asks the question and `refusal` says why the file cannot be read as it is.
   */
  evidence: 'bom' | 'valid-utf-8' | 'ascii' | 'byte-statistics' | 'declared' | 'chosen' | 'ambiguous';
  /** What a reader of the import must know about the decision. */
  warning?: Warning;
  /** Why bytes of an `ambiguous` guess are not read, after "The file …". */
  refusal?: string;
};

const NAMES: Readonly<Record<Legacy, string>> = { gb18030: 'GB18030', 'windows-1252': 'Windows-1252' };

/**
 * Decide the encoding from the first bytes of a file: a BOM; valid UTF-8; then, for bytes that
 * are not UTF-8, the user's choice or the legacy encoding their statistics fit. When they fit
 * both (or neither), the declared legacy encoding decides, with a warning — or, with none
 * declared, the guess is `ambiguous` and the file must not be read until someone answers.
 *
 * @example sniffEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])) // { encoding: 'utf-8', bom: 3, evidence: 'bom' }
 */
export function sniffEncoding(head: Uint8Array, choice: EncodingChoice = {}): EncodingGuess {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bom: 3, evidence: 'bom' };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bom: 2, evidence: 'bom' };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: 2, evidence: 'bom' };
  if (isAscii(head)) return { encoding: 'utf-8', bom: 0, evidence: 'ascii' };
  if (isUtf8(head)) return { encoding: 'utf-8', bom: 0, evidence: 'valid-utf-8' };
  if (choice.chosen !== undefined) return { encoding: choice.chosen, bom: 0, evidence: 'chosen' };
  return legacyGuess(head, choice.declared);
}

function legacyGuess(head: Uint8Array, declaredEncoding: Encoding | undefined): EncodingGuess {
  const declared = LEGACY_ENCODINGS.find((name) => name === declaredEncoding);
  const evidence = legacyEvidence(head);
  const fits = LEGACY_ENCODINGS.filter((name) => share(evidence, name) >= PLAUSIBLE);
  const guess = (encoding: Legacy, how: EncodingGuess['evidence'], said?: Warning): EncodingGuess =>
    said ? { encoding, bom: 0, evidence: how, warning: said } : { encoding, bom: 0, evidence: how };
  const [only] = fits;
  if (fits.length === 1 && only) {
    if (declared === only) return guess(only, 'declared');
    const why = declared
      ? `its profile expects ${NAMES[declared]}, but the bytes are ${NAMES[only]} text`
      : `its bytes are ${NAMES[only]} text (its profile names no legacy encoding)`;
    return guess(
      only,
      'byte-statistics',
      warning('encoding_inferred', `The file is not UTF-8; read as ${NAMES[only]}: ${why}.`),
    );
  }
  const readings = LEGACY_ENCODINGS.map((name) => `as ${NAMES[name]} "${sampleText(head, name)}"`).join(' or ');
  const both = fits.length === 2;
  if (declared) {
    const doubt = both
      ? `the bytes read plausibly both ${readings}`
      : `the bytes fit neither GB18030 nor Windows-1252 well (${readings})`;
    const message = `The file is not UTF-8; read as ${NAMES[declared]}, the encoding its profile names, although ${doubt}.`;
    return guess(declared, 'declared', warning('encoding_uncertain', message));
  }
  const provisional = evidence.gb18030 >= evidence.windows1252 ? 'gb18030' : 'windows-1252';
  const question = both ? `reads as two different texts: ${readings}` : `fits no encoding well: ${readings}`;
  const refusal = `is not UTF-8 and ${question}; name its encoding (gb18030 or windows-1252; --encoding on the command line)`;
  return { ...guess(provisional, 'ambiguous', warning('encoding_ambiguous', `The file ${refusal}.`)), refusal };
}

const share = (evidence: LegacyEvidence, name: Legacy): number =>
  name === 'gb18030' ? evidence.gb18030 : evidence.windows1252;

/** The first line holding a byte beyond ASCII, decoded in `encoding` and cut to 40 characters around it. */
function sampleText(head: Uint8Array, encoding: Legacy): string {
  const at = head.findIndex((byte) => byte >= 0x80);
  let start = at;
  while (start > 0 && head[start - 1] !== 0x0a && at - start < 20) start--;
  let end = at;
  while (end < head.length && head[end] !== 0x0a && head[end] !== 0x0d && end - at < 30) end++;
  return new TextDecoder(encoding).decode(head.subarray(start, end)).trim().replaceAll('"', "'");
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
