import { isValidWallTime, type WallTime } from '../time.ts';

/**
 * A date pattern of the profile language: `yyyy` `MM` `M` `dd` `d` `HH` `H` `mm` `ss`,
 * everything else literal. `yyyy-MM-dd HH:mm:ss`, `yyyy年MM月dd日 HH:mm:ss`, `dd.MM.yyyy`.
 * Returns a parser that yields a wall time, or a reason string.
 *
 * @example compileDateFormat('dd.MM.yyyy')('31.12.2024') // { year: 2024, month: 12, day: 31, hour: 0, … }
 */
export function compileDateFormat(format: string): (text: string) => WallTime | string {
  const fields: (keyof WallTime)[] = [];
  const tokens: Record<string, [keyof WallTime, string]> = {
    yyyy: ['year', '(\\d{4})'],
    MM: ['month', '(\\d{2})'],
    M: ['month', '(\\d{1,2})'],
    dd: ['day', '(\\d{2})'],
    d: ['day', '(\\d{1,2})'],
    HH: ['hour', '(\\d{2})'],
    H: ['hour', '(\\d{1,2})'],
    mm: ['minute', '(\\d{2})'],
    ss: ['second', '(\\d{2})'],
  };
  let source = '';
  for (let i = 0; i < format.length; ) {
    const token = ['yyyy', 'MM', 'dd', 'HH', 'mm', 'ss', 'M', 'd', 'H'].find((t) => format.startsWith(t, i));
    if (token) {
      const [field, pattern] = tokens[token] as [keyof WallTime, string];
      fields.push(field);
      source += pattern;
      i += token.length;
    } else {
      source += format.charAt(i).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      i++;
    }
  }
  const regex = new RegExp(`^${source}$`);
  return (text: string) => {
    const match = regex.exec(text);
    if (!match) return `"${text}" does not match the date format ${format}`;
    const time: WallTime = { year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
    fields.forEach((field, index) => (time[field] = Number(match[index + 1])));
    if (!isValidWallTime(time)) return `"${text}" is not a real date`;
    return time;
  };
}
