import type { CanonicalRecord } from '../canonical/record.ts';
import type { Profile } from '../profile/types.ts';
import type { ColumnResolver } from './columns.ts';

/** What one imported row adds to the file's net in its currency. */
export type FileNetReader = (cells: string[], record: CanonicalRecord) => number;

/**
 * The profile's `fileNet` rule: a row adds its amount, or its net after fee when the channel's
 * balance moves by the net (PayPal, Adyen); rows the rule excludes (不计收支, 中性交易) add nothing.
 *
 * @example compileFileNet({ of: 'net' }, columns, clean)(cells, { amount_minor: 8400, net_minor: 7975, … }) // 7975
 */
export function compileFileNet(
  rule: Profile['fileNet'],
  columns: ColumnResolver,
  clean: (value: string | undefined) => string,
): FileNetReader {
  const useNet = rule?.of === 'net';
  const excluded = rule?.exclude ? new Set(rule.exclude.values) : null;
  const index = rule?.exclude ? columns.required(rule.exclude.column) : -1;
  return (cells, record) => {
    if (excluded && excluded.has(clean(cells[index]))) return 0;
    return useNet ? (record.net_minor ?? record.amount_minor) : record.amount_minor;
  };
}
