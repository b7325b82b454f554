import { currencyExponent } from '../../currency.ts';
import type { ControlCheck } from '../../import/types.ts';
import { formatMinor } from '../../money.ts';
import type { EntryTotal, Mt940Statement } from './read-mt940.ts';

/**
 * The file's own totals, per statement: opening + entries = closing (MT940), and the
 * `:90D:`/`:90C:` counts and sums of its debits and credits (MT942). Both figures are kept.
 */
export function mt940Controls(statements: readonly Mt940Statement[]): ControlCheck[] {
  const checks: ControlCheck[] = [];
  statements.forEach((statement, index) => {
    const name = statement.reference || `statement ${index + 1}`;
    const net = statement.tally.net;
    const { opening, closing } = statement;
    if (opening && closing) {
      const money = (minor: number) => formatMinor(minor, currencyExponent(closing.currency) ?? 2);
      checks.push({
        label: `${name}: opening + entries = closing`,
        stated: money(closing.amountMinor),
        computed: money(opening.amountMinor + net),
        holds: opening.amountMinor + net === closing.amountMinor,
      });
    }
    for (const [total, sign] of [
      [statement.debits, -1],
      [statement.credits, 1],
    ] as const) {
      if (total) checks.push(totalCheck(statement, name, total, sign));
    }
  });
  return checks;
}

function totalCheck(statement: Mt940Statement, name: string, total: EntryTotal, sign: -1 | 1): ControlCheck {
  const { tally } = statement;
  const count = sign < 0 ? tally.debits : tally.credits;
  const sum = sign < 0 ? tally.debitsMinor : tally.creditsMinor;
  const money = (minor: number) => formatMinor(minor, currencyExponent(total.currency) ?? 2);
  return {
    label: `${name}: ${sign < 0 ? 'debits (:90D:)' : 'credits (:90C:)'} count / sum`,
    stated: `${total.count} / ${money(total.amountMinor)}`,
    computed: `${count} / ${money(sum)}`,
    holds: count === total.count && sum === total.amountMinor,
  };
}
