/**
 * The distinct keys (source, order_ref) of a workspace, numbered 0, 1, 2, … in the order they
 * were first seen, and found by the UTF-8 bytes of the reference, so that stored records are
 * matched up without making a string of every reference. Open addressing, linear probing.
 */
export class KeyTable {
  /** Per slot: key number + 1 (0 = empty) and the key's hash, side by side. */
  private slots = new Int32Array(2 << 16);
  /** Per key, side by side: hash, source, start of the reference in `bytes` (-1: null), length. */
  private entries = new Int32Array(ENTRY << 12);
  private bytes = new Uint8Array(1 << 16);
  private used = 0;
  private readonly encoder = new TextEncoder();
  /** A reference given as text, encoded. */
  private scratch = new Uint8Array(256);
  private readonly decoder = new TextDecoder();
  size = 0;

  /** The number of the key, added when new. `start` is -1 for a null reference. */
  find(source: number, text: Uint8Array, start: number, length: number): number {
    const hash = hashOf(source, text, start, length);
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot << 1] ?? 0;
      if (entry === 0) return this.add(slot, hash, source, text, start, length);
      if (slots[(slot << 1) + 1] === hash && this.same(entry - 1, source, text, start, length)) return entry - 1;
    }
  }

  /** The number of the key given as a string. */
  findText(source: number, orderRef: string | null): number {
    if (orderRef === null) return this.find(source, this.bytes, -1, 0);
    if (this.scratch.length < orderRef.length * 3) this.scratch = new Uint8Array(orderRef.length * 3);
    const length = this.encoder.encodeInto(orderRef, this.scratch).written;
    return this.find(source, this.scratch, 0, length);
  }

  /** The number of the key given as a string, or -1 when there is none (nothing is added). */
  lookupText(source: number, orderRef: string): number {
    if (this.scratch.length < orderRef.length * 3) this.scratch = new Uint8Array(orderRef.length * 3);
    const length = this.encoder.encodeInto(orderRef, this.scratch).written;
    const hash = hashOf(source, this.scratch, 0, length);
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot << 1] ?? 0;
      if (entry === 0) return -1;
      if (slots[(slot << 1) + 1] === hash && this.same(entry - 1, source, this.scratch, 0, length)) return entry - 1;
    }
  }

  /**
   * A key of its own for one record without a reference (a statement row with no order number is
   * matched alone, by amount and date): never found by {@link find} or {@link lookupText}.
   */
  own(source: number): number {
    const key = this.size++;
    if ((key + 1) * ENTRY > this.entries.length) this.entries = grown(this.entries, (key + 1) * ENTRY);
    const at = key * ENTRY;
    this.entries[at + HASH] = 0;
    this.entries[at + SOURCE] = source;
    this.entries[at + START] = -1;
    this.entries[at + LENGTH] = OWN;
    return key;
  }

  source(key: number): number {
    return this.entries[key * ENTRY + SOURCE] ?? 0;
  }

  orderRef(key: number): string | null {
    const start = this.entries[key * ENTRY + START] ?? -1;
    if (start < 0) return null;
    return this.decoder.decode(this.bytes.subarray(start, start + (this.entries[key * ENTRY + LENGTH] ?? 0)));
  }

  private same(key: number, source: number, text: Uint8Array, start: number, length: number): boolean {
    const at = key * ENTRY;
    const entries = this.entries;
    if (entries[at + SOURCE] !== source) return false;
    const own = entries[at + START] ?? -1;
    if (own < 0 || start < 0) return own < 0 && start < 0;
    if (entries[at + LENGTH] !== length) return false;
    const bytes = this.bytes;
    for (let i = 0; i < length; i++) if (bytes[own + i] !== text[start + i]) return false;
    return true;
  }

  private add(slot: number, hash: number, source: number, text: Uint8Array, start: number, length: number): number {
    const key = this.size++;
    if ((key + 1) * ENTRY > this.entries.length) this.entries = grown(this.entries, (key + 1) * ENTRY);
    const at = key * ENTRY;
    this.entries[at + HASH] = hash;
    this.entries[at + SOURCE] = source;
    this.entries[at + LENGTH] = length;
    if (start < 0) this.entries[at + START] = -1;
    else {
      if (this.used + length > this.bytes.length) this.bytes = grown(this.bytes, this.used + length);
      this.bytes.set(text.subarray(start, start + length), this.used);
      this.entries[at + START] = this.used;
      this.used += length;
    }
    this.slots[slot << 1] = key + 1;
    this.slots[(slot << 1) + 1] = hash;
    if (this.size * 2 > this.slots.length >> 1) this.rehash();
    return key;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = (slots.length >> 1) - 1;
    for (let key = 0; key < this.size; key++) {
      if (this.entries[key * ENTRY + LENGTH] === OWN) continue;
      const hash = this.entries[key * ENTRY + HASH] ?? 0;
      let slot = hash & mask;
      while (slots[slot << 1] !== 0) slot = (slot + 1) & mask;
      slots[slot << 1] = key + 1;
      slots[(slot << 1) + 1] = hash;
    }
    this.slots = slots;
  }
}

/** The fields of a key's entry. */
const HASH = 0;
const SOURCE = 1;
const START = 2;
const LENGTH = 3;
const ENTRY = 4;
/** The length of a key of its own (see {@link KeyTable.own}). */
const OWN = -1;

/**
 * FNV-1a over the source and the reference's bytes, mixed so the low bits (the slot) depend on
 * every byte; a null reference hashes apart from the empty one.
 */
function hashOf(source: number, text: Uint8Array, start: number, length: number): number {
  let hash = Math.imul(0x811c9dc5 ^ source, 0x01000193);
  if (start < 0) hash = Math.imul(hash ^ 0xff, 0x01000193);
  else for (let i = start; i < start + length; i++) hash = Math.imul(hash ^ (text[i] ?? 0), 0x01000193);
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  return hash ^ (hash >>> 13);
}

type Growable = Int32Array | Uint16Array | Uint8Array | Float64Array;

/** A copy of the array at least `size` long (doubling). */
export function grown<T extends Growable>(array: T, size: number): T {
  const next = new (array.constructor as new (length: number) => T)(Math.max(size, array.length * 2));
  next.set(array);
  return next;
}
