import { describe, expect, test } from 'vitest';
import { read } from './test-read-back.ts';
import { sampleInput } from './test-input.ts';

describe("the Summary's handling of exceptions", () => {
  test('gives the hours to resolution and the target as numbers a spreadsheet sums, empty when none', async () => {
    const ledger = {
      business_date: '2024-03-15',
      corrections: [],
      metrics: {
        paid_not_notified: {
          open: 2,
          closed_automatically: 1,
          closed_by_hand: 3,
          median_hours: 1.5,
          p90_hours: 3.25,
          target_hours: 2,
          past_target: 1,
        },
        book_only: {
          open: 4,
          closed_automatically: 0,
          closed_by_hand: 0,
          median_hours: null,
          p90_hours: null,
          target_hours: null,
          past_target: 0,
        },
      },
    };
    const summary = (await read({ ...sampleInput(), ledger })).worksheets[0]!;
    const rowOf = (label: string) => {
      let found: number[] = [];
      summary.eachRow((row) => {
        if (row.getCell(1).value === label) found = [2, 3, 4, 5, 6, 7, 8].map((c) => row.getCell(c).value as number);
      });
      return found;
    };
    expect(rowOf('Paid, not notified (paid_not_notified)')).toEqual([2, 1, 3, 1.5, 3.25, 2, 1]);
    expect(rowOf('In books only (book_only)').slice(3, 6)).toEqual(['', '', '']);
  });
});
