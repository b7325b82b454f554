import type { CanonicalRecord, Kind } from '../canonical/record.ts';
import type { ControlCheck } from '../import/types.ts';
import { PLAIN_AMOUNT, type AmountFormat } from '../money.ts';
import type { ControlRule, Controls } from '../profile/types.ts';
import type { ColumnResolver } from './columns.ts';
import {
  balancedGroups,
  countCheck,
  runningBalance,
  sumMeasure,
  type Clean,
  type Measure,
} from './control-measures.ts';
import { compileFigures } from './figures.ts';
import type { OuterRow } from './outer-row.ts';

export type ControlTally = {
  /** Count one imported row of `kind` (its cells and canonical record) toward the checks. */
  observe(kind: Kind, cells: string[], exponent: number, record: CanonicalRecord): void;
  /** Compare with the file's own figures. */
  finish(outer: OuterRow[], exponent: number): ControlCheck[];
};

/**
 * Tallies imported rows for each of the profile's control checks, then reads the file's own
 * figures (footer lines, summary block, totals row, balances) and compares them, both figures
 * kept for the user. Amount cells are read in the profile's amount format.
 */
export function compileControls(
  controls: Controls | undefined,
  columns: ColumnResolver,
  clean: Clean,
  format: AmountFormat = PLAIN_AMOUNT,
): ControlTally {
  const checks = (controls?.checks ?? []).map((check) => ({
    kinds: check.kinds ? new Set<Kind>(check.kinds) : null,
    where: check.where ? { at: columns.required(check.where.column), values: new Set(check.where.values) } : null,
    measure: compileMeasure(check, columns, clean, format),
  }));
  const figuresOf = compileFigures(controls?.figures ?? [], columns, clean);
  return {
    observe(kind, cells, exponent, record) {
      for (const entry of checks) {
        if (entry.kinds && !entry.kinds.has(kind)) continue;
        if (entry.where && !entry.where.values.has(clean(cells[entry.where.at]))) continue;
        entry.measure.observe(cells, exponent, record);
      }
    },
    finish(outer, exponent) {
      const figures = figuresOf(outer);
      return checks.flatMap(({ measure }) => measure.finish(figures, exponent));
    },
  };
}

function compileMeasure(check: ControlRule, columns: ColumnResolver, clean: Clean, format: AmountFormat): Measure {
  switch (check.measure) {
    case 'running':
      return runningBalance(check, columns.required(check.column ?? ''), clean, format);
    case 'balanced': {
      const at = {
        credit: columns.required(check.column ?? ''),
        debit: columns.required(check.debit ?? ''),
        group: check.groupBy === undefined ? -1 : columns.required(check.groupBy),
      };
      return balancedGroups(check.label, at, clean, format);
    }
    case 'sum':
      return sumMeasure(check, check.column ? columns.required(check.column) : -1, clean, format);
    case 'count':
      return countCheck(check);
  }
}
