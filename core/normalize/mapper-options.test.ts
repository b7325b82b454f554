import { describe, expect, it } from 'vitest';
import type { CanonicalRecord } from '../canonical/record.ts';
import type { Profile } from '../profile/types.ts';
import { indexHeader } from './header.ts';
import { compileMapper, type RowOutcome } from './mapper.ts';

const BASE: Profile = {
  id: 'test-channel',
  version: 1,
  name: { en: 'Test', 'zh-CN': '测试' },
  side: 'statement',
  format: 'csv',
  source: { value: 'test' },
  encoding: 'utf-8',
  detect: { headerIncludes: ['Amount'] },
  csv: { delimiter: ',', quote: '"', header: { find: ['Amount'] } },
  clean: { trim: true, stripPrefixes: [] },
  timeZone: 'Asia/Shanghai',
  currency: { value: 'USD' },
  rowKinds: { fixed: { kind: 'payment', status: 'succeeded' } },
  fields: { amount: { column: 'Amount' } },
};

/** Map rows under `header` with the base profile plus `changes`: each row's outcome and records. */
function mapRows(changes: Partial<Profile>, header: string[], rows: string[][]) {
  const mapper = compileMapper({ ...BASE, ...changes }, indexHeader(header), { importId: 1, file: 't.csv' });
  if (!mapper.ok) throw new Error(mapper.issues[0]?.message);
  const records: CanonicalRecord[] = [];
  const outcomes: RowOutcome[] = rows.map((cells, index) => mapper.value(cells, index + 2, records));
  return { outcomes, records };
}

describe('fee split into parts', () => {
  it('adds commission, markup, scheme fee and interchange into one fee and nets it off the gross', () => {
    const { records } = mapRows(
      { fields: { amount: { column: 'Gross' }, fee: { column: ['Commission', 'Markup', 'Scheme'], combine: 'sum' } } },
      ['Gross', 'Commission', 'Markup', 'Scheme'],
      [['31.45', '', '0.16', '0.05']],
    );
    expect(records[0]).toMatchObject({ amount_minor: 3145, fee_minor: 21, net_minor: 3124 });
  });
});

describe('partial refunds written into the amount cell', () => {
  it('counts a 支出 net of its refund, negative', () => {
    const { records } = mapRows(
      {
        fields: {
          amount: {
            column: '金额',
            extract: '^(?<amount>[\\d.]+)(?:\\(已退款(?<less>[\\d.]+)\\))?',
            indicator: { column: '收/支', negative: ['支出'], positive: ['收入'], neutral: ['不计收支'] },
          },
        },
      },
      ['金额', '收/支'],
      [['131.77(已退款89.84)', '支出']],
    );
    expect(records[0]?.amount_minor).toBe(-4193);
  });
});

describe('date and time in two columns, time zone per row', () => {
  const header = ['Date', 'Time', 'TimeZone', 'Amount'];
  const occurred = {
    column: 'Date',
    time: 'Time',
    format: 'dd/MM/yyyy HH:mm:ss',
    zone: { column: 'TimeZone', map: { PST: 'Etc/GMT+8', PDT: 'Etc/GMT+7' } },
  };

  it('reads an abbreviation through the map and an IANA name as it is', () => {
    const { records } = mapRows({ fields: { amount: { column: 'Amount' }, occurred_at: occurred } }, header, [
      ['29/12/2015', '07:45:51', 'PST', '1.00'],
      ['09/06/2016', '07:19:50', 'PDT', '1.00'],
      ['09/06/2016', '07:19:50', 'Europe/Berlin', '1.00'],
    ]);
    expect(records.map((record) => record.occurred_at)).toEqual([
      '2015-12-29T07:45:51-08:00',
      '2016-06-09T07:19:50-07:00',
      '2016-06-09T07:19:50+02:00',
    ]);
  });

  it('rejects a row whose zone is unknown, naming it', () => {
    const { outcomes } = mapRows({ fields: { amount: { column: 'Amount' }, occurred_at: occurred } }, header, [
      ['29/12/2015', '07:45:51', 'XYZ', '1.00'],
    ]);
    expect(outcomes[0]).toMatchObject({ ok: false, code: 'date_invalid', message: 'Date time zone "XYZ" is unknown' });
  });
});

