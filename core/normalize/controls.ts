import type { CanonicalRecord, Kind } from '../canonical/record.ts';
import type { ControlCheck } from '../import/types.ts';
import { PLAIN_AMOUNT, type AmountFormat } from '../money.ts';
import type { ControlRule, Controls, FigureRule } from '../profile/types.ts';
import type { ColumnResolver } from './columns.ts';
import { balanceChain, balancedGroups, ExactSum, sumCheck, type Clean, type Measure } from './control-measures.ts';

/** A line outside the data (preamble, footer, summary block) kept for metadata and control totals. */
export type OuterRow = { line: number; cells: string[]; text: string };

export type ControlTally = {
  /** Count one imported row of `kind` (its cells and canonical record) toward the checks. */
  observe(kind: Kind, cells: string[], exponent: number, record: CanonicalRecord): void;
  /** Compare with the file's own figures. */
  finish(outer: OuterRow[], exponent: number): ControlCheck[];
};

/**
 * Tallies imported rows for each of the profile's control checks, then reads the file's own
 * figures (footer lines, summary block) and compares them, both figures kept for the user.
 * Amount cells are read in the profile's amount format.
 */
export function compileControls(
  controls: Controls | undefined,
  columns: ColumnResolver,
  clean: (value: string | undefined) => string,
  format: AmountFormat = PLAIN_AMOUNT,
): ControlTally {
  const checks = (controls?.checks ?? []).map((check) => ({
    check,
    kinds: check.kinds ? new Set<Kind>(check.kinds) : null,
    where: check.where ? { at: columns.required(check.where.column), values: new Set(check.where.values) } : null,
    measure: compileMeasure(check, columns, clean, format),
  }));
  return {
    observe(kind, cells, exponent, record) {
      for (const entry of checks) {
        if (entry.kinds && !entry.kinds.has(kind)) continue;
        if (entry.where && !entry.where.values.has(clean(cells[entry.where.at]))) continue;
        entry.measure.observe(cells, exponent, record);
      }
    },
    finish(outer, exponent) {
      const figures = readFigures(controls?.figures ?? [], outer, clean);
      return checks.flatMap(({ check, measure }) =>
        measure.finish(check.figure === undefined ? undefined : figures.get(check.figure), exponent),
      );
    },
  };
}

function compileMeasure(check: ControlRule, columns: ColumnResolver, clean: Clean, format: AmountFormat): Measure {
  if (check.measure === 'balance-chain') {
    return balanceChain(check.label, columns.required(check.column ?? ''), clean, format);
  }
  if (check.measure === 'balanced') {
    const at = {
      credit: columns.required(check.column ?? ''),
      debit: columns.required(check.debit ?? ''),
      group: check.groupBy === undefined ? -1 : columns.required(check.groupBy),
    };
    return balancedGroups(check.label, at, clean, format);
  }
  let count = 0;
  const sum = new ExactSum();
  const column = check.measure === 'sum' && check.column ? columns.required(check.column) : -1;
  const absolute = check.amount === 'absolute';
  return {
    observe(cells, exponent, record) {
      count++;
      if (column >= 0) sum.add(clean(cells[column]), exponent, format);
      else if (check.measure === 'sum') sum.addMinor(absolute ? Math.abs(record.amount_minor) : record.amount_minor);
    },
    finish(stated, exponent) {
      if (check.measure === 'sum') return [sumCheck(check.label, stated, sum, exponent, format)];
      return [
        {
          label: check.label,
          stated: stated ?? '(missing)',
          computed: String(count),
          holds: stated !== undefined && Number(stated) === count,
        },
      ];
    },
  };
}

function readFigures(
  rules: FigureRule[],
  outer: OuterRow[],
  clean: (value: string | undefined) => string,
): Map<string, string> {
  const figures = new Map<string, string>();
  for (const rule of rules) {
    const value = 'line' in rule ? fromLines(rule.line, outer) : fromSummary(rule.summary, outer, clean);
    if (value !== undefined) figures.set(rule.name, value);
  }
  return figures;
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
