import { formatInstant } from '../time.ts';
import { logFactorial, type Incident } from './incidents.ts';
import type { Volume } from './trade-clock.ts';

/** Window widths tried, in minutes: half an hour to three hours in steps of 5 minutes. */
const WIDTHS = Array.from({ length: 31 }, (_, i) => 30 + i * 5);
/** Family-wise significance level of the scan, per channel (as the burst test's). */
const ALPHA = 0.0001;
/** A gap has at most this share of the trades its neighbours predict: far fewer, not a dip. */
const MOST_SHARE = 0.5;
/** Fewest trades the neighbours must predict for a window to be tested. */
const LEAST_EXPECTED = 20;
const MOST_GAPS = 3;

/**
 * Gaps in a channel's trades (a channel down, its payments gone elsewhere or lost), by a scan
 * statistic: every window of 30 to 180 minutes (steps of 5) starting at any minute of the
 * channel's day is compared with the same width just before and just after it. If the channel
 * traded at one rate across the three, the window's share of their trades would be binomial with
 * p = 1/3; the window whose lower tail probability, times the number of windows tried
 * (Bonferroni), is below 0.0001, and whose trades are at most half of the expected, is a gap
 * incident (cause `trade_gap`, `observed` trades against `expected`, `from`/`to` the window). Its
 * minutes are set aside and the scan repeated. On a day whose trades follow a smooth rate, no
 * window passes. `volume` gives each channel's trades per minute, `offsets` its offset in minutes.
 */
export function detectTradeGaps(
  sources: readonly string[],
  volume: (source: string) => Volume,
  offsets: ReadonlyMap<string, number>,
): Incident[] {
  const incidents: Incident[] = [];
  for (const source of [...sources].sort()) {
    const trades = volume(source);
    const first = trades.firstMinute;
    const last = trades.lastMinute;
    const starts = Math.max(0, last - first + 1);
    const tests = Math.log(Math.max(1, starts * WIDTHS.length));
    const threshold = Math.log(ALPHA) - tests;
    const taken: [number, number][] = [];
    for (let found = 0; found < MOST_GAPS; found++) {
      const best = mostSignificant(trades, first, last, threshold, taken);
      if (!best) break;
      taken.push([best.from - best.width, best.from + 2 * best.width]);
      const offset = offsets.get(source) ?? 0;
      incidents.push({
        channel: source,
        from: formatInstant(best.from * 60_000, offset),
        to: formatInstant((best.from + best.width) * 60_000, offset),
        categories: {},
        cause: 'trade_gap',
        observed: best.observed,
        expected: Math.round(best.expected * 100) / 100,
        p_value: Math.min(1, Math.exp(best.logTail + tests)),
        orders: [],
      });
    }
  }
  return incidents;
}

type Gap = { from: number; width: number; observed: number; expected: number; logTail: number };

function mostSignificant(
  trades: Volume,
  first: number,
  last: number,
  threshold: number,
  taken: readonly [number, number][],
): Gap | null {
  let best: Gap | null = null;
  for (const width of WIDTHS) {
    for (let from = first + width; from + 2 * width <= last + 1; from++) {
      if (taken.some(([start, end]) => from < end && from + width > start)) continue;
      const observed = trades.between(from, from + width);
      const beside = trades.between(from - width, from) + trades.between(from + width, from + 2 * width);
      const n = observed + beside;
      const expected = n / 3;
      if (expected < LEAST_EXPECTED || observed > MOST_SHARE * expected) continue;
      // The Chernoff bound, ln P(X ≤ k) ≤ −n·KL(k/n ‖ p), skips windows that cannot pass.
      if (-n * divergence(observed / n, 1 / 3) >= threshold) continue;
      const logTail = logBinomialLowerTail(observed, n, 1 / 3);
      if (logTail >= threshold) continue;
      if (!best || logTail < best.logTail) best = { from, width, observed, expected, logTail };
    }
  }
  return best;
}

/** KL(q ‖ p) of two Bernoulli laws. */
function divergence(q: number, p: number): number {
  const term = (a: number, b: number) => (a === 0 ? 0 : a * Math.log(a / b));
  return term(q, p) + term(1 - q, 1 - p);
}

/** ln P(X ≤ k) for X ~ Binomial(n, p), k below the mean: the tail summed term by term in log space. */
export function logBinomialLowerTail(k: number, n: number, p: number): number {
  let logTerm = logChoose(n, k) + k * Math.log(p) + (n - k) * Math.log1p(-p);
  let total = logTerm;
  for (let j = k; j > 0; j--) {
    // P(j − 1) / P(j) = j (1 − p) / ((n − j + 1) p)
    logTerm += Math.log(j) + Math.log1p(-p) - Math.log(n - j + 1) - Math.log(p);
    if (logTerm < total - 40) break;
    total += Math.log1p(Math.exp(logTerm - total));
  }
  return Math.min(0, total);
}

/** ln C(n, k). */
function logChoose(n: number, k: number): number {
  return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
}
