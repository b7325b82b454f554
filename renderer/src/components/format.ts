import { currencyExponent } from '../../../core/currency.ts';
import { formatMinor, parseRatePpm } from '../../../core/money.ts';
import { CATEGORIES, type CategoryCode, type Severity } from '../../../core/match/categories.ts';
import { FEE_MISMATCH } from '../../../core/match/categories.ts';
import type { Language } from '../i18n/index.ts';

/** Any code that has its own tab: an exception category or fee_mismatch. */
export type FindingCategory = CategoryCode | 'fee_mismatch';

/** Minor units as a grouped decimal in the currency's ISO exponent (2 when the code is unknown). */
export function formatAmount(minor: number | bigint, currency: string | null): string {
  const exponent = currency === null ? 2 : (currencyExponent(currency) ?? 2);
  return formatMinor(minor, exponent, { grouping: true });
}

/** Parts per million as a percentage with at least two decimals: 6000 → "0.60%". */
export function formatRatePpm(ppm: number): string {
  const text = formatMinor(ppm, 4).replace(/0{1,2}$/, '');
  return `${text}%`;
}

/** A percentage typed by the user ("0.6") to parts per million, exactly; null when it is not a rate. */
export function percentToPpm(percent: string): number | null {
  const ppm = parseRatePpm(`${percent.trim()}%`);
  return typeof ppm === 'number' && ppm >= 0 ? ppm : null;
}

export function categoryLabel(code: FindingCategory, language: Language): string {
  return code === 'fee_mismatch' ? FEE_MISMATCH.label[language] : CATEGORIES[code].label[language];
}

export function categorySeverity(code: FindingCategory): Severity {
  return code === 'fee_mismatch' ? FEE_MISMATCH.severity : CATEGORIES[code].severity;
}

/** Today in the user's calendar, for file names: 2024-05-01. */
export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** An ISO timestamp in the user's clock, to the second: 2024-05-01 18:02:36. */
export function localDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${localDate(date)} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** A file name without its extension, for naming converted copies. */
export const baseName = (file: string): string => file.replace(/\.[^./\\]+$/, '');
