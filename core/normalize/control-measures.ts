import type { CanonicalRecord } from '../canonical/record.ts';
import type { ControlCheck } from '../import/types.ts';
import { formatMinor, parseMinor, PLAIN_AMOUNT, type AmountFormat } from '../money.ts';
import type { ControlRule } from '../profile/types.ts';
import { createBalanceChain } from './balance.ts';
import { accountEffect } from './file-net.ts';
import { parseFigure } from './figures.ts';

/** Cleans a cell: the producer's prefixes and whitespace gone. */
export type Clean = (value: string | undefined) => string;

/** One control check's running tally over the imported rows, turned into checks against the file's figures. */
export type Measure = {
  observe(cells: string[], exponent: number, record: CanonicalRecord): void;
  finish(figures: ReadonlyMap<string, string>, exponent: number): ControlCheck[];
};

const MISSING = '(missing)';

/** Sums amounts exactly: numbers while they are safe, folded into a bigint before they are not. */
export class ExactSum {
  private running = 0;
  private folded = 0n;
  private unreadable: string | null = null;

  add(text: string, exponent: number, format?: AmountFormat): void {
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

/** The rows counted against the stated figure. */
export function countCheck(check: ControlRule): Measure {
  let count = 0;
  return {
    observe: () => void count++,
    finish(figures) {
      const stated = check.figure === undefined ? undefined : figures.get(check.figure);
      const holds = stated !== undefined && statedCount(stated) === count;
      return [{ label: check.label, stated: stated ?? MISSING, computed: String(count), holds }];
    },
  };
}

/**
 * A count as a producer writes it: digits, possibly grouped (`1,234`, `1 234`, `1'234`, `1.234`),
 * or a whole number written as a decimal (WeChat Pay's fund bill summary: `20.0`).
 */
function statedCount(text: string): number {
  const digits = text.trim().replace(/(?<=\d)[,.' \u00a0\u202f](?=\d{3}(?:\D|$))/g, '');
  const whole = /^(\d+)(?:\.0+)?$/.exec(digits);
  return whole ? Number(whole[1]) : Number.NaN;
}

/**
 * A column's amounts — or the imported amounts, signed or absolute — summed against the stated
 * figure; with an `opening` figure, opening + sum against the stated closing figure.
 */
export function sumMeasure(check: ControlRule, column: number, clean: Clean, format: AmountFormat): Measure {
  const sum = new ExactSum();
  const absolute = check.amount === 'absolute';
  return {
    observe(cells, exponent, record) {
      if (column >= 0) sum.add(clean(cells[column]), exponent, format);
      else sum.addMinor(absolute ? Math.abs(record.amount_minor) : record.amount_minor);
    },
    finish(figures, exponent) {
      const stated = check.figure === undefined ? undefined : figures.get(check.figure);
      if (check.opening === undefined) return [sumCheck(check.label, stated, sum, exponent, format)];
      const opening = figures.get(check.opening);
      const openingMinor = opening === undefined ? undefined : parseFigure(opening, exponent, format);
      const entries = sum.total();
      const statedMinor = stated === undefined ? undefined : parseFigure(stated, exponent, format);
      const shownSum = typeof entries === 'bigint' ? formatMinor(entries, exponent) : entries;
      return [
        {
          label: check.label,
          stated: stated ?? MISSING,
          computed: `${opening ?? MISSING} + ${shownSum}`,
          holds:
            typeof entries === 'bigint' &&
            openingMinor !== undefined &&
            statedMinor !== undefined &&
            BigInt(statedMinor) === BigInt(openingMinor) + entries,
        },
      ];
    },
  };
}

/** A computed sum against the figure the file states. */
export function sumCheck(
  label: string,
  stated: string | undefined,
  sum: ExactSum,
  exponent: number,
  format: AmountFormat = PLAIN_AMOUNT,
): ControlCheck {
  const computed = sum.total();
  const statedMinor = stated === undefined ? undefined : parseFigure(stated, exponent, format);
  return {
    label,
    stated: stated ?? MISSING,
    computed: typeof computed === 'bigint' ? formatMinor(computed, exponent) : computed,
    holds: typeof computed === 'bigint' && typeof statedMinor === 'number' && BigInt(statedMinor) === computed,
  };
}

/**
 * A running balance column, per currency: every row's balance follows from its neighbour's and
 * the row's net between them (its amount when it states no fee), in the file's order; a break
 * is reported with its line. Rows with an empty balance (pending) are left out.
 */
export function runningBalance(check: ControlRule, balanceAt: number, clean: Clean, format: AmountFormat): Measure {
  const chain = createBalanceChain({ ...check, column: check.column ?? '' }, format);
  return {
    observe(cells, exponent, record) {
      const amount = accountEffect(record);
      chain.add(clean(cells[balanceAt]), { amount, currency: record.currency, line: record.trace.line }, exponent);
    },
    finish: (figures) => chain.finish(figures),
  };
}

/** Per group (a settlement batch): the credits of one column against the debits of another. */
export function balancedGroups(
  label: string,
  at: { credit: number; debit: number; group: number },
  clean: Clean,
  format: AmountFormat,
): Measure {
  const groups = new Map<string, { credit: ExactSum; debit: ExactSum; exponent: number }>();
  return {
    observe(cells, exponent) {
      const key = at.group < 0 ? '' : clean(cells[at.group]);
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { credit: new ExactSum(), debit: new ExactSum(), exponent }));
      group.credit.add(clean(cells[at.credit]), exponent, format);
      group.debit.add(clean(cells[at.debit]), exponent, format);
    },
    finish() {
      return [...groups].map(([key, { credit, debit, exponent }]) => {
        const debits = debit.total();
        const stated = typeof debits === 'bigint' ? formatMinor(debits, exponent) : debits;
        return sumCheck(key === '' ? label : `${label} ${key}`, stated, credit, exponent);
      });
    },
  };
}
