import { isBusinessDate } from '../ledger/business-date.ts';
import type { BankEntry } from './types.ts';

/** An entry's payer and remittance text, upper-cased: what a payout is identified by. */
export const entryText = (entry: BankEntry): string =>
  `${entry.counterparty ?? ''} ${entry.description ?? ''}`.toUpperCase();

/** The calendar dates the text names (`20240315`, `2024-03-15`, `2024/03/15`), as `YYYY-MM-DD`. */
export function datesIn(text: string): string[] {
  const dates = new Set<string>();
  for (const match of text.matchAll(/(?<!\d)(\d{4})[-/.]?(\d{2})[-/.]?(\d{2})(?!\d)/g)) {
    const date = `${match[1]}-${match[2]}-${match[3]}`;
    if (isBusinessDate(date)) dates.add(date);
  }
  return [...dates];
}

/** Runs of 6 or more digits that are no date: merchant accounts and the like. */
export function accountsIn(text: string): string[] {
  return [...text.matchAll(/\d{6,}/g)].map((match) => match[0]).filter((digits) => datesIn(digits).length === 0);
}
