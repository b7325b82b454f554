import { formatOffset, formatWallDate, formatWallTime, isKnownZone, wallToInstant, type WallTime } from '../time.ts';
import type { Columns, DateRule } from '../profile/types.ts';
import { compileDateFormat } from './date-format.ts';
import { ISO_FORMAT, readIsoDate } from './iso-date.ts';
import { mapped } from './row-facts.ts';

/** A row's date: ISO instant with offset and its calendar date; or why it is not a date. */
export type DateValue = { iso: string; date: string };
export type DateReader = (cells: string[]) => DateValue | string | null;

/** The ISO shape's own layout: such text becomes ISO by a `T` and the offset. */
const ISO_LIKE = 'yyyy-MM-dd HH:mm:ss';

/**
 * Read a date column with a profile date format (or `iso` for ISO 8601 text) in the profile's time zone, or the row's own
 * zone when `zoneOf` names one. Offsets are looked
 * up once per wall-clock hour (statements have millions of rows over a few days).
 */
export function makeDateReader(
  read: (cells: string[]) => string | null,
  format: string,
  zone: string,
  column: string | string[],
  zoneOf?: (cells: string[]) => string | null,
): DateReader {
  const name = typeof column === 'string' ? column : column.join(' | ');
  if (format === ISO_FORMAT)
    return (cells) => {
      const text = read(cells);
      if (text === null) return null;
      const value = readIsoDate(text, zone);
      return typeof value === 'string' ? `${name} ${value}` : value;
    };
  const parse = compileDateFormat(format);
  const offsets = new Map<number, string>();
  const offsetOf = (wall: WallTime): string => {
    const hour = ((wall.year * 13 + wall.month) * 32 + wall.day) * 24 + wall.hour;
    let offset = offsets.get(hour);
    if (offset === undefined) {
      offset = formatOffset(wallToInstant(wall, zone).offsetMinutes);
      offsets.set(hour, offset);
    }
    return offset;
  };
  const known = knownZones();
  return (cells) => {
    const text = read(cells);
    if (text === null) return null;
    const wall = parse(text);
    if (typeof wall === 'string') return `${name} ${wall}`;
    const rowZone = zoneOf ? zoneOf(cells) : null;
    if (rowZone !== null && !known(rowZone)) return `${name} time zone "${rowZone}" is unknown`;
    const offset = rowZone === null ? offsetOf(wall) : formatOffset(wallToInstant(wall, rowZone).offsetMinutes);
    if (format === ISO_LIKE) return { iso: `${text.slice(0, 10)}T${text.slice(11)}${offset}`, date: text.slice(0, 10) };
    return { iso: `${formatWallTime(wall, 0).slice(0, 19)}${offset}`, date: formatWallDate(wall) };
  };
}

/** `isKnownZone`, remembered per zone name (rows name a handful of zones, millions of times). */
function knownZones(): (zone: string) => boolean {
  const zones = new Map<string, boolean>();
  return (zone) => {
    let known = zones.get(zone);
    if (known === undefined) zones.set(zone, (known = isKnownZone(zone)));
    return known;
  };
}

/**
 * The date reader of a profile's date rule: its date column, joined with a separate time
 * column when it has one, in the profile's zone or the row's own zone column (mapped when the
 * column holds abbreviations).
 */
export function makeRuleDateReader(
  rule: DateRule,
  text: (columns: Columns) => (cells: string[]) => string | null,
  timeZone: string,
): DateReader {
  const day = text(rule.column);
  const time = rule.time === undefined ? null : text(rule.time);
  const read = time
    ? (cells: string[]) => {
        const value = day(cells);
        return value === null ? null : `${value} ${time(cells) ?? ''}`.trim();
      }
    : day;
  const zone = zoneReader(rule.zone, text);
  const first = makeDateReader(read, rule.format, timeZone, rule.column, zone);
  if (!rule.alsoFormats) return first;
  const others = rule.alsoFormats.map((format) => makeDateReader(read, format, timeZone, rule.column, zone));
  // The first layout's reason names the value when no layout reads it.
  return (cells) => {
    const value = first(cells);
    if (value === null || typeof value !== 'string') return value;
    for (const other of others) {
      const read = other(cells);
      if (read !== null && typeof read !== 'string') return read;
    }
    return `${value} (nor ${rule.alsoFormats?.join(', ')})`;
  };
}

function zoneReader(
  zone: DateRule['zone'],
  text: (columns: Columns) => (cells: string[]) => string | null,
): ((cells: string[]) => string | null) | undefined {
  if (!zone) return undefined;
  const read = text(zone.column);
  const map = zone.map ?? {};
  return (cells) => {
    const value = read(cells);
    return value === null ? null : (mapped(map, value) ?? value);
  };
}
