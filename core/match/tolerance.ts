/** An amount tolerance: minor units, or parts per million of the book amount (`0.5%` = 5000 ppm). */
export type Tolerance = { minor: number } | { ppm: number };

/**
 * The tolerance in minor units for a book amount: a relative one is rounded half-up to the minor unit.
 *
 * @example toleranceFor({ ppm: 5000 }, 10100) // 51 (0.5 % of 101.00 is 0.505)
 */
export function toleranceFor(tolerance: Tolerance, amount: number): number {
  if ('minor' in tolerance) return tolerance.minor;
  const product = Math.abs(amount) * tolerance.ppm;
  if (Number.isSafeInteger(product)) return Math.floor((product + 500_000) / 1_000_000);
  return Number((BigInt(Math.abs(amount)) * BigInt(tolerance.ppm) + 500_000n) / 1_000_000n);
}

/**
 * A tolerance as written after `--tolerance [SOURCE=]`: whole minor units (`5`) or a percentage
 * (`0.5%`, at most four decimals). Null when it is neither.
 */
export function parseTolerance(text: string): Tolerance | null {
  if (/^\d+$/.test(text)) return { minor: Number(text) };
  const match = /^(\d+)(?:\.(\d{1,4}))?%$/.exec(text);
  if (!match) return null;
  return { ppm: Number(match[1]) * 10_000 + Number((match[2] ?? '').padEnd(4, '0')) };
}

/** A tolerance as the user writes it: `5` or `0.5%`. */
export function formatTolerance(tolerance: Tolerance): string {
  if ('minor' in tolerance) return String(tolerance.minor);
  const whole = Math.floor(tolerance.ppm / 10_000);
  const fraction = String(tolerance.ppm % 10_000)
    .padStart(4, '0')
    .replace(/0+$/, '');
  return `${whole}${fraction ? `.${fraction}` : ''}%`;
}
