import type { ControlCheck } from '../../import/types.ts';
import type { XmlLayout } from '../../profile/layouts.ts';
import { DocumentError, readWhole, type DocumentOpener, type DocumentParser, type DocumentRow } from '../document.ts';
import { AssumedElements } from './assumed.ts';
import { balanceCheck, readBalances } from './balances.ts';
import { compileCells, profileColumns } from './cells.ts';
import { xmlMetadata } from './metadata.ts';
import { compilePath } from './path.ts';
import { StatementTree } from './statement-tree.ts';
import { entryReader, type XmlStatement } from './statements.ts';
import { totalChecks } from './totals.ts';
import { XmlError, XmlTokenizer } from './xml-tokens.ts';

/**
 * An XML statement (camt.052/053/054, pain.002 and the like) read as its text arrives, driven by
 * the profile's `xml` layout: one row per entry — or per detail of a batch entry whose details
 * split it exactly — as soon as the entry has been read, with the columns the profile reads as
 * element paths; the file's own entry count and net; opening + entries = closing and its stated
 * totals as controls; account, period and balances as metadata. An entry element the layout
 * assumes where absent (camt `Sts`) is read so, every entry that omits it counted in a warning.
 * Entries are not kept: memory stays the same whatever the number of entries.
 *
 * @example const parser = openXmlDocument(camt053Profile); parser.push(text); parser.end().entries // the file's Ntry count
 */
export const openXmlDocument: DocumentOpener = (profile): DocumentParser => {
  const layout = profile.xml;
  if (!layout) throw new Error(`profile ${profile.id} has no xml layout`);
  const columns = profileColumns(profile);
  const cells = compileCells(columns, layout);
  const readEntry = entryReader(layout);
  const assumed = new AssumedElements(layout);
  const net: Record<string, number> = {};
  let rows: DocumentRow[] = [];
  let entries = 0;
  let unsplit = 0;
  const tree = new StatementTree(layout, (node, statement, line, detailLines) => {
    const entry = readEntry(node, [node, statement.node, statement.message], line, detailLines);
    entries++;
    const amount = entry.amount;
    if (amount && typeof amount.minor === 'number') net[amount.currency] = (net[amount.currency] ?? 0) + amount.minor;
    statement.tally.add(entry);
    tree.messageTallies.get(statement.message)?.add(entry);
    assumed.add(entry);
    if (entry.unsplit) unsplit++;
    if (entry.split.length === 0) {
      rows.push({ line: entry.line, cells: cells({ entry: entry.scope, detail: null, amount: null }) });
      return;
    }
    for (const detail of entry.split) {
      const own = { text: detail.amount.text, currency: detail.amount.currency };
      rows.push({ line: detail.line, cells: cells({ entry: entry.scope, detail: detail.scope, amount: own }) });
    }
  });
  const tokens = new XmlTokenizer(tree);
  return {
    columns,
    whole: false,
    push: (text) => wellFormed(() => tokens.push(text)),
    take: () => {
      const part = { rows, problems: [] };
      rows = [];
      return part;
    },
    end: () => {
      wellFormed(() => tokens.end());
      if (tree.messages === 0) throw new DocumentError(`has no ${layout.statement.join(' or ')}`);
      const statements = tree.statements;
      return {
        entries,
        net_minor: net,
        controls: controlsOf(statements, tree.messageTallies, layout),
        metadata: xmlMetadata(statements, layout, unsplit),
        warnings: assumed.warnings(),
      };
    },
  };
};

/** The whole text of an XML statement read at once (see {@link openXmlDocument}). */
export const readXmlDocument = readWhole(openXmlDocument);

function wellFormed(read: () => void): void {
  try {
    read();
  } catch (error) {
    if (error instanceof XmlError) throw new DocumentError(`is not well-formed XML: ${error.message}`, error.line);
    throw error;
  }
}

function controlsOf(
  statements: readonly XmlStatement[],
  messages: StatementTree['messageTallies'],
  layout: XmlLayout,
): ControlCheck[] {
  const checks: ControlCheck[] = [];
  const id = compilePath(layout.id ?? 'Id');
  const totals = layout.totals ?? [];
  const own = totals.filter((rule) => rule.scope !== 'message');
  statements.forEach((statement, index) => {
    const name = id([statement.node])[0] ?? `statement ${index + 1}`;
    if (layout.balances && layout.amount) {
      const balances = readBalances(statement, layout.balances, layout.amount);
      const check = balanceCheck(name, statement, balances, layout.balances);
      if (check) checks.push(check);
    }
    checks.push(...totalChecks(name, statement.node, statement.tally, own));
  });
  const messageRules = totals.filter((rule) => rule.scope === 'message');
  for (const [message, tally] of messages) checks.push(...totalChecks('message', message, tally, messageRules));
  return checks;
}
