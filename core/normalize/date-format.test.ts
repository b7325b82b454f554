import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidWallTime, type WallTime } from '../time.ts';
import { compileDateFormat } from './date-format.ts';
import { makeDateReader } from './date-reader.ts';

describe('compileDateFormat', () => {
  it('reads the Alipay header format yyyy年MM月dd日 HH:mm:ss', () => {
    expect(compileDateFormat('yyyy年MM月dd日 HH:mm:ss')('2024年03月15日 23:59:01')).toEqual({
      year: 2024,
      month: 3,
      day: 15,
      hour: 23,
      minute: 59,
      second: 1,
    });
  });

  it('reads dd.MM.yyyy and M/d/yyyy', () => {
    expect(compileDateFormat('dd.MM.yyyy')('31.12.2024')).toMatchObject({ year: 2024, month: 12, day: 31, hour: 0 });
    expect(compileDateFormat('M/d/yyyy')('3/5/2024')).toMatchObject({ year: 2024, month: 3, day: 5 });
    expect(compileDateFormat('M/d/yyyy')('12/25/2024')).toMatchObject({ year: 2024, month: 12, day: 25 });
  });

  it('treats the dot in dd.MM.yyyy as a literal dot', () => {
    expect(compileDateFormat('dd.MM.yyyy')('31x12x2024')).toBeTypeOf('string');
  });

  it('accepts 2024-02-29 and rejects 2024-02-30 and 2023-02-29 as not real dates', () => {
    const parse = compileDateFormat('yyyy-MM-dd HH:mm:ss');
    expect(parse('2024-02-29 12:00:00')).toMatchObject({ year: 2024, month: 2, day: 29 });
    expect(parse('2024-02-30 12:00:00')).toBe('"2024-02-30 12:00:00" is not a real date');
    expect(parse('2023-02-29 12:00:00')).toBe('"2023-02-29 12:00:00" is not a real date');
    expect(parse('2024-03-15 25:00:00')).toBe('"2024-03-15 25:00:00" is not a real date');
  });

  it('rejects text that does not have the shape of the format, naming the format', () => {
    const parse = compileDateFormat('yyyy-MM-dd HH:mm:ss');
    expect(parse('2024/03/15 12:00:00')).toBe(
      '"2024/03/15 12:00:00" does not match the date format yyyy-MM-dd HH:mm:ss',
    );
    expect(parse('2024-3-15 12:00:00')).toBeTypeOf('string');
    expect(parse(' 2024-03-15 12:00:00')).toBeTypeOf('string');
    expect(parse('2024-03-15')).toBeTypeOf('string');
  });
});

describe('makeDateReader', () => {
  const reader = (zone: string) => makeDateReader((cells) => cells[0] ?? null, 'yyyy-MM-dd HH:mm:ss', zone, '完成时间');

  it('turns a Shanghai statement time into ISO with +08:00 and its date', () => {
    expect(reader('Asia/Shanghai')(['2024-03-15 23:59:00'])).toEqual({
      iso: '2024-03-15T23:59:00+08:00',
      date: '2024-03-15',
    });
  });

  it('names the column when the date is impossible', () => {
    expect(reader('Asia/Shanghai')(['2024-02-30 10:00:00'])).toBe('完成时间 "2024-02-30 10:00:00" is not a real date');
  });

  it('gives Berlin summer and winter dates their own offsets', () => {
    expect(reader('Europe/Berlin')(['2024-07-01 08:00:00'])).toMatchObject({ iso: '2024-07-01T08:00:00+02:00' });
    expect(reader('Europe/Berlin')(['2024-12-01 08:00:00'])).toMatchObject({ iso: '2024-12-01T08:00:00+01:00' });
  });
});

