/**
 * The distinct keys (source, order_ref) of a workspace, numbered 0, 1, 2, … in the order they
 * were first seen, and found by the UTF-8 bytes of the reference, so that stored records are
 * matched up without making a string of every reference. Open addressing, linear probing.
 */
export class KeyTable {
  private slots = new Int32Array(1 << 16); // key number + 1; 0 = empty
  private hashes = new Int32Array(1 << 12);
  private sources = new Uint16Array(1 << 12);
  /** Start of each key's reference in `bytes`; -1 when the reference is null. */
  private starts = new Int32Array(1 << 12);
  private lengths = new Int32Array(1 << 12);
  private bytes = new Uint8Array(1 << 16);
  private used = 0;
  private readonly encoder = new TextEncoder();
  private readonly decoder = new TextDecoder();
  size = 0;

  /** The number of the key, added when new. `start` is -1 for a null reference. */
  find(source: number, text: Uint8Array, start: number, length: number): number {
    const hash = hashOf(source, text, start, length);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot] ?? 0;
      if (entry === 0) return this.add(slot, hash, source, text, start, length);
      const key = entry - 1;
      if (this.hashes[key] === hash && this.sources[key] === source && this.same(key, text, start, length)) return key;
    }
  }

  /** The number of the key given as a string. */
  findText(source: number, orderRef: string | null): number {
    if (orderRef === null) return this.find(source, this.bytes, -1, 0);
    const scratch = new Uint8Array(orderRef.length * 3);
    const length = this.encoder.encodeInto(orderRef, scratch).written;
    return this.find(source, scratch, 0, length);
  }

  source(key: number): number {
    return this.sources[key] ?? 0;
  }

  orderRef(key: number): string | null {
    const start = this.starts[key] ?? -1;
    if (start < 0) return null;
    return this.decoder.decode(this.bytes.subarray(start, start + (this.lengths[key] ?? 0)));
  }

  private same(key: number, text: Uint8Array, start: number, length: number): boolean {
    const own = this.starts[key] ?? -1;
    if (own < 0 || start < 0) return own < 0 && start < 0;
    if (this.lengths[key] !== length) return false;
    for (let i = 0; i < length; i++) if (this.bytes[own + i] !== text[start + i]) return false;
    return true;
  }

  private add(slot: number, hash: number, source: number, text: Uint8Array, start: number, length: number): number {
    const key = this.size++;
    if (key === this.hashes.length) this.growKeys();
    this.hashes[key] = hash;
    this.sources[key] = source;
    this.lengths[key] = length;
    if (start < 0) this.starts[key] = -1;
    else {
      if (this.used + length > this.bytes.length) this.bytes = grown(this.bytes, this.used + length);
      this.bytes.set(text.subarray(start, start + length), this.used);
      this.starts[key] = this.used;
      this.used += length;
    }
    this.slots[slot] = key + 1;
    if (this.size * 2 > this.slots.length) this.rehash();
    return key;
  }

  private growKeys(): void {
    const size = this.hashes.length * 2;
    this.hashes = grown(this.hashes, size);
    this.sources = grown(this.sources, size);
    this.starts = grown(this.starts, size);
    this.lengths = grown(this.lengths, size);
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let key = 0; key < this.size; key++) {
      let slot = (this.hashes[key] ?? 0) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = key + 1;
    }
    this.slots = slots;
  }
}

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
