import { describe, expect, it } from 'vitest';
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
