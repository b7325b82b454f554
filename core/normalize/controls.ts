import type { Kind } from '../canonical/record.ts';
import type { ControlCheck } from '../import/types.ts';
import { formatMinor, parseMinor, PLAIN_AMOUNT, type AmountFormat } from '../money.ts';
import type { Controls, FigureRule } from '../profile/types.ts';
import { createBalanceChain, type BalanceEntry } from './balance.ts';
import type { ColumnResolver } from './columns.ts';

/** A line outside the data (preamble, footer, summary block) kept for metadata and control totals. */
export type OuterRow = { line: number; cells: string[]; text: string };

export type ControlTally = {
  /** Count one imported row of `kind` toward the checks (its booked amount for a running balance). */
  observe(kind: Kind, cells: string[], exponent: number, entry?: BalanceEntry): void;
  /** Compare with the file's own figures. */
  finish(outer: OuterRow[], exponent: number): ControlCheck[];
};

/**
 * Tallies imported rows for each of the profile's control checks, then reads the file's own
 * figures (footer lines, summary block) and compares them, both figures kept for the user.
 * Amount texts are read in the profile's `format`; a running balance column is chained through.
 */
export function compileControls(
  controls: Controls | undefined,
  columns: ColumnResolver,
  clean: (value: string | undefined) => string,
  format: AmountFormat = PLAIN_AMOUNT,
): ControlTally {
  const checks = (controls?.checks ?? []).map((check) => ({
    check,
    column: check.measure === 'sum' && check.column ? columns.required(check.column) : -1,
    kinds: check.kinds ? new Set<Kind>(check.kinds) : null,
    count: 0,
    sum: new ExactSum(format),
  }));
  const balanceRule = controls?.balance;
  const balanceColumn = balanceRule ? columns.required(balanceRule.column) : -1;
  const balance = balanceRule ? createBalanceChain(balanceRule, format) : null;
  return {
    observe(kind, cells, exponent, entry) {
      for (const tally of checks) {
        if (tally.kinds && !tally.kinds.has(kind)) continue;
        tally.count++;
        if (tally.column >= 0) tally.sum.add(clean(cells[tally.column]), exponent);
      }
      if (balance && entry) balance.add(clean(cells[balanceColumn]), entry, exponent);
    },
    finish(outer, exponent) {
      const figures = readFigures(controls?.figures ?? [], outer, clean);
      const results = checks.map(({ check, count, sum }) => {
        const stated = figures.get(check.figure);
        if (check.measure === 'count') {
          return {
            label: check.label,
            stated: stated ?? '(missing)',
            computed: String(count),
            holds: stated !== undefined && Number(stated) === count,
          };
        }
        const computed = sum.total();
        const statedMinor = stated === undefined ? undefined : parseMinor(stated, exponent, format);
        const holds =
          typeof computed === 'bigint' && typeof statedMinor === 'number' && BigInt(statedMinor) === computed;
        return {
          label: check.label,
          stated: stated ?? '(missing)',
          computed: typeof computed === 'bigint' ? formatMinor(computed, exponent) : computed,
          holds,
        };
      });
      return balance ? [...results, ...balance.finish(figures)] : results;
    },
  };
}

/** Sums amount texts exactly: numbers while they are safe, folded into a bigint before they are not. */
class ExactSum {
  constructor(private readonly format: AmountFormat) {}

  private running = 0;
  private folded = 0n;
  private unreadable: string | null = null;

  add(text: string, exponent: number): void {
    if (text === '' || this.unreadable !== null) return;
    const value = parseMinor(text, exponent, this.format);
    if (typeof value === 'string') {
      this.unreadable = `unreadable amount "${text}"`;
      return;
    }
    this.running += value;
    if (Math.abs(this.running) > 2 ** 52) {
      this.folded += BigInt(this.running);
      this.running = 0;
    }
  }

  total(): bigint | string {
    return this.unreadable ?? this.folded + BigInt(this.running);
  }
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
