import { describe, expect, it } from 'vitest';
import type { CanonicalRecord } from '../canonical/record.ts';
import type { AmountFormat } from '../money.ts';
import type { Controls } from '../profile/types.ts';
import { ColumnResolver } from './columns.ts';
import { compileControls } from './controls.ts';
import type { OuterRow } from './outer-row.ts';
import { indexHeader } from './header.ts';

const clean = (value: string | undefined) => (value ?? '').trim();

/** Run `controls` over rows of `header`, each row with the canonical amounts the mapper gave it. */
function check(
  controls: Controls,
  header: string[],
  rows: { cells: string[]; currency?: string; amount: number; net?: number }[],
  outer: OuterRow[] = [],
  format?: AmountFormat,
) {
  const tally = compileControls(controls, new ColumnResolver(indexHeader(header), []), clean, format);
  for (const [index, row] of rows.entries()) {
    const record = {
      currency: row.currency ?? 'USD',
      amount_minor: row.amount,
      net_minor: row.net ?? null,
      trace: { line: index + 2 },
    } as CanonicalRecord;
    tally.observe('payment', row.cells, 2, record);
  }
  return tally.finish(outer, 2);
}

const line = (text: string, at: number): OuterRow => ({ line: at, cells: [text], text });

describe('running balance per currency', () => {
  const controls: Controls = {
    figures: [],
    checks: [{ label: 'Balance', measure: 'running', column: 'Balance' }],
  };

  it('holds when every balance is the previous one plus the row net, per currency', () => {
    const checks = check(
      controls,
      ['Balance'],
      [
        { cells: ['79.75'], amount: 8400, net: 7975 },
        { cells: ['29.75'], amount: -5000, net: -5000 },
        { cells: ['43.34'], currency: 'EUR', amount: 4334, net: 4334 },
        { cells: ['1,610.43'], amount: 165375, net: 158068 },
      ],
      [],
      { decimal: '.', thousands: [','] },
    );
    expect(checks).toEqual([
      { label: 'Balance (USD)', stated: '1610.43', computed: '1610.43', holds: true },
      { label: 'Balance (EUR)', stated: '43.34', computed: '43.34', holds: true },
    ]);
  });

  it('names the line where the chain breaks, and skips rows without a balance', () => {
    const checks = check(
      controls,
      ['Balance'],
      [
        { cells: ['10.00'], amount: 1000 },
        { cells: [''], amount: 999 },
        { cells: ['30.00'], amount: 1000 },
      ],
    );
    expect(checks).toEqual([{ label: 'Balance, line 4', stated: '30.00', computed: '20.00', holds: false }]);
  });
});

describe('credits against debits per batch', () => {
  const controls: Controls = {
    figures: [],
    checks: [{ label: 'Batch', measure: 'balanced', column: 'Credit', debit: 'Debit', groupBy: 'Batch' }],
  };

  it('holds per batch when the payout takes out what came in', () => {
    const checks = check(
      controls,
      ['Credit', 'Debit', 'Batch'],
      [
        { cells: ['31.15', '', '380'], amount: 3145 },
        { cells: ['', '1.00', '380'], amount: -100 },
        { cells: ['', '30.15', '380'], amount: -3015 },
        { cells: ['5.00', '', '381'], amount: 500 },
      ],
    );
    expect(checks).toEqual([
      { label: 'Batch 380', stated: '31.15', computed: '31.15', holds: true },
      { label: 'Batch 381', stated: '0.00', computed: '5.00', holds: false },
    ]);
  });
});

describe('summary figures per 收/支 class', () => {
  const controls: Controls = {
    figures: [
      { name: 'expense_count', line: '^支出：(\\S+?)笔' },
      { name: 'expense_amount', line: '^支出：\\S+?笔\\s*([\\d.]+)元' },
    ],
    checks: [
      { label: '支出 笔数', figure: 'expense_count', measure: 'count', where: { column: '收/支', values: ['支出'] } },
      {
        label: '支出 金额',
        figure: 'expense_amount',
        measure: 'sum',
        amount: 'absolute',
        where: { column: '收/支', values: ['支出'] },
      },
    ],
  };
  const rows = [
    { cells: ['支出'], amount: -2816 },
    { cells: ['收入'], amount: 35 },
    { cells: ['支出'], amount: -1200 },
  ];

  it('counts and sums only the rows of the class, unsigned like the summary', () => {
    expect(check(controls, ['收/支'], rows, [line('支出：2笔 40.16元', 9)])).toEqual([
      { label: '支出 笔数', stated: '2', computed: '2', holds: true },
      { label: '支出 金额', stated: '40.16', computed: '40.16', holds: true },
    ]);
  });

  it('does not hold when the summary is redacted or differs', () => {
    const checks = check(controls, ['收/支'], rows, [line('支出：x笔 1234.56元', 27)]);
    expect(checks.map((c) => [c.stated, c.computed, c.holds])).toEqual([
      ['x', '2', false],
      ['1234.56', '40.16', false],
    ]);
  });

  it('sums a column in the profile amount format', () => {
    const sum: Controls = {
      figures: [{ name: 'total', line: '^Total (\\S+)' }],
      checks: [{ label: 'Total', figure: 'total', measure: 'sum', column: 'Amount' }],
    };
    const checks = check(
      sum,
      ['Amount'],
      [
        { cells: ['1.234,50'], amount: 0 },
        { cells: ['0,50'], amount: 0 },
      ],
      [line('Total 1.235,00', 5)],
      { decimal: ',', thousands: ['.'] },
    );
    expect(checks).toEqual([{ label: 'Total', stated: '1.235,00', computed: '1235.00', holds: true }]);
  });
});

describe('stated counts', () => {
  const controls: Controls = {
    figures: [{ name: 'rows', line: '^共(.+?)笔' }],
    checks: [{ label: '共N笔', figure: 'rows', measure: 'count' }],
  };
  const rows = Array.from({ length: 1234 }, () => ({ cells: [''], amount: 100 }));

  it('reads a count written with digit grouping', () => {
    for (const written of ['1,234', '1 234', "1'234", '1234'])
      expect(check(controls, ['x'], rows, [line(`共${written}笔`, 1)])[0]).toMatchObject({ holds: true });
  });

  it("reads a count written as a whole decimal, as WeChat Pay's fund bill writes its counts", () => {
    for (const written of ['1234.0', '1,234.00'])
      expect(check(controls, ['x'], rows, [line(`共${written}笔`, 1)])[0]).toMatchObject({ holds: true });
  });

  it('does not read a decimal or a different number as the count', () => {
    expect(check(controls, ['x'], rows, [line('共1234.5笔', 1)])[0]).toMatchObject({ holds: false });
    expect(check(controls, ['x'], rows, [line('共1,234.5笔', 1)])[0]).toMatchObject({ holds: false });
    expect(check(controls, ['x'], rows, [line('共1,235笔', 1)])[0]).toMatchObject({ holds: false });
  });
});
