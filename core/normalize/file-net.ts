import type { CanonicalRecord } from '../canonical/record.ts';
import type { Profile } from '../profile/types.ts';
import type { ColumnResolver } from './columns.ts';

/** What one imported row adds to the file's net in its currency. */
export type FileNetReader = (cells: string[], record: CanonicalRecord) => number;

/**
 * What a record does to its account: its net after fee where the file states a fee beside a
 * gross amount (PayPal, Adyen, a neobank's Fee column), else its amount. The file's net and a
 * running balance check both add this, so the two can never disagree.
 *
 * @example accountEffect({ amount_minor: 8400, net_minor: 7975, … }) // 7975
 */
export const accountEffect = (record: Pick<CanonicalRecord, 'amount_minor' | 'net_minor'>): number =>
  record.net_minor ?? record.amount_minor;

/**
 * The profile's `fileNet` rule: a row adds its {@link accountEffect} (or, with `of: 'amount'`,
 * its gross amount); rows the rule excludes (不计收支, 中性交易) add nothing.
 *
 * @example compileFileNet(undefined, columns, clean)(cells, { amount_minor: 8400, net_minor: 7975, … }) // 7975
 */
export function compileFileNet(
  rule: Profile['fileNet'],
  columns: ColumnResolver,
  clean: (value: string | undefined) => string,
): FileNetReader {
  const gross = rule?.of === 'amount';
  const excluded = rule?.exclude ? new Set(rule.exclude.values) : null;
  const index = rule?.exclude ? columns.required(rule.exclude.column) : -1;
  return (cells, record) => {
    if (excluded && excluded.has(clean(cells[index]))) return 0;
    return gross ? record.amount_minor : accountEffect(record);
  };
}
