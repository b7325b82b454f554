import { currencyExponent } from '../currency.ts';
import type { Profile } from '../profile/types.ts';
import { issue, warning, type Warning } from '../result.ts';
import { ImportAbort } from './import-abort.ts';

/**
 * Some exports never state their account's currency (a generic statement sheet): their profile
 * assumes one. The user's choice replaces the assumption; without a choice the import says
 * plainly which currency was assumed — a note and a warning — so nobody mistakes it for a
 * figure read from the file.
 *
 * @example withAccountCurrency(genericSheet, 'USD').note // { account_currency: 'USD (chosen on import)' }
 */
export function withAccountCurrency(
  profile: Profile,
  chosen: string | undefined,
  file: string,
): { profile: Profile; note: Record<string, string>; warnings: Warning[] } {
  if (chosen !== undefined && (!/^[A-Z]{3}$/.test(chosen) || currencyExponent(chosen) === undefined))
    throw new ImportAbort(issue('currency_invalid', `"${chosen}" is not an ISO 4217 currency code.`, { file }));
  const stated = profile.currency;
  if (!('value' in stated) || !stated.assumed) return { profile, note: {}, warnings: [] };
  if (chosen === undefined) {
    const message = `The file does not state its account currency; its amounts were read as ${stated.value}, which the profile assumes. Choose the account's currency if it is another (--currency on the command line).`;
    return {
      profile,
      note: { account_currency: `${stated.value} (assumed: the file does not state it)` },
      warnings: [warning('currency_assumed', message)],
    };
  }
  return {
    profile: { ...profile, currency: { value: chosen, assumed: true } },
    note: { account_currency: `${chosen} (chosen on import)` },
    warnings: [],
  };
}
