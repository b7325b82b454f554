import type { Period, PeriodSignoff, SignoffStatus } from '../../../../core/ledger/signoff-state.ts';

const approved = (signoffs: readonly PeriodSignoff[]) => signoffs.filter((period) => period.status === 'approved');

/**
 * The period to sign off next: from the first business day after the last approved period to the
 * latest; once every day is approved, the last approved period (shown locked).
 */
export function nextPeriod(dates: readonly string[], signoffs: readonly PeriodSignoff[]): Period | null {
  const latest = dates[dates.length - 1];
  if (latest === undefined) return null;
  const last = approved(signoffs).reduce<PeriodSignoff | null>(
    (found, period) => (found === null || period.to > found.to ? period : found),
    null,
  );
  const first = dates.find((date) => last === null || date > last.to);
  if (first !== undefined) return { from: first, to: latest };
  return last ? { from: last.from, to: last.to } : { from: latest, to: latest };
}

/** Where the period's sign-off stands: its own entry's status, else approved when a locked period covers it, else not prepared. */
export function periodStatus(
  period: Period,
  signoffs: readonly PeriodSignoff[],
): { status: SignoffStatus | 'open'; signoff: PeriodSignoff | null } {
  const signoff =
    signoffs.find((each) => each.from === period.from && each.to === period.to) ??
    approved(signoffs).find((each) => each.from <= period.from && period.to <= each.to) ??
    null;
  return { status: signoff?.status ?? 'open', signoff };
}
