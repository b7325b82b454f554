import { parseMinor, type AmountFormat } from '../money.ts';

/** Parses one amount cell into minor units, or says why it is not an amount; null when an `extract` pattern finds none. */
export type CellParser = (text: string, exponent: number) => number | string | null;

/**
 * A cell parser for the profile's amount format, optionally through an `extract` pattern whose
 * `amount` group is the amount and whose optional `less` group is taken off it — JD writes a
 * partly refunded payment as `131.77(已退款89.84)`, of which 41.93 was paid. A cell the pattern
 * does not match holds no amount (a remark without a fee in it).
 *
 * @example compileCellParser(fmt, '^(?<amount>[\\d.]+)(?:\\(已退款(?<less>[\\d.]+)\\))?')('131.77(已退款89.84)', 2) // 4193
 */
export function compileCellParser(format: AmountFormat, extract: string | undefined): CellParser {
  if (extract === undefined) return (text, exponent) => parseMinor(text, exponent, format);
  const pattern = new RegExp(extract);
  return (text, exponent) => {
    const groups = pattern.exec(text)?.groups;
    const amount = groups?.['amount'];
    if (amount === undefined) return null;
    const value = parseMinor(amount.trim(), exponent, format);
    const less = groups?.['less'];
    if (typeof value === 'string' || less === undefined) return value;
    const taken = parseMinor(less.trim(), exponent, format);
    return typeof taken === 'string' ? taken : value - taken;
  };
}
