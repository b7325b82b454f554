import type { ControlCheck } from '../../import/types.ts';
import { formatMinor } from '../../money.ts';
import type { Norma43Account, Norma43File, Norma43Movement } from './read-norma43.ts';

/**
 * The file's own controls against its movements, both figures shown: per account, its 33
 * trailer's debit and credit counts and totals, and opening (11) + credits − debits = closing
 * (33); for the file, the 88 record count (every record but the 00 and the 88 itself). A
 * movement whose amount or mark cannot be read adds nothing, so the check it belongs to fails.
 */
export function norma43Controls(file: Norma43File): ControlCheck[] {
  const checks: ControlCheck[] = [];
  for (const account of file.accounts) {
    const trailer = account.trailer;
    if (!trailer) continue;
    const name = `account ${accountName(account)} (33)`;
    const debits = sideOf(account.movements, 'debit');
    const credits = sideOf(account.movements, 'credit');
    const figures = (
      debitCount: number | null,
      debitCents: number | null,
      creditCount: number | null,
      creditCents: number | null,
    ) => `debits ${debitCount ?? '?'} = ${cents(debitCents)} / credits ${creditCount ?? '?'} = ${cents(creditCents)}`;
    checks.push({
      label: `${name}: debit and credit entries`,
      stated: figures(trailer.debitCount, trailer.debitCents, trailer.creditCount, trailer.creditCents),
      computed: figures(debits.count, debits.cents, credits.count, credits.cents),
      holds:
        trailer.debitCount === debits.count &&
        trailer.debitCents === debits.cents &&
        trailer.creditCount === credits.count &&
        trailer.creditCents === credits.cents,
    });
    const closing = account.openingCents === null ? null : account.openingCents + credits.cents - debits.cents;
    checks.push({
      label: `${name}: opening + credits − debits = closing`,
      stated: cents(trailer.closingCents),
      computed: cents(closing),
      holds: closing !== null && closing === trailer.closingCents,
    });
  }
  if (file.end)
    checks.push({
      label: 'file (88): records',
      stated: String(file.end.records ?? '?'),
      computed: String(file.records),
      holds: file.end.records === file.records,
    });
  return checks;
}

function sideOf(movements: readonly Norma43Movement[], mark: 'debit' | 'credit') {
  const side = movements.filter((movement) => movement.mark === mark);
  return { count: side.length, cents: side.reduce((sum, movement) => sum + (movement.cents ?? 0), 0) };
}

/** Bank, branch and account number as the CCC writes them. */
export const accountName = (account: Norma43Account): string => `${account.bank} ${account.branch} ${account.number}`;

// Every Norma 43 amount is written with two decimals, whatever its currency.
const cents = (value: number | null) => (value === null ? '?' : formatMinor(value, 2));
