import { describe, expect, it } from 'vitest';
import type { Completeness } from '../core/index.ts';
import { completenessExit, completenessJson, completenessLine } from './completeness-output.ts';

const failing: Completeness = {
  holds: false,
  files: [
    {
      import_id: 3,
      file: 'wechat.csv',
      rows: 1568,
      imported: 1568,
      rejected: 0,
      stored: { records: 1568, amount_minor: { CNY: 12345678 } },
      assigned: { records: 1500, amount_minor: { CNY: 12000000 } },
      outcomes: { matched: { records: 1500, amount_minor: { CNY: 12000000 } } },
      holds: false,
    },
  ],
};
const paths = new Map([[3, 'in/wechat.csv']]);

describe('the completeness control on the CLI', () => {
  it('fails loudly: one stderr line naming the file and both figures, and exit 3', () => {
    const lines: string[] = [];
    expect(completenessExit(failing, paths, (line) => lines.push(line))).toBe(3);
    expect(lines).toEqual([
      'warning: completeness fails for in/wechat.csv: imported 1568 records (CNY 123,456.78), ' +
        'the outcomes account for 1500 records (CNY 120,000.00)',
    ]);
  });

  it('sums every file into one line for the terminal summary', () => {
    expect(completenessLine(failing)).toBe(
      'completeness FAILS: imported 1568 records (CNY 123,456.78), the outcomes account for 1500 records (CNY 120,000.00)',
    );
  });

  it('exits 0 and stays silent when it holds', () => {
    const lines: string[] = [];
    const holding: Completeness = { holds: true, files: [] };
    expect(completenessExit(holding, paths, (line) => lines.push(line))).toBe(0);
    expect(lines).toEqual([]);
  });

  it('writes each file under the path it was given as, with holds false', () => {
    expect(completenessJson(failing, paths)).toEqual({
      holds: false,
      files: {
        'in/wechat.csv': {
          rows: 1568,
          imported: 1568,
          rejected: 0,
          stored: { records: 1568, amount_minor: { CNY: 12345678 } },
          assigned: { records: 1500, amount_minor: { CNY: 12000000 } },
          outcomes: { matched: { records: 1500, amount_minor: { CNY: 12000000 } } },
          holds: false,
        },
      },
    });
  });
});
