import { currencyExponent } from '../../currency.ts';
import type { ControlCheck } from '../../import/types.ts';
import { formatMinor } from '../../money.ts';
import type { Bai2Account, Bai2File, Bai2Group, Trailer } from './read-bai2.ts';

type Figures = { total: number; count: number | null; records: number };

/**
 * The file's own control totals against its body, both figures shown: each 49 account trailer
 * (the algebraic sum of the account's 03 summary and 16 detail amounts as written, and its
 * record count from the 03 to the 49), each 98 group trailer (its accounts' totals, number of
 * accounts, records from the 02 to the 98) and the 99 file trailer (its groups' totals, number
 * of groups, every physical record). 88 continuations count as records; a line that merely
 * wraps a record does not. A blank control total is not stated, so only its counts are checked.
 */
export function bai2Controls(file: Bai2File): ControlCheck[] {
  const checks: ControlCheck[] = [];
  let fileTotal = 0;
  for (const group of file.groups) {
    let groupTotal = 0;
    for (const account of group.accounts) {
      const total = accountTotal(account);
      groupTotal += total;
      if (account.trailer)
        checks.push(
          check(
            `account ${account.number} (49)`,
            account.trailer,
            { total, count: null, records: account.records },
            account.currency,
          ),
        );
    }
    fileTotal += groupTotal;
    const figures = { total: groupTotal, count: group.accounts.length, records: group.records };
    if (group.trailer) checks.push(check(`group ${groupName(group)} (98)`, group.trailer, figures, currencyOf(group)));
  }
  if (file.trailer) {
    const figures = { total: fileTotal, count: file.groups.length, records: file.records };
    checks.push(check('file (99)', file.trailer, figures, currencyOf(file.groups[0])));
  }
  return checks;
}

/** An account's control total: every amount of its 03 and 16 records, as written. */
export function accountTotal(account: Bai2Account): number {
  const summary = account.summaries.reduce((sum, [, amount]) => sum + amount, 0);
  return summary + account.detailsWritten;
}

function check(label: string, trailer: Trailer, computed: Figures, currency: string): ControlCheck {
  const exponent = currencyExponent(currency) ?? 2;
  const text = (figures: { total: number | null; count: number | null; records: number }) =>
    [
      figures.total === null ? 'total blank' : `total ${formatMinor(figures.total, exponent)}`,
      ...(figures.count === null ? [] : [`${label.startsWith('file') ? 'groups' : 'accounts'} ${figures.count}`]),
      `records ${figures.records}`,
    ].join(' / ');
  const holds =
    (trailer.total === null || trailer.total === computed.total) &&
    trailer.count === computed.count &&
    trailer.records === computed.records;
  return { label: `${label}: control total, count, records`, stated: text(trailer), computed: text(computed), holds };
}

function groupName(group: Bai2Group): string {
  return [group.originator, group.asOf].filter(Boolean).join(' ') || `at line ${group.line}`;
}

function currencyOf(group: Bai2Group | undefined): string {
  return group?.accounts[0]?.currency ?? (group?.currency || 'USD');
}
