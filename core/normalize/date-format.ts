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
  const fields = parts.flatMap((part) => ('field' in part ? [part.field] : []));
  const fixed = parts.every((part) => 'literal' in part || part.width !== null);
  // A layout naming a field twice (rare) checks both by the pattern, the later one winning.
  const read = fixed && new Set(fields).size === fields.length ? byPosition(parts) : byPattern(parts);
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

const FIELDS: readonly Field[] = ['year', 'month', 'day', 'hour', 'minute', 'second'];

/**
 * A fixed-width layout compiled to where each literal and each field's digits are: a text is
 * read by digit arithmetic at those positions, with no per-part dispatch.
 */
function byPosition(parts: Part[]): (text: string) => WallTime | null {
  const literalAt: number[] = [];
  const literalCode: number[] = [];
  // Per field (in FIELDS order): the position of its first digit and its width; -1 when absent.
  const start = new Int32Array(FIELDS.length).fill(-1);
  const width = new Int32Array(FIELDS.length);
  let length = 0;
  for (const part of parts) {
    if ('literal' in part) {
      literalAt.push(length);
      literalCode.push(part.literal.charCodeAt(0));
      length++;
    } else {
      const field = FIELDS.indexOf(part.field);
      start[field] = length;
      width[field] = part.width ?? 0;
      length += part.width ?? 0;
    }
  }
  const literals = literalAt.length;
  const digits = (text: string, field: number, absent: number): number => {
    const from = start[field] ?? -1;
    if (from < 0) return absent;
    let value = 0;
    for (let at = from, end = from + (width[field] ?? 0); at < end; at++) {
      const digit = text.charCodeAt(at) - 48;
      if (digit < 0 || digit > 9) return -1;
      value = value * 10 + digit;
    }
    return value;
  };
  return (text) => {
    if (text.length !== length) return null;
    for (let i = 0; i < literals; i++) if (text.charCodeAt(literalAt[i] ?? 0) !== literalCode[i]) return null;
    const year = digits(text, 0, 0);
    const month = digits(text, 1, 1);
    const day = digits(text, 2, 1);
    const hour = digits(text, 3, 0);
    const minute = digits(text, 4, 0);
    const second = digits(text, 5, 0);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) return null;
    return { year, month, day, hour, minute, second };
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
