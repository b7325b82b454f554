import type { Mt940Statement } from './read-mt940.ts';

export type Mt940Control = { status: 'holds' | 'mismatch' | 'none'; detail: string };

/**
 * The file's own totals: per statement, opening + entries = closing (MT940), or the
 * `:90D:`/`:90C:` counts and sums of its debits and credits (MT942).
 */
export function checkMt940(statements: readonly Mt940Statement[]): Mt940Control {
  const results: { holds: boolean; detail: string }[] = [];
  statements.forEach((statement, index) => {
    const net = statement.entries.reduce((sum, entry) => sum + entry.amountMinor, 0);
    const name = statement.reference || `statement ${index + 1}`;
    if (statement.opening && statement.closing) {
      const computed = statement.opening.amountMinor + net;
      results.push({
        holds: computed === statement.closing.amountMinor,
        detail: `${name}: opening + entries ${computed}, closing ${statement.closing.amountMinor}`,
      });
    }
    for (const [total, sign] of [
      [statement.debits, -1],
      [statement.credits, 1],
    ] as const) {
      if (!total) continue;
      const side = statement.entries.filter(
        (entry) => Math.sign(entry.amountMinor) === sign || (entry.amountMinor === 0 && sign === 1),
      );
      const sum = side.reduce((acc, entry) => acc + entry.amountMinor, 0);
      results.push({
        holds: side.length === total.count && sum === total.amountMinor,
        detail: `${name}: ${sign < 0 ? 'debits' : 'credits'} ${side.length} / ${sum}, stated ${total.count} / ${total.amountMinor}`,
      });
    }
  });
  if (results.length === 0) return { status: 'none', detail: 'no closing balance or totals to check' };
  return {
    status: results.every((r) => r.holds) ? 'holds' : 'mismatch',
    detail: results.map((r) => r.detail).join('; '),
  };
}
