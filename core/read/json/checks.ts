import { currencyExponent } from '../../currency.ts';
import type { ControlCheck } from '../../import/types.ts';
import { formatMinor } from '../../money.ts';
import type { CompiledLayout, EntryCells } from './layout.ts';

type Tally = { entries: number; unchecked: number; stated: bigint; computed: bigint; failing: number[] };

/** Lines named in a failing check's label; the rest are counted. */
const LINES_SHOWN = 5;

/**
 * The arithmetic each entry states about itself (a Stripe balance transaction's amount − fee =
 * net), checked on every entry: one control per check and currency, with the summed figures
 * and the lines of the entries where it does not hold. An entry without one of the figures is
 * not checked (counted in the label); a currency none of whose entries has them has no control.
 */
export class EntryChecks {
  private readonly tallies = new Map<string, Tally>();

  constructor(private readonly checks: CompiledLayout['checks']) {}

  /** Check one entry read at `line`. */
  add(entry: EntryCells, line: number): void {
    this.checks.forEach((check, index) => {
      const key = `${index}\u0000${entry.currency}`;
      const tally = this.tallies.get(key) ?? { entries: 0, unchecked: 0, stated: 0n, computed: 0n, failing: [] };
      this.tallies.set(key, tally);
      const figure = (at: number) => entry.minor[at] ?? null;
      if ([...check.add, ...check.subtract, check.equals].some((at) => figure(at) === null)) {
        tally.unchecked++;
        return;
      }
      const computed =
        check.add.reduce((sum, at) => sum + BigInt(figure(at) ?? 0), 0n) -
        check.subtract.reduce((sum, at) => sum + BigInt(figure(at) ?? 0), 0n);
      const stated = BigInt(figure(check.equals) ?? 0);
      tally.entries++;
      tally.stated += stated;
      tally.computed += computed;
      if (computed !== stated) tally.failing.push(line);
    });
  }

  /** One control per check and currency, in check order. */
  controls(): ControlCheck[] {
    const controls: ControlCheck[] = [];
    this.checks.forEach((check, index) => {
      for (const [key, tally] of this.tallies) {
        const [at, currency = ''] = key.split('\u0000');
        if (at !== String(index) || tally.entries === 0) continue;
        const money = (minor: bigint) => `${formatMinor(minor, currencyExponent(currency) ?? 0)} ${currency}`.trim();
        const lines = tally.failing.slice(0, LINES_SHOWN).join(', ');
        const more = tally.failing.length > LINES_SHOWN ? ` and ${tally.failing.length - LINES_SHOWN} more` : '';
        const failing = tally.failing.length ? ` (not on line ${lines}${more})` : '';
        const unchecked = tally.unchecked ? `; ${tally.unchecked} without these figures not checked` : '';
        controls.push({
          label: `${check.label}, on each of ${tally.entries} ${currency} entries${failing}${unchecked}`,
          stated: money(tally.stated),
          computed: money(tally.computed),
          holds: tally.failing.length === 0,
        });
      }
    });
    return controls;
  }
}
