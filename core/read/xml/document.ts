import type { ControlCheck } from '../../import/types.ts';
import type { XmlLayout } from '../../profile/types.ts';
import { DocumentError, type DocumentReader, type EntryDocument } from '../document.ts';
import { balanceCheck, balanceText, readBalances } from './balances.ts';
import { compileCells, profileColumns } from './cells.ts';
import { lineFinder } from './lines.ts';
import { parseXml, type XmlValue } from './parse-xml.ts';
import { compilePath } from './path.ts';
import { readStatements, type XmlStatement } from './statements.ts';
import { totalChecks } from './totals.ts';

/**
 * An XML statement (camt.052/053/054, pain.002 and the like) as entry rows, driven by the
 * profile's `xml` layout: one row per entry — or per detail of a batch entry whose details
 * split it exactly — with the columns the profile reads as element paths; the file's own
 * entry count and net; opening + entries = closing and its stated totals as controls; account,
 * period and balances as metadata.
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
    metadata: metadataOf(statements, layout),
    problems: [],
  };
  for (const statement of statements) {
    for (const entry of statement.entries) {
      document.entries++;
      const amount = entry.amount;
      if (amount && typeof amount.minor === 'number')
        document.net_minor[amount.currency] = (document.net_minor[amount.currency] ?? 0) + amount.minor;
      if (entry.split.length === 0) {
        document.rows.push({ line: entry.line, cells: cells({ entry: entry.scope, detail: null, amount: null }) });
        continue;
      }
      for (const detail of entry.split) {
        const { text: amountText, currency } = detail.amount;
        const row = { entry: entry.scope, detail: detail.scope, amount: { text: amountText, currency } };
        document.rows.push({ line: detail.line, cells: cells(row) });
      }
    }
  }
  return document;
};

/** The document's one top-level element (the declaration is not kept by the parser). */
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

function metadataOf(statements: readonly XmlStatement[], layout: XmlLayout): Record<string, string> {
  const metadata: Record<string, string> = { statements: String(statements.length) };
  for (const rule of layout.metadata ?? []) {
    const path = compilePath(rule.path, new Set(layout.dates ?? []));
    const ordered = rule.last ? [...statements].reverse() : statements;
    for (const statement of ordered) {
      const value = path([statement.node, statement.message])[0];
      if (value === undefined) continue;
      metadata[rule.name] = value;
      break;
    }
  }
  if (layout.balances && layout.amount) {
    statements.forEach((statement, index) => {
      for (const balance of readBalances(
        statement,
        layout.balances as NonNullable<XmlLayout['balances']>,
        layout.amount as NonNullable<XmlLayout['amount']>,
      )) {
        const opening = layout.balances?.opening.includes(balance.type) ?? false;
        const key = `balance_${balance.type.toLowerCase()}`;
        if (opening && index > 0 && metadata[key] !== undefined) continue;
        metadata[key] = balance.date === '' ? balanceText(balance) : `${balanceText(balance)} on ${balance.date}`;
      }
    });
  }
  const unsplit = statements.flatMap((statement) => statement.entries).filter((entry) => entry.unsplit).length;
  if (unsplit > 0) metadata.batch_entries_not_split = String(unsplit);
  return metadata;
}
