import type { Database } from 'sql.js';
import { BatchColumns } from '../store/batch-columns.ts';
import { CELL_NUMBER, CELL_TEXT, RECORD_COLUMNS, textLength, type EncodedBatch } from '../store/encoded-batch.ts';

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

const TEXT_FIELDS = ENTRY_FIELDS.filter((name) => name !== 'amount_minor' && name !== 'occurred_epoch');
const TEXT_COLUMNS = Int32Array.from(TEXT_FIELDS, (name) => BatchColumns.column(name));
const AMOUNT = BatchColumns.column('amount_minor');
const EPOCH = BatchColumns.column('occurred_epoch');
const WIDTH = RECORD_COLUMNS.length;
const NULL_MARK = 0xfffffff1;
const TWO_32 = 2 ** 32;

// The running hash: two 32-bit lanes with different multipliers, fed a 32-bit word at a time
// (text four bytes at a time, each field closed by its length so "ab"+"c" and "a"+"bc" differ).
// Module variables, so feeding them allocates nothing.
let laneA = 0;
let laneB = 0;

function begin(): void {
  laneA = 0x811c9dc5;
  laneB = 0x9747b28c;
}

function mixWord(word: number): void {
  const a = Math.imul(laneA ^ word, 0xcc9e2d51);
  laneA = a ^ (a >>> 15);
  const b = Math.imul(laneB ^ word, 0x1b873593);
  laneB = b ^ (b >>> 13);
}

function mixBytes(bytes: Uint8Array, start: number, length: number): void {
  let a = laneA;
  let b = laneB;
  const end = start + length;
  let at = start;
  for (; at + 4 <= end; at += 4) {
    const word =
      (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8) | ((bytes[at + 2] ?? 0) << 16) | ((bytes[at + 3] ?? 0) << 24);
    a = Math.imul(a ^ word, 0xcc9e2d51);
    a ^= a >>> 15;
    b = Math.imul(b ^ word, 0x1b873593);
    b ^= b >>> 13;
  }
  laneA = a;
  laneB = b;
  let tail = 0;
  for (let shift = 0; at < end; at++, shift += 8) tail |= (bytes[at] ?? 0) << shift;
  mixWord(tail);
  mixWord(length);
}

function mixNumber(value: number | null): void {
  if (value === null) return mixWord(NULL_MARK);
  const high = Math.floor(value / TWO_32);
  mixWord(value - high * TWO_32);
  mixWord(high | 0);
}

/** The print: 21 bits of one lane above the 32 of the other, exact in a double. */
function print(): number {
  return (finish(laneA) >>> 11) * TWO_32 + finish(laneB);
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

  get size(): number {
    return this.count;
  }

  add(batch: EncodedBatch): void {
    if (this.ordered) throw new Error('entry prints are complete once sorted');
    const { kinds, cells, text, count } = batch;
    this.reserve(count);
    for (let row = 0, base = 0; row < count; row++, base += WIDTH) {
      begin();
      for (const column of TEXT_COLUMNS) {
        const cell = base + column;
        if (kinds[cell] !== CELL_TEXT) mixWord(NULL_MARK);
        else {
          const start = cells[cell] ?? 0;
          mixBytes(text, start, textLength(text, start));
        }
      }
      mixNumber(kinds[base + AMOUNT] === CELL_NUMBER ? (cells[base + AMOUNT] ?? 0) : null);
      mixNumber(kinds[base + EPOCH] === CELL_NUMBER ? (cells[base + EPOCH] ?? 0) : null);
      this.prints[this.count++] = print();
    }
  }

  /** Give back the room reserved for more batches (the prints are kept for as long as the import). */
  trim(): void {
    if (this.prints.length > this.count) this.prints = this.prints.slice(0, this.count);
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

/**
 * The sorted prints of an import already in the workspace, read from its records. SQLite joins
 * each row's text fields into one string and gives their byte lengths, so a row costs one
 * string instead of one per field.
 */
export function storedEntryPrints(db: Database, importId: number): Float64Array {
  const joined = TEXT_FIELDS.map((name) => `ifnull(${name}, '')`).join(' || ');
  const lengths = TEXT_FIELDS.map((name) => `octet_length(${name})`).join(', ');
  const statement = db.prepare(
    `SELECT ${joined}, ${lengths}, amount_minor, occurred_epoch FROM record WHERE import_id = ?`,
  );
  let scratch = new Uint8Array(1024);
  const fields = TEXT_FIELDS.length;
  const found: number[] = [];
  try {
    statement.bind([importId]);
    while (statement.step()) {
      const row = statement.get();
      const text = typeof row[0] === 'string' ? row[0] : '';
      if (scratch.length < text.length * 3) scratch = new Uint8Array(text.length * 3);
      encoder.encodeInto(text, scratch);
      begin();
      for (let field = 0, at = 0; field < fields; field++) {
        const length = row[1 + field];
        if (typeof length !== 'number') mixWord(NULL_MARK);
        else {
          mixBytes(scratch, at, length);
          at += length;
        }
      }
      const amount = row[1 + fields];
      const epoch = row[2 + fields];
      mixNumber(typeof amount === 'number' ? amount : null);
      mixNumber(typeof epoch === 'number' ? epoch : null);
      found.push(print());
    }
  } finally {
    statement.free();
  }
  return Float64Array.from(found).sort();
}

const encoder = new TextEncoder();

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
