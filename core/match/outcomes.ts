import { BANK_OUTCOME_CODES, FUND_OUTCOME_CODES, type BankOutcomeCode, type FundOutcomeCode } from '../settle/types.ts';
import { CATEGORY_CODES, type CategoryCode } from './categories.ts';

/**
 * Where a record can end: the category of its key (exceptions and informational outcomes alike),
 * or out of scope with a reason. Stable codes, like the categories'.
 */
export const OUT_OF_SCOPE_CODES = [
  /** A book record of a source no statement of the run covers: nothing to reconcile it against. */
  'out_of_scope:no_statement',
  /** A record of a kind no order rule reads (fees, payouts, adjustments; book reversals). */
  'out_of_scope:record_kind',
] as const;
export type OutOfScopeCode = (typeof OUT_OF_SCOPE_CODES)[number];

/** A bank entry's outcome is its settlement's, a fund bill's movement is kept for its cross-check (see core/settle). */
export type OutcomeCode = CategoryCode | OutOfScopeCode | BankOutcomeCode | FundOutcomeCode;

export const OUTCOME_CODES: readonly OutcomeCode[] = [
  ...CATEGORY_CODES,
  ...OUT_OF_SCOPE_CODES,
  ...BANK_OUTCOME_CODES,
  ...FUND_OUTCOME_CODES,
];

/** An outcome's number in the per-key and per-record arrays: its index + 1 (0: no outcome). */
export const outcomeNumber = (code: OutcomeCode): number => OUTCOME_CODES.indexOf(code) + 1;

/** The code of an outcome number (1 … OUTCOME_CODES.length). */
export const outcomeCode = (number: number): OutcomeCode | undefined => OUTCOME_CODES[number - 1];

/** A code for each category, to number them without a search per key. */
export const CATEGORY_NUMBER: Readonly<Record<CategoryCode, number>> = Object.fromEntries(
  CATEGORY_CODES.map((code, index) => [code, index + 1]),
) as Record<CategoryCode, number>;
