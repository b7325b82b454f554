import type { CanonicalRecord } from '../canonical/record.ts';
import type { ControlCheck } from '../import/types.ts';
import { formatMinor, parseMinor, type AmountFormat } from '../money.ts';

/** Cleans a cell: the producer's prefixes and whitespace gone. */
export type Clean = (value: string | undefined) => string;

/** One control check's running tally over the imported rows, turned into checks at the end. */
export type Measure = {
  observe(cells: string[], exponent: number, record: CanonicalRecord): void;
  finish(stated: string | undefined, exponent: number): ControlCheck[];
};

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

/** A computed sum against the figure the file states. */
export function sumCheck(
  label: string,
  stated: string | undefined,
  sum: ExactSum,
  exponent: number,
  format?: AmountFormat,
): ControlCheck {
  const computed = sum.total();
  const statedMinor = stated === undefined ? undefined : parseMinor(stated, exponent, format);
  return {
    label,
    stated: stated ?? '(missing)',
    computed: typeof computed === 'bigint' ? formatMinor(computed, exponent) : computed,
    holds: typeof computed === 'bigint' && typeof statedMinor === 'number' && BigInt(statedMinor) === computed,
  };
}

/**
 * Running balances, per currency, oldest row first: the balance before the first row (its
 * balance less its net) plus every row's net must give the last row's balance. Rows with an
 * empty balance (not yet booked) are left out.
 */
export function balanceChain(label: string, balanceAt: number, clean: Clean, format: AmountFormat): Measure {
  type Chain = { opening: number | string; nets: ExactSum; closing: number | string; exponent: number };
  const chains = new Map<string, Chain>();
  return {
    observe(cells, exponent, record) {
      const text = clean(cells[balanceAt]);
      if (text === '') return;
      const balance = parseMinor(text, exponent, format);
      const net = record.net_minor ?? record.amount_minor;
      let chain = chains.get(record.currency);
      if (!chain) {
        const opening = typeof balance === 'string' ? `unreadable balance "${text}"` : balance - net;
        chains.set(record.currency, (chain = { opening, nets: new ExactSum(), closing: balance, exponent }));
      }
      chain.nets.addMinor(net);
      chain.closing = typeof balance === 'string' ? `unreadable balance "${text}"` : balance;
    },
    finish() {
      return [...chains].map(([currency, { opening, nets, closing, exponent }]) => {
        const sum = nets.total();
        const computed =
          typeof opening === 'number' && typeof sum === 'bigint' ? formatMinor(BigInt(opening) + sum, exponent) : null;
        const stated = typeof closing === 'number' ? formatMinor(closing, exponent) : closing;
        return {
          label: `${label} ${currency}`,
          stated,
          computed: computed ?? (typeof opening === 'string' ? opening : String(sum)),
          holds: computed !== null && computed === stated,
        };
      });
    },
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
