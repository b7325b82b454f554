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

export class Volume {
  private readonly minutes: number[];
  /** cumulative[i]: payments in the minutes before minutes[i]. */
  private readonly cumulative: number[];
  readonly total: number;

  constructor(counts: ReadonlyMap<number, number>) {
    this.minutes = [...counts.keys()].sort((a, b) => a - b);
    this.cumulative = [0];
    for (const minute of this.minutes) this.cumulative.push((this.cumulative.at(-1) ?? 0) + (counts.get(minute) ?? 0));
    this.total = this.cumulative.at(-1) ?? 0;
  }

  /** The share of the payments in [from, to) (epoch seconds, counted by whole minutes). */
  share(from: number, to: number): number {
    if (this.total === 0) return 0;
    return (this.before(Math.ceil(to / 60)) - this.before(Math.floor(from / 60))) / this.total;
  }

  /** Payments in the minutes before `minute`. */
  private before(minute: number): number {
    let low = 0;
    let high = this.minutes.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.minutes[middle] ?? 0) < minute) low = middle + 1;
      else high = middle;
    }
    return this.cumulative[low] ?? 0;
  }
}
