import type { ControlCheck } from '../../import/types.ts';
import type { XmlLayout } from '../../profile/layouts.ts';
import { DocumentError, type DocumentReader, type EntryDocument } from '../document.ts';
import { balanceCheck, readBalances } from './balances.ts';
import { compileCells, profileColumns, type RowContext } from './cells.ts';
import { lineFinder } from './lines.ts';
import { xmlMetadata } from './metadata.ts';
import { parseXml, type XmlValue } from './parse-xml.ts';
import { assumedWarnings } from './assumed.ts';
import { compilePath } from './path.ts';
import { readStatements, type XmlEntry, type XmlStatement } from './statements.ts';
import { totalChecks } from './totals.ts';

/**
 * An XML statement (camt.052/053/054, pain.002 and the like) as entry rows, driven by the
 * profile's `xml` layout: one row per entry — or per detail of a batch entry whose details
 * split it exactly — with the columns the profile reads as element paths; the file's own
 * entry count and net; opening + entries = closing and its stated totals as controls; account,
 * period and balances as metadata. An entry element the layout assumes where absent (camt `Sts`)
 * is read so, every entry that omits it counted in a warning.
 *
 * @example readXmlDocument(camt053Text, camt053Profile).entries // the file's Ntry count
 */
export const readXmlDocument: DocumentReader = (text, profile) => {
  const layout = profile.xml;
  if (!layout) throw new Error(`profile ${profile.id} has no xml layout`);
  const parsed = parseXml(text);
  if (!parsed.ok) {
    const problem = parsed.issues[0];
    throw new DocumentError(`is not well-formed XML: ${problem?.message ?? 'unreadable'}`, problem?.line);
  }
  const root = rootElement(parsed.value);
  const detailTag = layout.detail ? (layout.detail.path.split('/').pop() ?? null) : null;
  const lines = lineFinder(text, layout.entry.split('/').pop() ?? layout.entry, detailTag);
  const statements = root === undefined ? null : readStatements(root, layout, lines);
  if (statements === null) throw new DocumentError(`has no ${layout.statement.join(' or ')}`);
  const columns = profileColumns(profile);
  const cells = compileCells(columns, layout);
  const document: EntryDocument = {
    columns,
    rows: [],
    entries: 0,
    net_minor: {},
    controls: controlsOf(statements, layout),
    metadata: xmlMetadata(statements, layout),
    problems: [],
    warnings: assumedWarnings(statements, layout),
  };
  for (const statement of statements) for (const entry of statement.entries) addEntry(document, entry, cells);
  return document;
};

/** One entry: counted, added to the net in its currency, and its row — or one row per detail it splits into. */
function addEntry(document: EntryDocument, entry: XmlEntry, cells: (row: RowContext) => string[]): void {
  document.entries++;
  const amount = entry.amount;
  if (amount && typeof amount.minor === 'number')
    document.net_minor[amount.currency] = (document.net_minor[amount.currency] ?? 0) + amount.minor;
  if (entry.split.length === 0) {
    document.rows.push({ line: entry.line, cells: cells({ entry: entry.scope, detail: null, amount: null }) });
    return;
  }
  for (const detail of entry.split) {
    const own = { text: detail.amount.text, currency: detail.amount.currency };
    document.rows.push({ line: detail.line, cells: cells({ entry: entry.scope, detail: detail.scope, amount: own }) });
  }
}

/** The file's one top-level element (the declaration is not kept by the parser). */
function rootElement(document: Record<string, XmlValue>): XmlValue | undefined {
  const names = Object.keys(document).filter((name) => !name.startsWith('?') && !name.startsWith('#'));
  return names.length === 1 ? document[names[0] as string] : undefined;
}

function controlsOf(statements: readonly XmlStatement[], layout: XmlLayout): ControlCheck[] {
  const checks: ControlCheck[] = [];
  const id = compilePath(layout.id ?? 'Id');
  const totals = layout.totals ?? [];
  const byMessage = new Map<XmlValue, XmlStatement[]>();
  statements.forEach((statement, index) => {
    const name = id([statement.node])[0] ?? `statement ${index + 1}`;
    if (layout.balances && layout.amount) {
      const balances = readBalances(statement, layout.balances, layout.amount);
      const check = balanceCheck(name, statement, balances, layout.balances);
      if (check) checks.push(check);
    }
    const own = totals.filter((rule) => rule.scope !== 'message');
    checks.push(...totalChecks(name, statement.node, statement.entries, own));
    byMessage.set(statement.message, [...(byMessage.get(statement.message) ?? []), statement]);
  });
  const messageRules = totals.filter((rule) => rule.scope === 'message');
  for (const [message, grouped] of byMessage) {
    const entries = grouped.flatMap((statement) => statement.entries);
    checks.push(...totalChecks('message', message, entries, messageRules));
  }
  return checks;
}
