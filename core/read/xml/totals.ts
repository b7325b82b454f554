import { currencyExponent } from '../../currency.ts';
import type { ControlCheck } from '../../import/types.ts';
import { formatMinor, parseMinor } from '../../money.ts';
import type { XmlTotal } from '../../profile/layouts.ts';
import type { XmlValue } from './parse-xml.ts';
import { compilePath, walk } from './path.ts';
import type { EntryTally } from './tally.ts';

/**
 * The counts and sums a file states about its own entries (camt `TxsSummry`, pain.002
 * `OrgnlNbOfTxs` and `NbOfTxsPerSts`) against the entries read; both figures are kept. A figure
 * the file does not state is not checked.
 *
 * @example totalChecks('Stmt 1', stmt, tally, [{ label: 'entries', count: 'TxsSummry/TtlNtries/NbOfNtries' }])
 */
export function totalChecks(
  name: string,
  holder: XmlValue,
  entries: EntryTally,
  rules: readonly XmlTotal[],
): ControlCheck[] {
  const checks: ControlCheck[] = [];
  for (const rule of rules) {
    const figures = rule.each ? walk(holder, rule.each.split('/')) : [holder];
    for (const figure of figures) {
      const check = totalCheck(name, figure, entries, rule);
      if (check) checks.push(check);
    }
  }
  return checks;
}

function totalCheck(name: string, figure: XmlValue, entries: EntryTally, rule: XmlTotal): ControlCheck | null {
  const first = (path: string | undefined) => (path ? compilePath(path)([figure])[0] : undefined);
  const count = first(rule.count);
  const sum = first(rule.sum);
  if (count === undefined && sum === undefined) return null;
  const filter = rule.filter;
  const wanted = filter ? (filter.valuePath ? first(filter.valuePath) : filter.value) : undefined;
  const counted = entries.sum(filter?.entry, wanted);
  const which = wanted === undefined ? '' : ` ${wanted}`;
  const label = `${name}: ${rule.label}${which}`;
  const stated: string[] = [];
  const computed: string[] = [];
  let holds = true;
  if (count !== undefined) {
    stated.push(count);
    computed.push(String(counted.count));
    holds &&= /^\d+$/.test(count) && Number(count) === counted.count;
  }
  if (sum !== undefined) {
    const exponent = currencyExponent(counted.currency ?? '') ?? 2;
    const total = counted.absolute;
    if (!counted.allAmounts) holds = false;
    const statedMinor = parseMinor(sum, exponent);
    stated.push(sum);
    computed.push(formatMinor(total, exponent));
    holds &&= statedMinor === total;
  }
  return { label, stated: stated.join(' / '), computed: computed.join(' / '), holds };
}
