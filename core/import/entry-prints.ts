import type { Database, SqlValue } from 'sql.js';
import { BatchColumns } from '../store/batch-columns.ts';
import type { EncodedBatch } from '../store/encoded-batch.ts';

/**
 * An entry's identity, for telling a statement imported again from a new one: the record's
 * source, kind, channel_ref, order_ref, amount_minor, currency, occurred_at (as an instant) and
 * booked_on. Each record of an import is reduced to a 53-bit print of those fields; two
 * imports share an entry when their prints are equal (a false match between two different
 * entries is about one in 2^53).
 */
export const ENTRY_FIELDS = [
  'source',
  'kind',
  'channel_ref',
  'order_ref',
  'amount_minor',
  'currency',
  'occurred_epoch',
  'booked_on',
] as const;

const TEXT = 0;
const NUMBER = 1;
const FIELDS = ENTRY_FIELDS.map((name) => ({
  column: BatchColumns.column(name),
  kind: name === 'amount_minor' || name === 'occurred_epoch' ? NUMBER : TEXT,
}));
const NULL_MARK = 0xfffffff1;
const TWO_32 = 2 ** 32;

/** Two 32-bit lanes hashed side by side: FNV-1a and a multiply–xorshift lane. */
class EntryHash {
  a = 0x811c9dc5;
  b = 0x9747b28c;

  reset(): void {
    this.a = 0x811c9dc5;
    this.b = 0x9747b28c;
  }

  byte(value: number): void {
    this.a = Math.imul(this.a ^ value, 0x01000193);
    const b = Math.imul(this.b ^ value, 0x5bd1e995);
    this.b = b ^ (b >>> 15);
  }

  /** A 32-bit word, closing a field (so "ab"+"c" and "a"+"bc" differ). */
  word(value: number): void {
    this.byte(value & 0xff);
    this.byte((value >>> 8) & 0xff);
    this.byte((value >>> 16) & 0xff);
    this.byte(value >>> 24);
  }

  number(value: number | null): void {
    if (value === null) return this.word(NULL_MARK);
    const high = Math.floor(value / TWO_32);
    this.word(value - high * TWO_32);
    this.word(high | 0);
  }

  /** The print: 21 bits of one lane above the 32 of the other, exact in a double. */
  print(): number {
    return (finish(this.a) >>> 11) * TWO_32 + finish(this.b);
  }
}

/** murmur3's finalizer: every input bit reaches every output bit. */
function finish(value: number): number {
  let h = value ^ (value >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The prints of one import's records, collected batch by batch while they are stored. */
export class EntryPrints {
  private prints = new Float64Array(1 << 12);
  private count = 0;
  private ordered: Float64Array | null = null;
  private readonly hash = new EntryHash();
  private readonly columns = new BatchColumns();

  get size(): number {
    return this.count;
  }

  add(batch: EncodedBatch): void {
    if (this.ordered) throw new Error('entry prints are complete once sorted');
    const { columns, hash } = this;
    columns.use(batch);
    this.reserve(batch.count);
    for (let row = 0; row < batch.count; row++) {
      hash.reset();
      for (const field of FIELDS) {
        if (field.kind === NUMBER) hash.number(columns.number(row, field.column));
        else {
          const start = columns.textStart(row, field.column);
          if (start < 0) hash.word(NULL_MARK);
          else {
            const length = columns.textLength(start);
            for (let i = 0; i < length; i++) hash.byte(batch.text[start + i] ?? 0);
            hash.word(length);
          }
        }
      }
      this.prints[this.count++] = hash.print();
    }
  }

  /** The prints in ascending order (each repeated entry as often as it occurs); no batch is added after. */
  sorted(): Float64Array {
    if (!this.ordered) {
      this.ordered = this.prints.slice(0, this.count).sort();
      this.prints = new Float64Array(0);
    }
    return this.ordered;
  }

  private reserve(extra: number): void {
    if (this.count + extra <= this.prints.length) return;
    const grown = new Float64Array(Math.max(this.prints.length * 2, this.count + extra));
    grown.set(this.prints.subarray(0, this.count));
    this.prints = grown;
  }
}

/** The sorted prints of an import already in the workspace, read from its records. */
export function storedEntryPrints(db: Database, importId: number): Float64Array {
  const statement = db.prepare(`SELECT ${ENTRY_FIELDS.join(', ')} FROM record WHERE import_id = ?`);
  const hash = new EntryHash();
  const prints: number[] = [];
  try {
    statement.bind([importId]);
    while (statement.step()) {
      const row = statement.get();
      hash.reset();
      FIELDS.forEach((field, index) => hashValue(hash, field.kind, row[index]));
      prints.push(hash.print());
    }
  } finally {
    statement.free();
  }
  return Float64Array.from(prints).sort();
}

const encoder = new TextEncoder();

function hashValue(hash: EntryHash, kind: number, value: SqlValue | undefined): void {
  if (kind === NUMBER) return hash.number(typeof value === 'number' ? value : null);
  if (typeof value !== 'string') return hash.word(NULL_MARK);
  // The same bytes as the stored batch's UTF-8 text.
  const bytes = encoder.encode(value);
  for (const byte of bytes) hash.byte(byte);
  hash.word(bytes.length);
}

/** How many entries two sorted print lists have in common, each counted as often as both have it. */
export function commonEntries(a: Float64Array, b: Float64Array): number {
  let common = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return common;
}
