/**
 * Many strings encoded into one growing UTF-8 buffer, each remembered by its start; the
 * length of each is kept in the four bytes before it. ASCII is copied without allocation.
 */
export class Utf8Batch {
  private buffer: Uint8Array;
  private view: DataView;
  private used = 0;
  private readonly encoder = new TextEncoder();

  constructor(capacity = 1 << 20) {
    this.buffer = new Uint8Array(capacity);
    this.view = new DataView(this.buffer.buffer);
  }

  get length(): number {
    return this.used;
  }

  reset(): void {
    this.used = 0;
  }

  /** Append a string; returns where its bytes start. */
  append(value: string): number {
    this.ensure(4 + value.length * 3);
    const start = this.used + 4;
    let at = start;
    const buffer = this.buffer;
    let ascii = true;
    for (let i = 0; i < value.length; i++) {
      const code = value.charCodeAt(i);
      if (code > 0x7f) {
        ascii = false;
        break;
      }
      buffer[at++] = code;
    }
    if (!ascii) at = start + this.encoder.encodeInto(value, buffer.subarray(start)).written;
    this.view.setUint32(this.used, at - start, true);
    this.used = at;
    return start;
  }

  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.used);
  }

  private ensure(extra: number): void {
    if (this.used + extra <= this.buffer.length) return;
    const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.used + extra));
    grown.set(this.buffer.subarray(0, this.used));
    this.buffer = grown;
    this.view = new DataView(grown.buffer);
  }
}
