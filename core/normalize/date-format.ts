import { isValidWallTime, type WallTime } from '../time.ts';

type Field = keyof WallTime;

const TOKENS: readonly [string, Field, number | null][] = [
  ['yyyy', 'year', 4],
  ['yy', 'year', 2],
  ['MM', 'month', 2],
  ['dd', 'day', 2],
  ['HH', 'hour', 2],
  ['mm', 'minute', 2],
  ['ss', 'second', 2],
  ['M', 'month', null],
  ['d', 'day', null],
  ['H', 'hour', null],
];

type Part = { field: Field; width: number | null } | { literal: string };

/**
 * A date pattern of the profile language: `yyyy` `yy` (20yy) `MM` `M` `dd` `d` `HH` `H` `mm` `ss`,
 * everything else literal. `yyyy-MM-dd HH:mm:ss`, `yyyy年MM月dd日 HH:mm:ss`, `dd.MM.yyyy`.
 * Returns a parser that yields a wall time, or a reason string. Fixed-width patterns are read
 * by position (the common case, millions of rows); the others by a regular expression.
 *
 * @example compileDateFormat('dd.MM.yyyy')('31.12.2024') // { year: 2024, month: 12, day: 31, hour: 0, … }
 */
export function compileDateFormat(format: string): (text: string) => WallTime | string {
  const parts = tokenize(format);
  const read = parts.every((part) => 'literal' in part || part.width !== null) ? byPosition(parts) : byPattern(parts);
  // A two-digit year is of this century: statements are recent.
  const century = parts.some((part) => 'field' in part && part.field === 'year' && part.width === 2) ? 2000 : 0;
  return (text) => {
    const time = read(text);
    if (time === null) return `"${text}" does not match the date format ${format}`;
    time.year += century;
    if (!isValidWallTime(time)) return `"${text}" is not a real date`;
    return time;
  };
}

function tokenize(format: string): Part[] {
  const parts: Part[] = [];
  for (let i = 0; i < format.length;) {
    const token = TOKENS.find(([name]) => format.startsWith(name, i));
    if (token) {
      parts.push({ field: token[1], width: token[2] });
      i += token[0].length;
    } else {
      parts.push({ literal: format.charAt(i) });
      i++;
    }
  }
  return parts;
}

function byPosition(parts: Part[]): (text: string) => WallTime | null {
  const length = parts.reduce((sum, part) => sum + ('literal' in part ? part.literal.length : (part.width ?? 0)), 0);
  return (text) => {
    if (text.length !== length) return null;
    const time: WallTime = { year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
    let at = 0;
    for (const part of parts) {
      if ('literal' in part) {
        if (text.charCodeAt(at) !== part.literal.charCodeAt(0)) return null;
        at++;
        continue;
      }
      let value = 0;
      for (const end = at + (part.width ?? 0); at < end; at++) {
        const digit = text.charCodeAt(at) - 48;
        if (digit < 0 || digit > 9) return null;
        value = value * 10 + digit;
      }
      time[part.field] = value;
    }
    return time;
  };
}

function byPattern(parts: Part[]): (text: string) => WallTime | null {
  const fields: Field[] = [];
  let source = '';
  for (const part of parts) {
    if ('literal' in part) source += part.literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    else {
      fields.push(part.field);
      source += part.width === null ? '(\\d{1,2})' : `(\\d{${part.width}})`;
    }
  }
  const regex = new RegExp(`^${source}$`);
  return (text) => {
    const match = regex.exec(text);
    if (!match) return null;
    const time: WallTime = { year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
    fields.forEach((field, index) => (time[field] = Number(match[index + 1])));
    return time;
  };
}
