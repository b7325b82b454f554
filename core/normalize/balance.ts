import type { ControlCheck } from '../import/types.ts';
import { formatMinor, parseMinor, type AmountFormat } from '../money.ts';
import { parseFigure } from './figures.ts';

/** How a running balance column is read: which column, file order, and whether a row's balance includes its own amount. */
export type BalanceRule = {
  label: string;
  column: string;
  balanceIs?: 'after' | 'before';
  order?: 'oldest-first' | 'newest-first' | 'either';
  /** A figure stating the closing balance, compared with the latest row's balance. */
  closing?: string;
};

/** One imported row as the balance chain sees it. */
export type BalanceEntry = { amount: number; currency: string; line: number };

type Chain = { exponent: number; amounts: number[]; balances: number[]; lines: number[]; unreadable: string | null };

type Verdict = { holds: boolean; at: number; expected: number; latest: number };

/**
 * Checks a running balance column: per currency, every row's balance must follow from its
 * neighbour's and the amount between them, in the file's order (oldest or newest first, the
 * balance written after or before the row's own amount). A break is reported with its line,
 * the balance as written and the balance the amounts lead to.
 *
 * @example
 * const chain = createBalanceChain({ label: 'Running balance', column: '余额', order: 'newest-first' }, { decimal: '.', thousands: [','] });
 * chain.add('3,240.28', { amount: -7189, currency: 'CNY', line: 3 }, 2);
 * chain.add('3,312.17', { amount: -32600, currency: 'CNY', line: 4 }, 2);
 * chain.finish(new Map()) // [{ label: 'Running balance', stated: '3240.28', computed: '3240.28', holds: true }]
 */
export function createBalanceChain(rule: BalanceRule, format: AmountFormat) {
  const chains = new Map<string, Chain>();
  return {
    /** One imported row: its balance cell as written, its booked amount. */
    add(text: string, entry: BalanceEntry, exponent: number): void {
      if (text === '') return;
      let chain = chains.get(entry.currency);
      if (!chain) {
        chain = { exponent, amounts: [], balances: [], lines: [], unreadable: null };
        chains.set(entry.currency, chain);
      }
      if (chain.unreadable !== null) return;
      const balance = parseMinor(text, exponent, format);
      if (typeof balance === 'string') {
        chain.unreadable = `line ${entry.line}: balance "${text}" ${balance}`;
        return;
      }
      chain.amounts.push(entry.amount);
      chain.balances.push(balance);
      chain.lines.push(entry.line);
    },
    /** The checks: one per currency, and the closing figure against the latest balance. */
    finish(figures: ReadonlyMap<string, string>): ControlCheck[] {
      const checks: ControlCheck[] = [];
      const several = chains.size > 1;
      for (const [currency, chain] of chains) {
        const label = `${rule.label}${several ? ` (${currency})` : ''}`;
        if (chain.unreadable !== null) {
          checks.push({ label, stated: chain.unreadable, computed: '(unreadable)', holds: false });
          continue;
        }
        const verdict = judge(rule, chain);
        checks.push(chainCheck(label, chain, verdict));
        if (rule.closing !== undefined && !several) checks.push(closingCheck(rule, figures, chain, verdict, format));
      }
      return checks;
    },
  };
}

function judge(rule: BalanceRule, chain: Chain): Verdict {
  const before = rule.balanceIs === 'before';
  if (rule.order === undefined || rule.order === 'oldest-first') return walk(chain, 1, before);
  if (rule.order === 'newest-first') return walk(chain, -1, before);
  const oldest = walk(chain, 1, before);
  if (oldest.holds) return oldest;
  const newest = walk(chain, -1, before);
  return newest.holds || newest.at > oldest.at ? newest : oldest;
}

/**
 * Walk the rows in file order: balance[i] = balance[i-1] + direction × amount[j], where j is the
 * row whose amount lies between the two balances (i for oldest-first `after`, i-1 for `before`,
 * and the other way round newest first).
 */
function walk(chain: Chain, direction: 1 | -1, before: boolean): Verdict {
  const { amounts, balances } = chain;
  const ownAmount = (direction === 1) !== before;
  for (let i = 1; i < balances.length; i++) {
    const between = amounts[ownAmount ? i : i - 1] ?? 0;
    const expected = (balances[i - 1] ?? 0) + direction * between;
    if (expected !== balances[i]) return { holds: false, at: i, expected, latest: 0 };
  }
  const last = direction === 1 ? balances.length - 1 : 0;
  const latest = (balances[last] ?? 0) + (before ? (amounts[last] ?? 0) : 0);
  return { holds: true, at: balances.length, expected: latest, latest };
}

function chainCheck(label: string, chain: Chain, verdict: Verdict): ControlCheck {
  const format = (minor: number) => formatMinor(minor, chain.exponent);
  if (verdict.holds) return { label, stated: format(verdict.latest), computed: format(verdict.latest), holds: true };
  return {
    label: `${label}, line ${chain.lines[verdict.at] ?? 0}`,
    stated: format(chain.balances[verdict.at] ?? 0),
    computed: format(verdict.expected),
    holds: false,
  };
}

function closingCheck(
  rule: BalanceRule,
  figures: ReadonlyMap<string, string>,
  chain: Chain,
  verdict: Verdict,
  format: AmountFormat,
): ControlCheck {
  const label = `${rule.label}: closing balance`;
  const stated = figures.get(rule.closing ?? '');
  const computed = verdict.holds ? formatMinor(verdict.latest, chain.exponent) : '(balance chain broken)';
  const statedMinor = stated === undefined ? undefined : parseFigure(stated, chain.exponent, format);
  const holds = verdict.holds && typeof statedMinor === 'number' && statedMinor === verdict.latest;
  return { label, stated: stated ?? '(missing)', computed, holds };
}
