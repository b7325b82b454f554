import { currencyExponent } from '../../currency.ts';
import { parseMinor } from '../../money.ts';
import type { XmlAmount, XmlLayout } from '../../profile/layouts.ts';
import type { XmlValue } from './parse-xml.ts';
import { compilePath, walk, type XmlScope } from './path.ts';
import type { ReadAmount, XmlEntry } from './entry.ts';
import type { EntryTally } from './tally.ts';

/** A statement: its element (without its entries, which are read one by one), its message, and its entries' tally. */
export type XmlStatement = { node: XmlValue; message: XmlValue; tally: EntryTally };

/** Reads an amount element relative to a node: text, currency, mark, signed minor units. */
export type AmountReader = (node: XmlValue) => ReadAmount | null;

/** Compile the layout's amount rule (entry-relative, and reused for details and balances). */
export function amountReader(rule: XmlAmount, path = rule.path): AmountReader {
  const text = compilePath(path);
  const currency = compilePath(`${path}@${rule.currency}`);
  const mark = rule.mark ? compilePath(rule.mark) : () => [];
  const negative = new Set(rule.negative ?? []);
  return (node) => {
    const written = text([node])[0];
    if (written === undefined) return null;
    const code = (currency([node])[0] ?? '').toUpperCase();
    const markText = mark([node])[0] ?? '';
    const exponent = currencyExponent(code);
    // Without a known currency an amount has no exact minor units: it counts in no net.
    const minor =
      exponent === undefined ? `has currency "${code}", not an ISO 4217 code` : parseMinor(written, exponent);
    const signed = typeof minor === 'number' && negative.has(markText) ? -minor : minor;
    return { text: written, currency: code, mark: markText, minor: signed };
  };
}

/**
 * Reads one entry of a statement as it closes: its amount, and — for a batch entry whose details
 * split its amount exactly — its details, each at the line of its start tag (`detailLines`, in
 * document order; the entry's own line where one is missing).
 */
export function entryReader(
  layout: XmlLayout,
): (node: XmlValue, scope: XmlScope, line: number, detailLines: readonly number[]) => XmlEntry {
  const amount = layout.amount ? amountReader(layout.amount) : () => null;
  const detail = layout.detail;
  const detailSteps = detail ? detail.path.split('/') : [];
  const detailAmounts =
    detail && layout.amount
      ? detail.amount.map((path) => amountReader({ ...(layout.amount as XmlAmount), path }))
      : null;
  return (node, scope, line, detailLines) => {
    const entry: XmlEntry = { node, scope, line, amount: amount(node), split: [], unsplit: false };
    if (detail) splitEntry(entry, walk(node, detailSteps), detailAmounts, detailLines);
    return entry;
  };
}

function splitEntry(
  entry: XmlEntry,
  nodes: XmlValue[],
  readers: readonly AmountReader[] | null,
  detailLines: readonly number[],
): void {
  if (nodes.length < 2 || readers === null || !entry.amount || typeof entry.amount.minor !== 'number') return;
  const amounts = nodes.map((node) => readers.map((read) => read(node)).find((found) => found !== null) ?? null);
  const total = entry.amount;
  let sum = 0;
  for (const found of amounts) {
    const fits =
      found !== null &&
      typeof found.minor === 'number' &&
      found.currency === total.currency &&
      (found.mark === '' || found.mark === total.mark);
    if (!fits) {
      entry.unsplit = true;
      return;
    }
    sum += Math.abs(found.minor as number);
  }
  if (sum !== Math.abs(total.minor as number)) {
    entry.unsplit = true;
    return;
  }
  entry.split = nodes.map((node, index) => ({
    scope: [node, ...entry.scope],
    line: detailLines[index] ?? entry.line,
    amount: amounts[index] as ReadAmount,
  }));
}
