import { compileDateFormat } from '../normalize/date-format.ts';
import type { WallTime } from '../time.ts';

/** One reading must span at most this share of the other's days to settle day-first or month-first. */
const SPAN_RATIO = 4;

/**
 * Of a day-first and a month-first reading that every date fits, the one whose dates lie
 * closer together — the entries of one statement span days, not months: `05/01`, `05/02`,
 * `05/03` are three days of May rather than three months. Null when the spans do not tell
 * (too few distinct dates, or spans alike).
 *
 * @example closerReading(['05/01/2023', '05/03/2023'], ['dd/MM/yyyy', 'MM/dd/yyyy']) // { format: 'MM/dd/yyyy', … }
 */
export function closerReading(
  values: readonly string[],
  formats: readonly [string, string],
): { format: string; spans: [number, number] } | null {
  const distinct = [...new Set(values.filter((value) => value !== ''))];
  if (distinct.length < 2) return null;
  const [a, b] = formats.map((format) => spanDays(distinct, format));
  if (a === undefined || b === undefined || a === null || b === null) return null;
  if (a * SPAN_RATIO < b) return { format: formats[0], spans: [a, b] };
  if (b * SPAN_RATIO < a) return { format: formats[1], spans: [b, a] };
  return null;
}

/** Days from the earliest to the latest date read with a format (null when one does not read). */
function spanDays(values: readonly string[], format: string): number | null {
  const parse = compileDateFormat(format);
  let earliest = Infinity;
  let latest = -Infinity;
  for (const value of values) {
    const time = parse(value);
    if (typeof time === 'string') return null;
    const day = dayNumber(time);
    earliest = Math.min(earliest, day);
    latest = Math.max(latest, day);
  }
  return latest - earliest;
}

const dayNumber = (time: WallTime): number => Date.UTC(time.year, time.month - 1, time.day) / 86_400_000;
