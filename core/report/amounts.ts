import { currencyExponent } from '../currency.ts';
import { formatMinor } from '../money.ts';

/**
 * Exponent for display; an unknown code (never in validated records) falls back to 2 decimals.
 *
 * @example displayExponent('JPY') // 0
 */
export const displayExponent = (currency: string | null): number =>
  (currency === null ? undefined : currencyExponent(currency)) ?? 2;

/**
 * Minor units as a number of major units, for a spreadsheet cell only. The exact integer
 * is formatted as decimal text first, so `Number()` gives the double nearest to the true
 * amount; amounts are never computed on in floating point.
 *
 * @example majorUnits(-123456, 2) // -1234.56
 * @example majorUnits(1500, 0) // 1500
 */
export const majorUnits = (minor: number | bigint, exponent: number): number => Number(formatMinor(minor, exponent));