describe('row types not listed', () => {
  const values = { Payment: { kind: 'payment', status: 'succeeded' } } as const;

  it('take the otherwise kind when the profile has one', () => {
    const { records } = mapRows(
      { rowKinds: { column: 'Type', values, otherwise: { kind: 'adjustment', status: 'unknown' } } },
      ['Type', 'Amount'],
      [
        ['Payment', '5.00'],
        ['Payment Hold', '-5.00'],
      ],
    );
    expect(records.map((record) => [record.kind, record.status])).toEqual([
      ['payment', 'succeeded'],
      ['adjustment', 'unknown'],
    ]);
  });

  it('are rejected when it has none', () => {
    const { outcomes } = mapRows({ rowKinds: { column: 'Type', values } }, ['Type', 'Amount'], [['Hold', '1.00']]);
    expect(outcomes[0]).toMatchObject({ ok: false, code: 'row_kind_unknown' });
  });
});

describe('what a row adds to the file net', () => {
  const header = ['Gross', 'Fee', 'Mark'];
  const rows = [
    ['84.00', '-4.25', '支出'],
    ['10.00', '', '不计收支'],
  ];
  const net = (outcome: RowOutcome | undefined) => (outcome?.ok ? outcome.net : outcome?.message);

  it('is the amount by default', () => {
    const { outcomes } = mapRows({ fields: { amount: { column: 'Gross' } } }, header, rows);
    expect(outcomes.map(net)).toEqual([8400, 1000]);
  });

  it('is the net after fee, and nothing for excluded rows, when the profile says so', () => {
    const { outcomes } = mapRows(
      {
        fields: { amount: { column: 'Gross' }, fee: { column: 'Fee', sign: 'negate' } },
        fileNet: { of: 'net', exclude: { column: 'Mark', values: ['不计收支'] } },
      },
      header,
      rows,
    );
    expect(outcomes.map(net)).toEqual([7975, 0]);
  });
});

describe('rows rejected whole', () => {
  it('leaves no record behind when a derived amount is unreadable', () => {
    const derived: Profile['derived'] = [{ amount: { column: 'Refund' }, kind: 'refund', status: 'succeeded' }];
    const { outcomes, records } = mapRows(
      { derived },
      ['Amount', 'Refund'],
      [
        ['10.00', 'abc'],
        ['20.00', '5.00'],
      ],
    );
    expect(outcomes.map((outcome) => outcome.ok)).toEqual([false, true]);
    expect(outcomes[0]).toMatchObject({ code: 'amount_invalid' });
    expect(records.map((record) => [record.kind, record.amount_minor])).toEqual([
      ['payment', 2000],
      ['refund', 500],
    ]);
  });

  it('reads only the maps’ own entries: a status or zone named like an object key is unknown', () => {
    const status = { column: 'State', map: { PAID: 'succeeded' } } as const;
    const fields = { amount: { column: 'Amount' }, status };
    const { outcomes } = mapRows(
      { fields },
      ['Amount', 'State'],
      [
        ['1.00', 'constructor'],
        ['1.00', 'PAID'],
      ],
    );
    expect(outcomes.map((outcome) => (outcome.ok ? 'ok' : outcome.code))).toEqual(['status_unknown', 'ok']);
    const occurred_at = { column: 'When', format: 'yyyy-MM-dd', zone: { column: 'Zone', map: { CET: 'Etc/GMT-1' } } };
    const zoned = mapRows(
      { fields: { amount: { column: 'Amount' }, occurred_at } },
      ['Amount', 'When', 'Zone'],
      [['1.00', '2024-03-01', 'toString']],
    );
    expect(zoned.outcomes[0]).toMatchObject({ ok: false, code: 'date_invalid' });
  });
});
