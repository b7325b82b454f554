import { formatMinor } from '../money.ts';

/**
 * `formatMinor` for the converter's hot loop: the same text, without BigInt for the safe
 * integers every canonical amount is (a million records carry three amounts each).
 * `String()` of a safe integer is exact, so no digit can change.
 *
 * @example decimalText(-5, 2) // '-0.05'
 * @example decimalText(1500, 0) // '1500'
 */
export function decimalText(minor: number, exponent: number): string {
  if (!Number.isSafeInteger(minor)) return formatMinor(minor, exponent);
  if (exponent === 0) return String(minor === 0 ? 0 : minor);
  const negative = minor < 0;
  const digits = String(negative ? -minor : minor).padStart(exponent + 1, '0');
  const cut = digits.length - exponent;
  return `${negative ? '-' : ''}${digits.slice(0, cut)}.${digits.slice(cut)}`;
}
