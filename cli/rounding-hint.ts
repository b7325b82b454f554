import type { ImportSummary } from '../core/index.ts';

/**
 * The way to read entries rejected only for their excess decimals (float artefacts, sub-cent
 * cash): the flag that rounds them, never applied unless asked. Null when the import has none.
 */
export function roundingHint(summary: ImportSummary): string | null {
  const count = summary.rejections.filter((rejection) => rejection.code === 'amount_excess_decimals').length;
  if (count === 0) return null;
  const what = count === 1 ? '1 entry was' : `${count} entries were`;
  return `${summary.file}: ${what} rejected for more decimals than the currency has; --round-excess-decimals half-even reads them rounded`;
}
