import { grown } from './key-table.ts';

/**
 * The record ids of each key, in the order they were stored: per key its last entry, per entry
 * the id and the key's previous entry. About 16 bytes a record, so a run can name a key's
 * records (the pair or group it matched) without searching the record table.
 */
export class RecordChain {
  /** Per key, its last entry + 1 (0: none). */
  private last = new Int32Array(1 << 12);
  private ids = new Float64Array(1 << 12);
  /** Per entry, the entry of the key's previous record (-1: none). */
  private previous = new Int32Array(1 << 12);
  private entries = 0;

  add(key: number, id: number): void {
    if (key >= this.last.length) this.last = grown(this.last, key + 1);
    const entry = this.entries++;
    if (entry === this.ids.length) {
      this.ids = grown(this.ids, entry * 2);
      this.previous = grown(this.previous, entry * 2);
    }
    this.ids[entry] = id;
    this.previous[entry] = (this.last[key] ?? 0) - 1;
    this.last[key] = entry + 1;
  }

  /** The ids of key number `key`'s records, in the order they were stored. */
  of(key: number): number[] {
    const ids: number[] = [];
    for (let entry = (this.last[key] ?? 0) - 1; entry >= 0; entry = this.previous[entry] ?? -1)
      ids.push(this.ids[entry] ?? 0);
    return ids.reverse();
  }
}