/** The parser as it was before layouts were compiled to positions: the reference the compiled one must equal. */
function previousParser(format: string): (text: string) => WallTime | string {
  const names: [string, keyof WallTime, number | null][] = [
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
  const parts: ({ field: keyof WallTime; width: number | null } | { literal: string })[] = [];
  for (let i = 0; i < format.length;) {
    const token = names.find(([name]) => format.startsWith(name, i));
    if (token) parts.push({ field: token[1], width: token[2] });
    else parts.push({ literal: format.charAt(i) });
    i += token ? token[0].length : 1;
  }
  const century = parts.some((part) => 'field' in part && part.field === 'year' && part.width === 2) ? 2000 : 0;
  const source = parts
    .map((part) =>
      'literal' in part
        ? part.literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        : part.width === null
          ? '(\\d{1,2})'
          : `(\\d{${part.width}})`,
    )
    .join('');
  const fields = parts.flatMap((part) => ('field' in part ? [part.field] : []));
  const regex = new RegExp(`^${source}$`);
  return (text) => {
    const match = regex.exec(text);
    if (!match) return `"${text}" does not match the date format ${format}`;
    const time: WallTime = { year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
    fields.forEach((field, index) => (time[field] = Number(match[index + 1])));
    time.year += century;
    return isValidWallTime(time) ? time : `"${text}" is not a real date`;
  };
}

describe('a compiled date layout', () => {
  const token = fc.constantFrom('yyyy', 'yy', 'MM', 'dd', 'HH', 'mm', 'ss', 'M', 'd', 'H');
  const literal = fc.constantFrom('-', '.', ' ', ':', '/', '年', '月', '日', 'T', 'x', '+');
  const formats = fc.array(fc.oneof(token, literal), { minLength: 1, maxLength: 9 }).map((parts) => parts.join(''));
  const wall = fc.record({
    year: fc.integer({ min: 0, max: 9999 }),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.integer({ min: 0, max: 32 }),
    hour: fc.integer({ min: 0, max: 25 }),
    minute: fc.integer({ min: 0, max: 61 }),
    second: fc.integer({ min: 0, max: 61 }),
  });
  /** The wall time written in the layout (a text of its shape, the date real or not). */
  const write = (format: string, time: WallTime): string =>
    format
      .replace(/yyyy/g, String(time.year).padStart(4, '0'))
      .replace(/yy/g, String(time.year % 100).padStart(2, '0'))
      .replace(/MM/g, String(time.month).padStart(2, '0'))
      .replace(/dd/g, String(time.day).padStart(2, '0'))
      .replace(/HH/g, String(time.hour).padStart(2, '0'))
      .replace(/mm/g, String(time.minute).padStart(2, '0'))
      .replace(/ss/g, String(time.second).padStart(2, '0'));
  const mutate = (text: string, at: number, char: string, cut: boolean): string =>
    cut ? text.slice(0, at % (text.length + 1)) : text.slice(0, at) + char + text.slice(at + 1);

  it('reads every text, valid or not, exactly as the previous parser did', () => {
    fc.assert(
      fc.property(
        formats,
        wall,
        fc.nat(),
        fc.constantFrom('0', '9', ':', '/', 'a', '-', '٣', ' ', '年'),
        fc.constantFrom('as written', 'one character changed', 'cut short', 'anything'),
        fc.string(),
        (format, time, at, char, how, anything) => {
          const written = write(format, time);
          const text =
            how === 'as written'
              ? written
              : how === 'anything'
                ? anything
                : mutate(written, at % Math.max(1, written.length), char, how === 'cut short');
          expect(compileDateFormat(format)(text)).toEqual(previousParser(format)(text));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('reads the layouts of the built-in profiles exactly as the previous parser did', () => {
    const layouts = ['yyyy-MM-dd HH:mm:ss', 'yyyy/MM/dd HH:mm:ss', 'dd.MM.yyyy', 'yyyyMMdd', 'dd/MM/yyyy', 'yyMMdd'];
    fc.assert(
      fc.property(
        fc.constantFrom(...layouts),
        wall,
        fc.nat(),
        fc.constantFrom('0', 'a', '/'),
        (format, time, at, c) => {
          for (const text of [write(format, time), mutate(write(format, time), at % 8, c, false)])
            expect(compileDateFormat(format)(text)).toEqual(previousParser(format)(text));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
