import { currencyExponent } from '../../currency.ts';
import { parseMinor } from '../../money.ts';
import type { XmlAmount, XmlLayout } from '../../profile/layouts.ts';
import type { XmlValue } from './parse-xml.ts';
import { childrenOf, compilePath, walk, type XmlScope } from './path.ts';

/** An amount as written, with its currency and mark, and its signed minor units (or why it is not an amount). */
export type ReadAmount = { text: string; currency: string; mark: string; minor: number | string };

export type XmlEntry = {
  node: XmlValue;
  scope: XmlScope;
  line: number;
  amount: ReadAmount | null;
  /** The details a batch entry is split into, each with its own amount; empty when it is one row. */
  split: { scope: XmlScope; line: number; amount: ReadAmount }[];
  /** The entry has several details that do not add up to it, so it stays one row. */
  unsplit: boolean;
};

export type XmlStatement = { node: XmlValue; message: XmlValue; entries: XmlEntry[] };

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
 * The statements of a parsed document and their entries, in document order, each entry with
 * its source line and — for a batch entry whose details split its amount exactly — its details.
 */
export function readStatements(root: XmlValue, layout: XmlLayout, lines: LineFinder): XmlStatement[] | null {
  const statements: XmlStatement[] = [];
  let messages = 0;
  for (const path of layout.statement) {
    const steps = path.split('/');
    const name = steps.pop() ?? '';
    for (const message of walk(root, steps)) {
      messages++;
      for (const node of childrenOf(message, name)) statements.push({ node, message, entries: [] });
    }
  }
  if (messages === 0) return null;
  const amount = layout.amount ? amountReader(layout.amount) : () => null;
  const entrySteps = layout.entry.split('/');
  for (const statement of statements) {
    for (const node of walk(statement.node, entrySteps)) {
      const scope = [node, statement.node, statement.message];
      const read = amount(node);
      const entry: XmlEntry = { node, scope, line: lines.entry(), amount: read, split: [], unsplit: false };
      splitEntry(entry, layout, lines);
      statement.entries.push(entry);
    }
  }
  return statements;
}

/** Source lines of the entry and detail elements, handed out in document order. */
export type LineFinder = { entry: () => number; detail: () => number };

function splitEntry(entry: XmlEntry, layout: XmlLayout, lines: LineFinder): void {
  const detail = layout.detail;
  if (!detail) return;
  const nodes = walk(entry.node, detail.path.split('/'));
  const detailLines = nodes.map(() => lines.detail() || entry.line);
  if (nodes.length < 2 || !layout.amount || !entry.amount || typeof entry.amount.minor !== 'number') return;
  const readers = detail.amount.map((path) => amountReader({ ...(layout.amount as XmlAmount), path }));
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
