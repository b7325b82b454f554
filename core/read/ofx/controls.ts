import { currencyExponent } from '../../currency.ts';
import type { ControlCheck } from '../../import/types.ts';
import type { Repairs } from '../repairs.ts';
import { describeStatus, type OfxStatement, type OfxStatus } from './statements.ts';
import { ofxAmount } from './values.ts';

/**
 * The OFX control rule. An OFX statement states its ledger balance (LEDGERBAL) but no opening
 * balance and no totals, so nothing in the file can be reconciled with its entries: a
 * well-formed file has no control checks (its status is "none"; the balances are metadata).
 *
 * What is checked is that the file keeps its own promises, each a failed check (the import is
 * flagged, never refused, so its readable entries are kept):
 * - a ledger balance a bank or credit-card statement states must be an amount; an absent or
 *   empty LEDGERBAL/BALAMT states nothing, so there is no control (a warning says so, as
 *   forgiving OFX parsers read such files), while an unreadable one fails;
 * - a statement response that reports an error status beside other statements fails.
 */
export function ofxControls(
  statements: readonly OfxStatement[],
  errors: readonly OfxStatus[],
  repairs: Repairs,
): ControlCheck[] {
  const checks: ControlCheck[] = [];
  statements.forEach((statement, index) => {
    if (statement.kind === 'investment') return;
    const stated = statement.ledger?.amount ?? '';
    const exponent = currencyExponent(statement.currency) ?? 2;
    const label = `statement ${index + 1} (account ${statement.account || 'not named'}): ledger balance (LEDGERBAL/BALAMT)`;
    if (stated === '') {
      const what = statement.ledger ? 'is empty' : 'is absent';
      repairs.add(
        'ofx_ledger_balance_missing',
        `${label} ${what}: the statement states no balance`,
        statement.ledger?.line ?? statement.line,
      );
      return;
    }
    if (ofxAmount(stated, exponent)) return;
    checks.push({ label, stated: `'${stated}', not an amount`, computed: 'a balance is required', holds: false });
  });
  for (const error of errors)
    checks.push({
      label: `${error.response} at line ${error.line}: server status`,
      stated: describeStatus(error),
      computed: 'status 0 (success)',
      holds: false,
    });
  return checks;
}
