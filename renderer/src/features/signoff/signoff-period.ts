import type { Period, PeriodSignoff, SignoffStatus } from '../../../../core/ledger/signoff-state.ts';

/** The period a preparer signs off next: from the first business day after the last approved period to the latest. */
export function nextPeriod(dates: readonly string[], signoffs: readonly PeriodSignoff[]): Period | null {
  const latest = dates[dates.length - 1];
  if (latest === undefined) return null;
  const approvedTo = signoffs
    .filter((period) => period.status === 'approved')
    .reduce<string | null>((last, period) => (last === null || period.to > last ? period.to : last), null);
  const open = dates.filter((date) => approvedTo === null || date > approvedTo);
  return { from: open[0] ?? latest, to: latest };
}

/** Where the period's sign-off stands: its own entry's status, else not prepared. */
export function periodStatus(
  period: Period,
  signoffs: readonly PeriodSignoff[],
): { status: SignoffStatus | 'open'; signoff: PeriodSignoff | null } {
  const signoff = signoffs.find((each) => each.from === period.from && each.to === period.to) ?? null;
  return { status: signoff?.status ?? 'open', signoff };
}
