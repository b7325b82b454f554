import type { AmountRule } from '../../profile/types.ts';
import {
  DocumentError,
  readWhole,
  wholeParser,
  type DocumentOpener,
  type DocumentFacts,
  type DocumentProblem,
  type DocumentReader,
  type DocumentRow,
} from '../document.ts';
import { LineSplitter } from '../lines.ts';
import { EntryChecks } from './checks.ts';
import { walkPath } from './json-path.ts';
import { compileLayout, entriesOf, readEntry, type CompiledLayout } from './layout.ts';
import { JsonSyntaxError, lineIndex, parseJson, type JsonNode } from './parse-json.ts';

/** A JSON document larger than this is refused before parsing (its tree takes several times its text). */
export const MAX_JSON_DOCUMENT_CHARS = 64 * 1024 * 1024;
/** An NDJSON line longer than this is a rejected row, not parsed. */
export const MAX_JSON_LINE_CHARS = 1024 * 1024;
/** Source text kept with a rejected entry. */
const RAW_CHARS = 500;

/**
 * JSON documents and NDJSON as entry rows, by the profile's `json` layout: the entries at a path
 * or found by a field's value (every Stripe `balance_transaction`, wherever it sits), each with
 * the line where it starts; cells as the layout's columns (amounts exact, from the numbers' own
 * digits); the net of the layout's net column; and the arithmetic each entry states about itself
 * as the file's controls. A broken NDJSON line, or an entry whose values cannot be read, is a
 * rejected row with its line; a document that is not JSON is refused with its line and column.
 * NDJSON is read line by line as its text arrives; a JSON document is read whole.
 *
 * @example readJsonDocument('{"object":"list","data":[{"amount":2000,…}]}', stripeProfile).rows[0]?.line // 1
 */
export const openJsonDocument: DocumentOpener = (profile, options) => {
  const layout = compileLayout(profile);
  if (!layout.lines) return wholeParser(readJsonText)(profile, options);
  const sink = new EntrySink(layout);
  let read = 0;
  let first = true;
  const lines = new LineSplitter((line, number) => {
    if (readLine(line, number, layout, sink)) read++;
  });
  return {
    columns: sink.columns,
    whole: false,
    push: (text) => {
      lines.push(first ? text.replace(/^\uFEFF/, '') : text);
      first = false;
    },
    take: () => sink.take(),
    end: () => {
      lines.end();
      if (read === 0) throw new DocumentError('has no JSON line');
      return sink.facts({ lines: String(read) });
    },
  };
};

/** The whole text of a JSON document or NDJSON file read at once (see {@link openJsonDocument}). */
export const readJsonDocument = readWhole(openJsonDocument);

/** A JSON document, read whole. */
const readJsonText: DocumentReader = (text, profile) => {
  const layout = compileLayout(profile);
  const sink = new EntrySink(layout);
  const metadata = readDocument(text, layout, sink);
  return { columns: sink.columns, ...sink.take(), ...sink.facts(metadata) };
};

function readDocument(text: string, layout: CompiledLayout, sink: EntrySink): Record<string, string> {
  if (text.length > MAX_JSON_DOCUMENT_CHARS)
    throw new DocumentError(`is more than ${MAX_JSON_DOCUMENT_CHARS >> 20} MiB of JSON, the most read as one document`);
  const position = lineIndex(text);
  let root: JsonNode;
  try {
    root = parseJson(text);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    const { line, column } = position(error.offset);
    throw new DocumentError(`is not valid JSON: ${error.message} (line ${line}, column ${column})`, line);
  }
  const entries = entriesOf(root, layout);
  if (typeof entries === 'string') throw new DocumentError(entries);
  for (const entry of entries) sink.entry(entry, position(entry.at).line, () => rawOf(text, entry));
  return metadataOf(root, layout);
}

