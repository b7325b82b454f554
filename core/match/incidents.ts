import { exactTotal } from '../money.ts';
import { formatInstant } from '../time.ts';
import type { CategoryCode } from './categories.ts';

/** The categories whose findings, clustered in time on one channel, point to a system failure. */
export const INCIDENT_CATEGORIES: readonly CategoryCode[] = [
  'paid_not_notified',
  'duplicate_charge',
  'channel_switched',
];

/** One finding of an incident category: its channel, the time of its payment (epoch seconds), its amount and order. */
export type IncidentEvent = {
  source: string;
  category: CategoryCode;
  epoch: number;
  amount: number;
  order_ref: string;
  /** Whether it was matched across channels (the order booked on another one). */
  crossChannel: boolean;
};

/** What most likely happened, from the findings in the window; `trade_gap`: the channel's trades stopped (trade-gaps.ts). */
export type IncidentCause = 'gateway_failover' | 'callbacks_lost' | 'repeated_charges' | 'trade_gap';

export type Incident = {
  channel: string;
  /** The first and last payment of the burst (a gap: the window's start and end), ISO 8601 with the statement's offset. */
  from: string;
  to: string;
  categories: Partial<Record<CategoryCode, { count: number; amount_minor: number }>>;
  cause: IncidentCause;
  /**
   * The burst's findings against the channel's rate of the day (a gap: the window's trades against
   * those the same width before and after predict): observed, expected, and the test's p-value
   * (Bonferroni-corrected).
   */
  observed: number;
  expected: number;
  p_value: number;
  orders: string[];
};

/** Window widths tried, in seconds: 5 minutes to 3 hours in steps of 5 minutes. */
const WIDTHS = Array.from({ length: 36 }, (_, i) => (i + 1) * 300);
/** Family-wise significance level of the scan, per channel: about one false incident in 10,000 ordinary days. */
const ALPHA = 0.0001;
/** Fewest findings an incident has, whatever the test says. */
const LEAST = 5;
const MOST_INCIDENTS = 10;

/** A channel's payments over the day: the share of them in [from, to) epoch seconds. */
export type ChannelVolume = { share: (from: number, to: number) => number };

/**
 * Bursts of incident-category findings per channel, by a scan statistic: for every window that
 * starts at a finding and is 5 to 180 minutes wide, the count of findings in it is tested against
 * a Poisson law whose mean is the channel's findings of the day times the window's share of the
 * channel's payments (so a busy hour expects more). The most significant window whose tail
 * probability, times the number of windows tried (Bonferroni), is below 0.0001 is an incident; its
 * findings are set aside and the scan repeated. On a day whose findings are spread like its
 * payments no window passes. `volume` gives each channel's payments, `offsets` its offset in
 * minutes for the timestamps.
 */
export function detectIncidents(
  events: readonly IncidentEvent[],
  volume: (source: string) => ChannelVolume,
  offsets: ReadonlyMap<string, number>,
): Incident[] {
  const bySource = new Map<string, IncidentEvent[]>();
  for (const event of events) {
    let list = bySource.get(event.source);
    if (!list) bySource.set(event.source, (list = []));
    list.push(event);
  }
  const incidents: Incident[] = [];
  for (const [source, list] of [...bySource].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const sorted = [...list].sort((a, b) => a.epoch - b.epoch || (a.order_ref < b.order_ref ? -1 : 1));
    const payments = volume(source);
    const expect = (from: number, to: number) => sorted.length * Math.max(payments.share(from, to), 1 / 1440);
    const tests = Math.log(sorted.length * WIDTHS.length);
    let remaining = sorted;
    for (let found = 0; found < MOST_INCIDENTS; found++) {
      const best = mostSignificant(remaining, expect, Math.log(ALPHA) - tests);
      if (!best || best.logTail + tests >= Math.log(ALPHA) || best.count < LEAST) break;
      const inside = remaining.slice(best.start, best.start + best.count);
      incidents.push(incidentOf(source, inside, best, tests, offsets.get(source) ?? 0));
      remaining = [...remaining.slice(0, best.start), ...remaining.slice(best.start + best.count)];
    }
  }
  return incidents.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

type Window = { start: number; count: number; expected: number; logTail: number };

function mostSignificant(
  events: readonly IncidentEvent[],
  expect: (from: number, to: number) => number,
  /** Windows whose ln tail probability is not below this are not candidates. */
  threshold: number,
): Window | null {
  let best: Window | null = null;
  for (const width of WIDTHS) {
    let end = 0;
    for (let start = 0; start < events.length; start++) {
      const from = events[start]?.epoch ?? 0;
      if (end < start) end = start;
      while (end < events.length && (events[end]?.epoch ?? 0) < from + width) end++;
      const count = end - start;
      if (count < LEAST) continue;
      const expected = expect(from, from + width);
      if (count <= expected) continue;
      // The Chernoff bound, ln P(X ≥ k) ≤ k − μ + k ln(μ / k), skips windows that cannot pass.
      if (count - expected + count * Math.log(expected / count) >= threshold) continue;
      const logTail = logPoissonTail(count, expected);
      if (logTail >= threshold) continue;
      if (!best || logTail < best.logTail) best = { start, count, expected, logTail };
    }
  }
  return best;
}

function incidentOf(source: string, inside: IncidentEvent[], best: Window, tests: number, offset: number): Incident {
  const categories: Incident['categories'] = {};
  for (const event of inside) {
    const totals = (categories[event.category] ??= { count: 0, amount_minor: 0 });
    totals.count++;
    totals.amount_minor = exactTotal(totals.amount_minor + event.amount);
  }
  const first = inside[0]?.epoch ?? 0;
  const last = inside[inside.length - 1]?.epoch ?? first;
  return {
    channel: source,
    from: formatInstant(first * 1000, offset),
    to: formatInstant(last * 1000, offset),
    categories,
    cause: causeOf(inside),
    observed: best.count,
    expected: Math.round(best.expected * 100) / 100,
    p_value: Math.min(1, Math.exp(best.logTail + tests)),
    orders: [...new Set(inside.map((event) => event.order_ref))].sort(),
  };
}

/** Failover when most findings were matched across channels; lost callbacks when most are paid, not notified. */
function causeOf(inside: readonly IncidentEvent[]): IncidentCause {
  const cross = inside.filter((event) => event.crossChannel).length;
  if (cross * 2 >= inside.length) return 'gateway_failover';
  const unnotified = inside.filter((event) => event.category === 'paid_not_notified').length;
  return unnotified * 2 >= inside.length ? 'callbacks_lost' : 'repeated_charges';
}

/** ln P(X ≥ k) for X ~ Poisson(mean), k > mean: the tail summed term by term in log space. */
export function logPoissonTail(k: number, mean: number): number {
  if (mean <= 0) return k > 0 ? -Infinity : 0;
  const logMean = Math.log(mean);
  let logTerm = -mean + k * logMean - logFactorial(k);
  let total = logTerm;
  for (let j = k + 1; j < k + 10_000; j++) {
    logTerm += logMean - Math.log(j);
    if (logTerm < total - 40) break;
    total = total + Math.log1p(Math.exp(logTerm - total));
  }
  return Math.min(0, total);
}

/** ln(n!), exact sums for small n, Stirling's series beyond. */
export function logFactorial(n: number): number {
  if (n < 2) return 0;
  if (n < 64) {
    let sum = 0;
    for (let i = 2; i <= n; i++) sum += Math.log(i);
    return sum;
  }
  return n * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI * n) + 1 / (12 * n) - 1 / (360 * n ** 3);
}
