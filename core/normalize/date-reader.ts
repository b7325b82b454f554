import { formatWallDate, formatWallTime, wallToInstant } from '../time.ts';
import { compileDateFormat } from './date-format.ts';

/** A row's date: ISO instant with offset and its calendar date; or why it is not a date. */
export type DateValue = { iso: string; date: string };
export type DateReader = (cells: string[]) => DateValue | string | null;

/** Read a date column with a profile date format in the profile's time zone. */
export function makeDateReader(
  read: (cells: string[]) => string | null,
  format: string,
  zone: string,
  column: string | string[],
): DateReader {
  const parse = compileDateFormat(format);
  const name = typeof column === 'string' ? column : column.join(' | ');
  return (cells) => {
    const text = read(cells);
    if (text === null) return null;
    const wall = parse(text);
    if (typeof wall === 'string') return `${name} ${wall}`;
    const { offsetMinutes } = wallToInstant(wall, zone);
    return {
      iso: formatWallTime(wall, offsetMinutes),
      date: formatWallDate(wall),
    };
  };
}
