import { describe, expect, it } from 'vitest';
import { readMetadata } from './metadata.ts';

const outer = (...texts: string[]) => texts.map((text, index) => ({ line: index + 1, cells: [text], text }));

describe('statement metadata off the lines around the data', () => {
  it('reads the first line a pattern matches, dates as instants in the profile zone', () => {
    const lines = outer('Konto: AT12 3456', 'Von: 01.03.2024', 'Bis: 2024-04-30', 'Konto: other');
    const rules = [
      { name: 'account', pattern: '^Konto: (.+)$' },
      { name: 'from', pattern: '^Von: (.+)$', date: 'dd.MM.yyyy' },
      { name: 'to', pattern: '^Bis: (.+)$', date: 'iso' },
    ];
    expect(readMetadata(rules, lines, 'Europe/Vienna')).toEqual({
      account: 'AT12 3456',
      from: '2024-03-01T00:00:00+01:00',
      to: '2024-04-30T00:00:00+02:00',
    });
  });

  it('keeps a date it cannot read as written', () => {
    expect(
      readMetadata([{ name: 'to', pattern: '^Bis: (.+)$', date: 'iso' }], outer('Bis: 31.03.2024'), 'UTC'),
    ).toEqual({
      to: '31.03.2024',
    });
  });
});
