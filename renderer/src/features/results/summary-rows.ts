import { CATEGORY_CODES, EXCEPTION_CODES, type CategoryCode } from '../../../../core/match/categories.ts';
import type { RunSummary, Totals } from '../../../../core/match/types.ts';
import type { FindingCategory } from '../../components/format.ts';
import { categorySeverity } from '../../components/format.ts';

export type SummaryRow = { code: CategoryCode; count: number; amount_minor: number; by_source: Record<string, Totals> };

/** Every category in the contract's order, matched first, informational outcomes last. */
export const summaryRows = (summary: RunSummary): SummaryRow[] =>
  CATEGORY_CODES.map((code) => ({ code, ...summary.categories[code] }));

/** Sources that appear in any category, sorted, for one column each. */
export const summarySources = (summary: RunSummary): string[] =>
  [...new Set(CATEGORY_CODES.flatMap((code) => Object.keys(summary.categories[code].by_source)))].sort();

export const feeMismatchCount = (summary: RunSummary): number =>
  Object.values(summary.fees).reduce((total, fees) => total + fees.fee_mismatch, 0);

/** Tabs and chart bars: each exception category, then fee mismatches. */
export const FINDING_TABS: readonly FindingCategory[] = [...EXCEPTION_CODES, 'fee_mismatch'];

/** Informational outcomes, browsed beside the exceptions. */
export const INFO_TABS: readonly CategoryCode[] = CATEGORY_CODES.filter((code) => categorySeverity(code) === 'info');

/** Every category a tab lists: the exceptions, fee mismatches, and the informational outcomes. */
export const BROWSABLE_TABS: readonly FindingCategory[] = [...FINDING_TABS, ...INFO_TABS];

export const findingCount = (summary: RunSummary, code: FindingCategory): number =>
  code === 'fee_mismatch' ? feeMismatchCount(summary) : summary.categories[code].count;

/** Anomalies of a payment system itself, shown red everywhere. */
export const SYSTEM_CODES: readonly CategoryCode[] = EXCEPTION_CODES.filter(
  (code) => categorySeverity(code) === 'system',
);

export type Overview = { matched: number; exceptions: number; system: number; fees: number };

export function overview(summary: RunSummary): Overview {
  const exceptions = EXCEPTION_CODES.reduce((total, code) => total + summary.categories[code].count, 0);
  const system = SYSTEM_CODES.reduce((total, code) => total + summary.categories[code].count, 0);
  return { matched: summary.categories.matched.count, exceptions, system, fees: feeMismatchCount(summary) };
}
