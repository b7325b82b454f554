import { formatOffset, formatWallDate, formatWallTime, wallToInstant, type WallTime } from '../time.ts';
import { compileDateFormat } from './date-format.ts';
import { ISO_FORMAT, readIsoDate } from './iso-date.ts';

/** A row's date: ISO instant with offset and its calendar date; or why it is not a date. */
export type DateValue = { iso: string; date: string };
export type DateReader = (cells: string[]) => DateValue | string | null;

/** The ISO shape's own layout: such text becomes ISO by a `T` and the offset. */
const ISO_LIKE = 'yyyy-MM-dd HH:mm:ss';

/**
 * Read a date column with a profile date format (or `iso` for ISO 8601 text) in the profile's time zone. Offsets are looked
 * up once per wall-clock hour (statements have millions of rows over a few days).
 */
export function makeDateReader(
  read: (cells: string[]) => string | null,
  format: string,
  zone: string,
  column: string | string[],
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
  return (cells) => {
    const text = read(cells);
    if (text === null) return null;
    const wall = parse(text);
    if (typeof wall === 'string') return `${name} ${wall}`;
    const offset = offsetOf(wall);
    if (format === ISO_LIKE) return { iso: `${text.slice(0, 10)}T${text.slice(11)}${offset}`, date: text.slice(0, 10) };
    return { iso: `${formatWallTime(wall, 0).slice(0, 19)}${offset}`, date: formatWallDate(wall) };
  };
}