/** One NDJSON line: its entries, or a rejected row; false for a blank line. */
function readLine(line: string, number: number, layout: CompiledLayout, sink: EntrySink): boolean {
  if (line.trim() === '') return false;
  const raw = () => line.slice(0, RAW_CHARS);
  if (line.length > MAX_JSON_LINE_CHARS) {
    sink.problem(number, `is longer than ${MAX_JSON_LINE_CHARS >> 20} MiB`, raw);
    return true;
  }
  let root: JsonNode;
  try {
    root = parseJson(line);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    sink.problem(number, `is not valid JSON: ${error.message} (column ${error.offset + 1})`, raw);
    return true;
  }
  const entries = entriesOf(root, layout);
  if (typeof entries === 'string') sink.problem(number, entries, raw);
  else if (entries.length === 0 && 'find' in layout.entries)
    sink.problem(number, `holds no entry (no ${layout.entries.find.text} "${layout.entries.equals}")`, raw);
  else for (const entry of entries) sink.entry(entry, number, raw);
  return true;
}

/** Where the entries go: rows, rejected entries, the count, the net per currency and the entry checks. */
class EntrySink {
  private rows: DocumentRow[] = [];
  private problems: DocumentProblem[] = [];
  private readonly net: Record<string, number> = {};
  private readonly checks: EntryChecks;
  private entries = 0;

  constructor(private readonly layout: CompiledLayout) {
    this.checks = new EntryChecks(layout.checks);
  }

  entry(node: JsonNode, line: number, raw: () => string): void {
    const read = readEntry(node, this.layout);
    if (typeof read === 'string') return this.problem(line, `entry ${read}`, raw);
    const { index, sign } = this.layout.net;
    const net = read.minor[index];
    if (net === null || net === undefined)
      return this.problem(line, `entry has no ${this.layout.columns[index]?.path.text ?? 'net'}`, raw);
    const sum = (this.net[read.currency] ?? 0) + signed(net, sign);
    if (!Number.isSafeInteger(sum)) throw new DocumentError(`has entries summing past 2^53 minor units`, line);
    this.net[read.currency] = sum;
    this.checks.add(read, line);
    this.rows.push({ line, cells: read.cells });
    this.entries++;
  }

  problem(line: number, message: string, raw: () => string): void {
    this.problems.push({ line, message, raw: raw() });
    this.entries++;
  }

  get columns(): string[] {
    return this.layout.columns.map((column) => column.name);
  }

  /** The rows and rejected entries read since they were last taken. */
  take(): { rows: DocumentRow[]; problems: DocumentProblem[] } {
    const part = { rows: this.rows, problems: this.problems };
    this.rows = [];
    this.problems = [];
    return part;
  }

  facts(metadata: Record<string, string>): DocumentFacts {
    return { entries: this.entries, net_minor: this.net, controls: this.checks.controls(), metadata };
  }
}

function signed(value: number, sign: NonNullable<AmountRule['sign']>): number {
  if (sign === 'negate') return -value;
  if (sign === 'negative') return -Math.abs(value);
  if (sign === 'positive') return Math.abs(value);
  return value;
}

/** The file's own facts the layout names (a list's `has_more`): scalar values only. */
function metadataOf(root: JsonNode, layout: CompiledLayout): Record<string, string> {
  const metadata: Record<string, string> = {};
  for (const [name, path] of layout.metadata) {
    const [value] = walkPath(root, path.steps) ?? [];
    if (value?.type === 'string' || value?.type === 'boolean') metadata[name] = String(value.value);
    if (value?.type === 'number') metadata[name] = value.raw;
  }
  return metadata;
}

/** An entry's source text on one line, cut short: what a rejected row shows. */
function rawOf(text: string, node: JsonNode): string {
  const end = 'end' in node ? node.end : node.at + RAW_CHARS;
  return text
    .slice(node.at, Math.min(end, node.at + RAW_CHARS * 4))
    .replace(/\s+/g, ' ')
    .slice(0, RAW_CHARS);
}
