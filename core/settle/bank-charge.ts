import type { BankEntry } from './types.ts';

/**
 * Which bank debits are the bank's own charges: the entry's text holds one of `descriptions`
 * (upper-cased, whole words for Latin ones) or its bank transaction code one of `codes`.
 */
export type BankChargeRule = { descriptions: readonly string[]; codes: readonly string[] };

/** SERVICE CHARGE, 手续费, FEE in the text; ISO 20022's CHRG (charges) family in the code. */
export const DEFAULT_BANK_CHARGE_RULE: BankChargeRule = {
  descriptions: ['SERVICE CHARGE', '手续费', 'FEE', 'FEES', 'CHARGES'],
  codes: ['CHRG'],
};

/** Whether a debit is a bank charge under the rule. */
export function isBankCharge(entry: BankEntry, rule: BankChargeRule = DEFAULT_BANK_CHARGE_RULE): boolean {
  if (entry.amount_minor >= 0) return false;
  const text = `${entry.description ?? ''} ${entry.counterparty ?? ''}`.toUpperCase();
  const code = (entry.code ?? '').toUpperCase();
  return (
    rule.descriptions.some((word) => containsWord(text, word.toUpperCase())) ||
    rule.codes.some((part) => code.split(/[^A-Z0-9]+/).includes(part.toUpperCase()))
  );
}

/** A Latin word only as a whole word (FEE, not COFFEE); other scripts anywhere. */
function containsWord(text: string, word: string): boolean {
  if (!/^[A-Z0-9 ]+$/.test(word)) return text.includes(word);
  return new RegExp(`(?<![A-Z0-9])${word}(?![A-Z0-9])`).test(text);
}
