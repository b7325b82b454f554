import type { MetadataRule } from '../profile/types.ts';
import { formatWallTime, wallToInstant } from '../time.ts';
import type { OuterRow } from './outer-row.ts';
import { compileDateFormat } from './date-format.ts';
import { ISO_FORMAT, readIsoDate } from './iso-date.ts';

/**
 * Read statement metadata (account, period) off the lines around the data.
 * Dates become ISO instants in the profile's time zone.
 */
export function readMetadata(
  rules: MetadataRule[] | undefined,
  outer: OuterRow[],
  zone: string,
): Record<string, string> {
  const metadata: Record<string, string> = {};
  for (const rule of rules ?? []) {
    const regex = new RegExp(rule.pattern);
    for (const row of outer) {
      const value = regex.exec(row.text)?.[1];
      if (value === undefined) continue;
      metadata[rule.name] = rule.date ? toIso(value, rule.date, zone) : value;
      break;
    }
  }
  return metadata;
}

function toIso(text: string, format: string, zone: string): string {
  if (format === ISO_FORMAT) {
    const date = readIsoDate(text, zone);
    return typeof date === 'string' ? text : date.iso;
  }
  const wall = compileDateFormat(format)(text);
  if (typeof wall === 'string') return text;
  return formatWallTime(wall, wallToInstant(wall, zone).offsetMinutes);
}
