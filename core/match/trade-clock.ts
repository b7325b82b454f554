/**
 * Succeeded statement payments per source and minute: the channel's volume over the day, which
 * the incident test measures its findings against (a busy hour has more of everything).
 */
export class TradeClock {
  private readonly bySource = new Map<string, Map<number, number>>();
  private lastSource: string | null = null;
  private last: Map<number, number> | null = null;

  add(source: string, epoch: number): void {
    if (source !== this.lastSource || !this.last) {
      this.lastSource = source;
      this.last = this.bySource.get(source) ?? new Map<number, number>();
      this.bySource.set(source, this.last);
    }
    const minute = Math.floor(epoch / 60);
    this.last.set(minute, (this.last.get(minute) ?? 0) + 1);
  }

  /** The source's payments as a volume: the share of them in [from, to) epoch seconds. */
  volume(source: string): Volume {
    return new Volume(this.bySource.get(source) ?? new Map<number, number>());
  }
}

/** Cumulative payments by minute, dense from the first minute with a payment to the last. */
export class Volume {
  private readonly first: number;
  /** cumulative[i]: payments in the minutes before first + i. */
  private readonly cumulative: Float64Array;
  readonly total: number;

  constructor(counts: ReadonlyMap<number, number>) {
    const minutes = [...counts.keys()];
    this.first = minutes.length === 0 ? 0 : Math.min(...minutes);
    const last = minutes.length === 0 ? -1 : Math.max(...minutes);
    this.cumulative = new Float64Array(last - this.first + 2);
    for (let i = 0; i <= last - this.first; i++)
      this.cumulative[i + 1] = (this.cumulative[i] ?? 0) + (counts.get(this.first + i) ?? 0);
    this.total = this.cumulative[this.cumulative.length - 1] ?? 0;
  }

  /** The share of the payments in [from, to) (epoch seconds, counted by whole minutes). */
  share(from: number, to: number): number {
    if (this.total === 0) return 0;
    return (this.before(Math.ceil(to / 60)) - this.before(Math.floor(from / 60))) / this.total;
  }

  /** The first and last minute with a payment (epoch minutes; last < first when there is none). */
  get firstMinute(): number {
    return this.first;
  }

  get lastMinute(): number {
    return this.first + this.cumulative.length - 2;
  }

  /** Payments in the minutes [from, to) (epoch minutes). */
  between(from: number, to: number): number {
    return this.before(to) - this.before(from);
  }

  /** Payments in the minutes before `minute`. */
  private before(minute: number): number {
    const at = Math.min(Math.max(minute - this.first, 0), this.cumulative.length - 1);
    return this.cumulative[at] ?? 0;
  }
}
