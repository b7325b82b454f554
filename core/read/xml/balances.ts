import { currencyExponent } from '../../currency.ts';
import type { ControlCheck } from '../../import/types.ts';
import { formatMinor } from '../../money.ts';
import type { XmlAmount, XmlBalances } from '../../profile/layouts.ts';
import { compilePath, walk } from './path.ts';
import type { ReadAmount } from './entry.ts';
import { amountReader, type XmlStatement } from './statements.ts';

export type Balance = { type: string; date: string; amount: ReadAmount };

/** The balances of a statement by type code, in document order. */
export function readBalances(statement: XmlStatement, rule: XmlBalances, amount: XmlAmount): Balance[] {
  const type = compilePath(rule.type);
  const date = rule.date ? compilePath(rule.date, new Set([rule.date.split('/').pop() ?? ''])) : () => [];
  const read = amountReader(amount);
  const balances: Balance[] = [];
  for (const node of walk(statement.node, rule.path.split('/'))) {
    const found = read(node);
    if (found) balances.push({ type: type([node])[0] ?? '', date: date([node])[0] ?? '', amount: found });
  }
  return balances;
}

/**
 * Opening + entries = closing for one statement, when it states both: the first opening type
 * found (OPBD, else PRCD) and the first closing type (CLBD). Entries in another currency than
 * the closing balance, or a balance that is not an amount, make the check fail with the reason.
 */
export function balanceCheck(
  name: string,
  statement: XmlStatement,
  balances: readonly Balance[],
  rule: XmlBalances,
): ControlCheck | null {
  const pick = (types: readonly string[]) =>
    types.map((type) => balances.find((balance) => balance.type === type)).find((found) => found !== undefined);
  const opening = pick(rule.opening);
  const closing = pick(rule.closing);
  if (!opening || !closing) return null;
  const label = `${name}: opening ${opening.type} + entries = closing ${closing.type}`;
  const currency = closing.amount.currency;
  const money = (minor: number) => `${formatMinor(minor, currencyExponent(currency) ?? 2)} ${currency}`;
  const stated = typeof closing.amount.minor === 'number' ? money(closing.amount.minor) : closing.amount.text;
  for (const balance of [opening, closing]) {
    if (typeof balance.amount.minor === 'string')
      return {
        label,
        stated,
        computed: `${balance.type} ${balance.amount.text} ${balance.amount.minor}`,
        holds: false,
      };
  }
  if (opening.amount.currency !== currency)
    return { label, stated, computed: `opening in ${opening.amount.currency}, closing in ${currency}`, holds: false };
  const net = statement.tally.net.get(currency) ?? 0;
  const others = [...statement.tally.net.keys()].filter((other) => other !== currency);
  const computed = money((opening.amount.minor as number) + net);
  if (others.length > 0)
    return { label, stated, computed: `${computed} + entries in ${others.join(', ')}`, holds: false };
  return { label, stated, computed, holds: computed === stated };
}

/** A balance as metadata: `-33.06 EUR` (or its text when it is not an amount). */
export function balanceText(balance: Balance): string {
  const { minor, currency, text } = balance.amount;
  if (typeof minor === 'string') return `${text} ${currency}`;
  return `${formatMinor(minor, currencyExponent(currency) ?? 2)} ${currency}`;
}
