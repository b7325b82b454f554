import type { XmlLayout } from '../../profile/layouts.ts';
import { balanceText, readBalances } from './balances.ts';
import { compilePath } from './path.ts';
import type { XmlStatement } from './statements.ts';

/**
 * Statement metadata: the layout's paths (from the first statement that has them, or the last
 * one for `last`, such as the period end), every balance by type (`balance_clbd`: opening types
 * from the first statement, the others from the last), the number of statements, and how many
 * batch entries stayed whole because their details do not add up to them (`unsplit`).
 */
export function xmlMetadata(
  statements: readonly XmlStatement[],
  layout: XmlLayout,
  unsplit: number,
): Record<string, string> {
  const metadata: Record<string, string> = { statements: String(statements.length) };
  const dates = new Set(layout.dates ?? []);
  for (const rule of layout.metadata ?? []) {
    const path = compilePath(rule.path, dates);
    const ordered = rule.last ? [...statements].reverse() : statements;
    const value = ordered.map((statement) => path([statement.node, statement.message])[0]).find(Boolean);
    if (value !== undefined) metadata[rule.name] = value;
  }
  const { balances, amount } = layout;
  if (balances && amount) {
    statements.forEach((statement, index) => {
      for (const balance of readBalances(statement, balances, amount)) {
        const key = `balance_${balance.type.toLowerCase()}`;
        if (index > 0 && balances.opening.includes(balance.type) && metadata[key] !== undefined) continue;
        metadata[key] = balance.date === '' ? balanceText(balance) : `${balanceText(balance)} on ${balance.date}`;
      }
    });
  }
  if (unsplit > 0) metadata.batch_entries_not_split = String(unsplit);
  return metadata;
}
