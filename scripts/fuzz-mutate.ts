import iconv from 'iconv-lite';
import { seededRandom } from '../test/fault/seeded-random.ts';

/**
 * The ways a statement file gets damaged on its way to the app: bits flipped on a bad disk or
 * link, a download cut short, a chunk written twice or foreign bytes spliced in, and the file
 * re-saved in another encoding. Each mutation is a pure function of (seed, index, file), so one
 * finding is replayed from its seed and index alone.
 */
export type MutationKind = 'bit-flips' | 'truncation' | 'repeated-chunk' | 'inserted-chunk' | 'encoding-swap';

export type Mutation = { kind: MutationKind; detail: string; bytes: Uint8Array };

type Random = () => number;

const KINDS: readonly MutationKind[] = ['bit-flips', 'truncation', 'repeated-chunk', 'inserted-chunk', 'encoding-swap'];
const ENCODINGS = ['utf-16le', 'utf-16be', 'gbk', 'windows-1252', 'utf-8'] as const;
/** Bytes that mean something to the readers: quotes, separators, line ends, tag brackets, NUL, a UTF-8 lead. */
const SPECIAL = [0x22, 0x2c, 0x3b, 0x09, 0x0a, 0x0d, 0x3c, 0x3e, 0x26, 0x00, 0xef, 0xff, 0x2d, 0x2e, 0x3a];

const below = (random: Random, limit: number): number => Math.floor(random() * Math.max(1, limit));

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function flipBits(random: Random, bytes: Uint8Array): Mutation {
  const out = bytes.slice();
  const flips = 1 + below(random, 16);
  for (let i = 0; i < flips && out.length > 0; i++) {
    const at = below(random, out.length);
    out[at] = (out[at] ?? 0) ^ (1 << below(random, 8));
  }
  return { kind: 'bit-flips', detail: `${flips} bits`, bytes: out };
}

function truncate(random: Random, bytes: Uint8Array): Mutation {
  const keep = below(random, bytes.length);
  return { kind: 'truncation', detail: `kept ${keep} of ${bytes.length} bytes`, bytes: bytes.slice(0, keep) };
}

function chunkOf(random: Random, bytes: Uint8Array): { at: number; chunk: Uint8Array } {
  const at = below(random, bytes.length);
  const length = 1 + below(random, Math.min(4096, bytes.length - at));
  return { at, chunk: bytes.slice(at, at + length) };
}

function repeatChunk(random: Random, bytes: Uint8Array): Mutation {
  const { at, chunk } = chunkOf(random, bytes);
  const times = 1 + below(random, random() < 0.1 ? 200 : 4);
  const repeated = concat(...Array.from({ length: times + 1 }, () => chunk));
  const out = concat(bytes.slice(0, at), repeated, bytes.slice(at + chunk.length));
  return { kind: 'repeated-chunk', detail: `${chunk.length} bytes at ${at} ×${times + 1}`, bytes: out };
}

function insertChunk(random: Random, bytes: Uint8Array): Mutation {
  const at = below(random, bytes.length + 1);
  const length = 1 + below(random, 64);
  const fromFile = random() < 0.5 && bytes.length > 0;
  const chunk = fromFile
    ? chunkOf(random, bytes).chunk.slice(0, length)
    : Uint8Array.from({ length }, () =>
        random() < 0.6 ? (SPECIAL[below(random, SPECIAL.length)] ?? 0) : below(random, 256),
      );
  const out = concat(bytes.slice(0, at), chunk, bytes.slice(at));
  return {
    kind: 'inserted-chunk',
    detail: `${chunk.length} ${fromFile ? 'file' : 'special'} bytes at ${at}`,
    bytes: out,
  };
}

const BOMS: Readonly<Record<string, Uint8Array>> = {
  'utf-16le': Uint8Array.of(0xff, 0xfe),
  'utf-16be': Uint8Array.of(0xfe, 0xff),
  'utf-8': Uint8Array.of(0xef, 0xbb, 0xbf),
};

/** Reads the file as UTF-8 or GBK (what the real files are) and writes it in another encoding, with or without a BOM. */
function swapEncoding(random: Random, bytes: Uint8Array): Mutation {
  const from = new TextDecoder('utf-8', { fatal: false }).decode(bytes).includes('\ufffd') ? 'gbk' : 'utf-8';
  const text = iconv.decode(Buffer.from(bytes), from).replace(/^\ufeff/, '');
  const to = ENCODINGS[below(random, ENCODINGS.length)] ?? 'utf-8';
  const withBom = to in BOMS && random() < 0.5;
  const encoded = new Uint8Array(iconv.encode(text, to));
  const out = withBom ? concat(BOMS[to] ?? new Uint8Array(), encoded) : encoded;
  return { kind: 'encoding-swap', detail: `${from} → ${to}${withBom ? ' with BOM' : ''}`, bytes: out };
}

const MUTATORS: Readonly<Record<MutationKind, (random: Random, bytes: Uint8Array) => Mutation>> = {
  'bit-flips': flipBits,
  truncation: truncate,
  'repeated-chunk': repeatChunk,
  'inserted-chunk': insertChunk,
  'encoding-swap': swapEncoding,
};

/** Mutation `index` of a run seeded with `seed`: the file it damages and how. */
export function mutationAt(
  seed: number,
  index: number,
  fileCount: number,
): { file: number; random: Random; kind: MutationKind } {
  const random = seededRandom((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  return { file: below(random, fileCount), random, kind: KINDS[index % KINDS.length] ?? 'bit-flips' };
}

export function mutate(kind: MutationKind, random: Random, bytes: Uint8Array): Mutation {
  return MUTATORS[kind](random, bytes);
}
