import { warning, type Warning } from '../../result.ts';

/** One entry rounded to its currency: the text as written and the minor units kept. */
export type RoundedEntry = { line: number; currency: string; written: string; minor: number; exponent: number };

/** Lines named in the warning; the rest are counted. */
const LINES_NAMED = 10;

/** `-2863.25229` as an exact integer at `scale` decimals (integer arithmetic only). */
function exactAt(written: string, scale: number): bigint {
  const text = written.trim().replace(',', '.');
  const negative = text.startsWith('-');
  const [whole = '', fraction = ''] = text.replace(/^[+-]/, '').split('.');
  const digits = `${whole || '0'}${fraction.padEnd(scale, '0').slice(0, scale)}`;
  return negative ? -BigInt(digits) : BigInt(digits);
}

function decimalText(value: bigint, scale: number): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(scale + 1, '0');
  const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return `${negative ? '-' : '+'}${text}`;
}

/**
 * What rounding changed, per currency: the rounded amounts less the amounts as written, exactly
 * (`+0.0047`), for the warning and the import's metadata.
 */
export function roundingTotals(entries: readonly RoundedEntry[]): Record<string, string> {
  const totals: Record<string, string> = {};
  for (const currency of new Set(entries.map((entry) => entry.currency))) {
    const own = entries.filter((entry) => entry.currency === currency);
    const scale = Math.max(...own.map((entry) => entry.written.replace(/^[^.,]*[.,]?/, '').length));
    const difference = own.reduce(
      (sum, entry) => sum + BigInt(entry.minor) * 10n ** BigInt(scale - entry.exponent) - exactAt(entry.written, scale),
      0n,
    );
    totals[currency] = decimalText(difference, scale);
  }
  return totals;
}

/** The code of a rejected entry that rounding half-even would read: the app and the CLI offer that choice. */
export const EXCESS_DECIMALS = 'amount_excess_decimals';

/** The one warning of an import whose excess decimals were rounded: how many, by how much, where. */
export function roundingWarning(entries: readonly RoundedEntry[], totals: Record<string, string>): Warning {
  const lines = entries.map((entry) => entry.line);
  const named = lines.slice(0, LINES_NAMED).join(', ');
  const more = lines.length > LINES_NAMED ? `, and ${lines.length - LINES_NAMED} more` : '';
  const by = Object.entries(totals)
    .map(([currency, total]) => `${total} ${currency}`)
    .join(', ');
  const what = entries.length === 1 ? '1 amount had' : `${entries.length} amounts had`;
  const message = `${what} more decimals than the currency and ${entries.length === 1 ? 'was' : 'were'} rounded half-even as chosen, changing the net by ${by} (lines ${named}${more}); each keeps its amount as written`;
  return warning('amounts_rounded', message, lines[0]);
}
