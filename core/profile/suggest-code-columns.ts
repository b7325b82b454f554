import { currencyExponent } from '../currency.ts';
import type { HeaderRole } from './suggest-synonyms.ts';
import { columnValues } from './suggest-table.ts';

/**
 * A money header over two cells, as some brokers and banks write it (`Mutatie,` over `EUR,"0,19"`):
 * the named column holds the currency code, the unnamed one beside it the figure. The unnamed
 * column is given the name `<header> amount` and the header's role; the named one becomes the
 * currency of an amount, and is left out beside a balance.
 */
export function splitCodeColumns(
  header: readonly string[],
  roles: readonly (HeaderRole | null)[],
  data: readonly string[][],
): { header: string[]; roles: (HeaderRole | null)[]; split: boolean } {
  const named = [...header];
  const mapped = [...roles];
  let split = false;
  for (const [index, role] of roles.entries()) {
    if (role !== 'amount' && role !== 'balance') continue;
    if ((header[index + 1] ?? '') !== '' || index + 1 >= Math.max(...data.map((row) => row.length))) continue;
    const codes = columnValues(data, index).filter((value) => value !== '');
    if (codes.length === 0 || !codes.every(isCode)) continue;
    named[index + 1] = `${header[index]} amount`;
    mapped[index + 1] = role;
    mapped[index] = role === 'amount' ? 'currency' : null;
    split = true;
  }
  return { header: named, roles: mapped, split };
}

const isCode = (value: string): boolean => /^[A-Z]{3}$/.test(value) && currencyExponent(value) !== undefined;
