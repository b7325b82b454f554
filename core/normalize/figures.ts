import { parseMinor, PLAIN_AMOUNT, type AmountFormat } from '../money.ts';
import type { FigureRule } from '../profile/types.ts';
import type { ColumnResolver } from './columns.ts';
import type { OuterRow } from './outer-row.ts';

/** Reads the file's own figures off the rows outside the data. */
export type FigureReader = (outer: OuterRow[]) => Map<string, string>;

/**
 * Compile the profile's figure rules against the header: footer lines by pattern, a summary
 * block's labelled column, a totals row's cell under a header column, or a fixed value.
 */
export function compileFigures(
  rules: FigureRule[],
  columns: ColumnResolver,
  clean: (value: string | undefined) => string,
): FigureReader {
  const readers = rules.map((rule): ((outer: OuterRow[]) => string | undefined) => {
    if ('line' in rule) return (outer) => fromLines(rule.line, outer);
    if ('summary' in rule) return (outer) => fromSummary(rule.summary, outer, clean);
    if ('value' in rule) return () => rule.value;
    const column = columns.required(rule.row.column);
    return (outer) => fromRow(rule.row.label, column, outer, clean);
  });
  return (outer) => {
    const figures = new Map<string, string>();
    rules.forEach((rule, index) => {
      const value = readers[index]?.(outer);
      if (value !== undefined && value !== '') figures.set(rule.name, value);
    });
    return figures;
  };
}

/** A stated figure in minor units: in the producer's amount format, or plain (a number cell of a workbook). */
export function parseFigure(text: string, exponent: number, format: AmountFormat): number | undefined {
  const value = parseMinor(text, exponent, format);
  if (typeof value === 'number') return value;
  const plain = parseMinor(text, exponent, PLAIN_AMOUNT);
  return typeof plain === 'number' ? plain : undefined;
}

function fromLines(pattern: string, outer: OuterRow[]): string | undefined {
  const regex = new RegExp(pattern);
  for (const row of outer) {
    const match = regex.exec(row.text);
    if (match?.[1] !== undefined) return match[1];
  }
  return undefined;
}

function fromSummary(
  summary: { header: string; label: string },
  outer: OuterRow[],
  clean: (value: string | undefined) => string,
): string | undefined {
  const at = outer.findIndex((row) => clean(row.cells[0]) === summary.header);
  const header = outer[at];
  const values = outer[at + 1];
  if (!header || !values) return undefined;
  const column = header.cells.findIndex((cell) => clean(cell) === summary.label);
  return column < 0 ? undefined : clean(values.cells[column]);
}

function fromRow(
  label: string,
  column: number,
  outer: OuterRow[],
  clean: (value: string | undefined) => string,
): string | undefined {
  if (column < 0) return undefined;
  const wanted = label.toLowerCase();
  const row = outer.find(
    (candidate) =>
      candidate.cells
        .find((cell) => clean(cell) !== '')
        ?.trim()
        .toLowerCase() === wanted,
  );
  return row ? clean(row.cells[column]) : undefined;
}
