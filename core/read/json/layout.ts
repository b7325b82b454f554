import { currencyExponent } from '../../currency.ts';
import type { AmountFormat } from '../../money.ts';
import type { AmountRule, Profile } from '../../profile/types.ts';
import type { JsonValueType } from '../../profile/layouts.ts';
import { DocumentError } from '../document.ts';
import { toCell } from './cells.ts';
import { compilePath, findObjects, walkEach, walkOne, walkPath, type JsonPath } from './json-path.ts';
import type { JsonNode } from './parse-json.ts';

type Column = { name: string; path: JsonPath; type: JsonValueType };

/** A JSON layout with its paths compiled and its column names resolved to cell indexes. */
export type CompiledLayout = {
  lines: boolean;
  entries: { path: JsonPath } | { find: JsonPath; equals: string };
  columns: Column[];
  currency: { value: string } | { index: number };
  net: { index: number; sign: NonNullable<AmountRule['sign']> };
  checks: { label: string; add: number[]; subtract: number[]; equals: number }[];
  metadata: [string, JsonPath][];
  format: AmountFormat;
};

/** An entry read into cells, with the minor units of its amount cells. */
export type EntryCells = { cells: string[]; minor: (number | null)[]; currency: string };

/** Compile the profile's JSON layout; a profile that cannot work is refused with what is wrong in it. */
export function compileLayout(profile: Profile): CompiledLayout {
  const layout = profile.json;
  const fault = faultOf(profile);
  if (!layout) return fault('it has no json layout');
  const path = (text: string): JsonPath => {
    const compiled = compilePath(text);
    return typeof compiled === 'string' ? fault(compiled) : compiled;
  };
  const columns = compileColumns(layout.columns, path, fault);
  const index = (name: string, amount: boolean): number => {
    const at = columns.findIndex((column) => column.name === name);
    const column = columns[at];
    if (!column) return fault(`its json layout has no column "${name}"`);
    if (amount && !isAmount(column.type)) fault(`column "${name}" is not an amount or minor column`);
    return at;
  };
  const { entries } = layout;
  return {
    lines: layout.lines ?? false,
    entries:
      'path' in entries ? { path: path(entries.path) } : { find: path(entries.find.path), equals: entries.find.equals },
    columns,
    currency: 'value' in profile.currency ? profile.currency : { index: index(profile.currency.column, false) },
    net: { index: index(layout.net.column, true), sign: layout.net.sign ?? 'as-is' },
    checks: (layout.checks ?? []).map((check) => ({
      label: check.label,
      add: check.add.map((name) => index(name, true)),
      subtract: (check.subtract ?? []).map((name) => index(name, true)),
      equals: index(check.equals, true),
    })),
    metadata: Object.entries(layout.metadata ?? {}).map(([name, text]) => [name, path(text)]),
    format: profile.amountFormat ?? { decimal: '.' },
  };
}

type Fault = (message: string) => never;

const faultOf =
  (profile: Profile): Fault =>
  (message) => {
    throw new DocumentError(`cannot be read with profile ${profile.id}: ${message}`);
  };

const isAmount = (type: JsonValueType): boolean => type === 'amount' || type === 'minor';

function compileColumns(
  columns: NonNullable<Profile['json']>['columns'],
  path: (text: string) => JsonPath,
  fault: Fault,
): Column[] {
  return Object.entries(columns).map(([name, spec]) => {
    const column: Column =
      typeof spec === 'string'
        ? { name, path: path(spec), type: 'text' }
        : { name, path: path(spec.path), type: spec.type };
    if (column.path.each && !isAmount(column.type))
      fault(`column "${name}" sums with [*], which only amount columns can`);
    return column;
  });
}

/** The entries of one JSON value (a document, or an NDJSON line) as the layout locates them. */
export function entriesOf(root: JsonNode, layout: CompiledLayout): JsonNode[] | string {
  if ('find' in layout.entries) {
    const { find, equals } = layout.entries;
    return findObjects(root, find.steps, equals);
  }
  const found = walkPath(root, layout.entries.path.steps);
  const [value] = found ?? [];
  if (!value || found?.length !== 1) return `has no ${layout.entries.path.text} holding the entries`;
  return value.type === 'array' ? value.items : [value];
}

/**
 * One entry's cells: the currency first (its exponent reads the amounts), then every column.
 * Returns the cells or why the entry cannot be read.
 */
export function readEntry(entry: JsonNode, layout: CompiledLayout): EntryCells | string {
  if (entry.type !== 'object') return `is ${entry.type === 'array' ? 'an array' : `a ${entry.type}`}, not an object`;
  const currency = currencyOf(entry, layout);
  if (typeof currency !== 'string') return currency.error;
  const amounts = { exponent: currencyExponent(currency) ?? null, currency, format: layout.format };
  const cells: string[] = [];
  const minor: (number | null)[] = [];
  for (const column of layout.columns) {
    const { steps, each } = column.path;
    const found = each ? walkEach(entry, steps) : walkOne(entry, steps);
    if (typeof found === 'string') return `${column.path.text} ${found}`;
    const cell = toCell(found, column.type, amounts);
    if (typeof cell === 'string') return `${column.path.text} ${cell}`;
    cells.push(cell.text);
    minor.push(cell.minor);
  }
  return { cells, minor, currency };
}

function currencyOf(entry: JsonNode, layout: CompiledLayout): string | { error: string } {
  if ('value' in layout.currency) return layout.currency.value;
  const column = layout.columns[layout.currency.index];
  if (!column) return '';
  const cell = toCell(walkOne(entry, column.path.steps), 'currency', {
    exponent: null,
    currency: '',
    format: layout.format,
  });
  return typeof cell === 'string' ? { error: `${column.path.text} ${cell}` } : cell.text;
}
