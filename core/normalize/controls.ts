import type { Kind } from '../canonical/record.ts';
import type { ControlCheck } from '../import/types.ts';
import { formatMinor, parseMinor, type AmountFormat } from '../money.ts';
import type { ControlRule, Controls } from '../profile/types.ts';
import type { ColumnResolver } from './columns.ts';
import { compileFigures, parseFigure } from './figures.ts';
import { RunningBalance } from './running-balance.ts';

/** A line outside the data (preamble, footer, summary block) kept for metadata and control totals. */
export type OuterRow = { line: number; cells: string[]; text: string };

/** One imported row as the control totals see it. */
export type SeenRow = { kind: Kind; cells: string[]; exponent: number; amount: number; line: number };

export type ControlTally = {
  /** Count one imported row toward the checks. */
  observe(row: SeenRow): void;
  /** Compare with the file's own figures. */
  finish(outer: OuterRow[], exponent: number): ControlCheck[];
};

type Tally = {
  check: ControlRule;
  column: number;
  kinds: Set<Kind> | null;
  count: number;
  sum: ExactSum;
  running: RunningBalance | null;
};

/**
 * Tallies imported rows for each of the profile's control checks, then reads the file's own
 * figures (footer lines, summary block, totals row, balances) and compares them, both figures
 * kept for the user.
 */
export function compileControls(
  controls: Controls | undefined,
  columns: ColumnResolver,
  clean: (value: string | undefined) => string,
  format: AmountFormat = { decimal: '.' },
): ControlTally {
  const checks: Tally[] = (controls?.checks ?? []).map((check) => {
    const column = check.column && check.measure !== 'count' ? columns.required(check.column) : -1;
    return {
      check,
      column,
      kinds: check.kinds ? new Set<Kind>(check.kinds) : null,
      count: 0,
      sum: new ExactSum(),
      running: check.measure === 'running' ? new RunningBalance(format) : null,
    };
  });
  const figuresOf = compileFigures(controls?.figures ?? [], columns, clean);
  return {
    observe(row) {
      for (const entry of checks) {
        if (entry.kinds && !entry.kinds.has(row.kind)) continue;
        entry.count++;
        if (entry.running) entry.running.add(clean(row.cells[entry.column]), row.amount, row.exponent, row.line);
        else if (entry.check.measure === 'net') entry.sum.addMinor(row.amount);
        else if (entry.column >= 0) entry.sum.add(clean(row.cells[entry.column]), row.exponent, format);
      }
    },
    finish(outer, exponent) {
      const figures = figuresOf(outer);
      return checks.map((entry) => judge(entry, figures, exponent, format));
    },
  };
}

function judge(entry: Tally, figures: Map<string, string>, exponent: number, format: AmountFormat): ControlCheck {
  const { check, count, sum } = entry;
  if (entry.running) return { label: check.label, ...entry.running.result(exponent) };
  const stated = figures.get(check.figure);
  if (check.measure === 'count') {
    const holds = stated !== undefined && Number(stated) === count;
    return { label: check.label, stated: stated ?? '(missing)', computed: String(count), holds };
  }
  const opening = check.measure === 'net' && check.opening !== undefined ? figures.get(check.opening) : '0';
  const openingMinor = opening === undefined ? undefined : parseFigure(opening, exponent, format);
  const computed = sum.total();
  const statedMinor = stated === undefined ? undefined : parseFigure(stated, exponent, format);
  const holds =
    typeof computed === 'bigint' &&
    openingMinor !== undefined &&
    statedMinor !== undefined &&
    BigInt(statedMinor) === BigInt(openingMinor) + computed;
  const total = typeof computed === 'bigint' ? formatMinor(computed, exponent) : computed;
  const shown = check.measure === 'net' && check.opening !== undefined ? `${opening ?? '(missing)'} + ${total}` : total;
  return { label: check.label, stated: stated ?? '(missing)', computed: shown, holds };
}

/** Sums amounts exactly: numbers while they are safe, folded into a bigint before they are not. */
class ExactSum {
  private running = 0;
  private folded = 0n;
  private unreadable: string | null = null;

  add(text: string, exponent: number, format: AmountFormat): void {
    if (text === '' || this.unreadable !== null) return;
    const value = parseMinor(text, exponent, format);
    if (typeof value === 'string') {
      this.unreadable = `unreadable amount "${text}"`;
      return;
    }
    this.addMinor(value);
  }

  addMinor(value: number): void {
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
