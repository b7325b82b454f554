import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { excelWallClock } from './excel-date.ts';
import {
  CELL_TEXT_LIMIT,
  formulaSafeText,
  safeCellText,
  spreadsheetText,
  startsLikeFormula,
  unguardText,
} from './safe-cell.ts';
import { createSheetNamer, sanitizeSheetName } from './sheet-names.ts';

describe('formula-safe text', () => {
  test.each(['=1+1', '+1', '-cmd', '@SUM(1)', '\t1', '\r1', '\n1', '＝1', '＋1', '－1', '＠1', "'=x", "''-1"])(
    '%j is prefixed with a quote',
    (text) => expect(formulaSafeText(text)).toBe(`'${text}`),
  );

  test.each(['', 'Taobao', '12.00', "'quoted", "''", ' =x', '支付宝'])('%j is left as it is', (text) => {
    expect(formulaSafeText(text)).toBe(text);
  });

  test('no output ever starts like a formula, and only the quote is added', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const safe = formulaSafeText(text);
        expect(startsLikeFormula(safe)).toBe(false);
        expect(safe === text || safe === `'${text}`).toBe(true);
        expect(unguardText(safe)).toBe(text);
      }),
    );
  });

  test('cuts text to the cell limit without splitting a surrogate pair', () => {
    const text = `${'a'.repeat(CELL_TEXT_LIMIT - 13)}😀${'b'.repeat(100)}`;
    const safe = safeCellText(text);
    expect(safe.length).toBeLessThanOrEqual(CELL_TEXT_LIMIT);
    expect(safe.endsWith('a…[truncated]')).toBe(true);
    expect(safeCellText('x'.repeat(CELL_TEXT_LIMIT))).toHaveLength(CELL_TEXT_LIMIT);
  });
});

describe('spreadsheet text', () => {
  test('escapes what the XLSX format would decode or drop', () => {
    expect(spreadsheetText('_x003D_1')).toBe('_x005F_x003D_1');
    expect(spreadsheetText('a_x00e9_b\r\nc')).toBe('a_x005F_x00e9_b_x000D_\nc');
    expect(spreadsheetText('-1_x0041_')).toBe("'-1_x005F_x0041_");
    expect(spreadsheetText('plain_text')).toBe('plain_text');
  });
});

describe('sheet names', () => {
  test('drops the characters Excel refuses and keeps 31 characters', () => {
    expect(sanitizeSheetName('Fees: 2024/03?')).toBe('Fees_ 2024_03_');
    expect(sanitizeSheetName('[a]*b\\c')).toBe('_a__b_c');
    expect(sanitizeSheetName("'quoted'")).toBe('quoted');
    expect(sanitizeSheetName('')).toBe('Sheet');
    expect(sanitizeSheetName('History')).toBe('History_');
    expect(Array.from(sanitizeSheetName('长'.repeat(40)))).toHaveLength(31);
  });

  test('makes names unique regardless of case and length', () => {
    const name = createSheetNamer();
    const long = 'x'.repeat(40);
    expect([name('Fees'), name('FEES'), name('fees'), name(long), name(long)]).toEqual([
      'Fees',
      'FEES (2)',
      'fees (3)',
      'x'.repeat(31),
      `${'x'.repeat(27)} (2)`,
    ]);
  });
});

describe('wall-clock dates', () => {
  test('keep the clock time of the offset, whatever the zone', () => {
    expect(excelWallClock('2024-03-01T23:59:30+08:00')).toEqual(new Date(Date.UTC(2024, 2, 1, 23, 59, 30)));
    expect(excelWallClock('2024-03-01T00:00:00.250-05:00')).toEqual(new Date(Date.UTC(2024, 2, 1, 0, 0, 0, 250)));
    expect(excelWallClock('2024-03-01T08:00:00Z')).toEqual(new Date(Date.UTC(2024, 2, 1, 8)));
    expect(excelWallClock('2024-03-01')).toEqual(new Date(Date.UTC(2024, 2, 1)));
  });

  test.each(['2024-02-30', '2023-02-29T00:00:00+08:00', '2024-03-01T24:00:00Z', 'yesterday', '1899-12-31'])(
    '%j is not a date',
    (text) => expect(excelWallClock(text)).toBeNull(),
  );
});
