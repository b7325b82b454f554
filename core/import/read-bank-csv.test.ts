import { describe, expect, it } from 'vitest';
import type { Profile } from '../profile/types.ts';
import { validateProfile } from '../profile/validate.ts';
import type { Issue } from '../result.ts';
import { createSha256 } from './hash.ts';
import type { ReadTotals } from './types.ts';
import { readFile } from './read-file.ts';
import { bytesSource, type RowIssue } from './types.ts';

type Outcome = { profile: string | null; totals: ReadTotals | null; error: Issue | null; rejections: RowIssue[] };

async function read(name: string, text: string, profiles: Profile[], profileId?: string): Promise<Outcome> {
  const outcome: Outcome = { profile: null, totals: null, error: null, rejections: [] };
  const options = { profiles, createHasher: createSha256, ...(profileId ? { profileId } : {}) };
  for await (const event of readFile(bytesSource(name, new TextEncoder().encode(text)), options)) {
    if (event.type === 'start') outcome.profile = event.profile_id;
    if (event.type === 'batch') outcome.rejections.push(...event.rejections);
    if (event.type === 'end') outcome.totals = event.totals;
    if (event.type === 'error') outcome.error = event.issue;
  }
  return outcome;
}

/** A bank CSV profile, checked by the bundled schema like a built-in one. */
function profile(overrides: Partial<Profile>): Profile {
  const base: Profile = {
    id: 'test-bank',
    version: 1,
    name: { en: 'Test bank', 'zh-CN': '测试银行' },
    side: 'statement',
    format: 'csv',
    source: { value: 'bank' },
    encoding: 'windows-1252',
    detect: { headerIncludes: ['Datum', 'Betrag', 'Saldo'] },
    csv: { delimiter: 'auto', quote: '"', header: { find: ['Datum', 'Betrag'] } },
    clean: { trim: true, stripPrefixes: [] },
    timeZone: 'Europe/Vienna',
    currency: { value: 'EUR' },
    amountFormat: { decimal: ',', thousands: ['.'] },
    rowKinds: { fixed: { kind: 'payment', status: 'succeeded' } },
    fields: { amount: { column: 'Betrag' }, occurred_at: { column: 'Datum', format: 'dd.MM.yyyy' } },
  };
  const checked = validateProfile({ ...base, ...overrides });
  if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
  return checked.value;
}

const STATEMENT = [
  'Datum;Text;Betrag;Saldo',
  '01.02.2024;Miete;-1.234,56;765,44',
  '02.02.2024;Gehalt;2.500,00;3.265,44',
];

describe('bank CSV layouts', () => {
  it('detects and reads a profile with delimiter auto whatever delimiter the file uses', async () => {
    const bank = profile({});
    for (const delimiter of [';', ',', '\t', '|']) {
      const text = STATEMENT.map((line) =>
        line
          .split(';')
          .map((cell) => `"${cell}"`)
          .join(delimiter),
      ).join('\n');
      const { profile: found, totals } = await read('statement.csv', `${text}\n`, [bank]);
      expect(found).toBe('test-bank');
      expect(totals).toMatchObject({ entries: 2, rejected: 0, net_minor: { EUR: 126544 } });
    }
  });

  it('reads a file without a header row, its columns named by position, detected by a text pattern', async () => {
    const bank = profile({
      detect: { patterns: ['^\\d{2}\\.\\d{2}\\.\\d{4};[^;\\n]*;-?[\\d.]+,\\d{2};'] },
      csv: { delimiter: ';', quote: '"', header: { find: [], names: ['Datum', 'Text', 'Betrag', 'Saldo'] } },
      controls: {
        figures: [],
        checks: [{ label: 'Running balance Saldo', measure: 'running', column: 'Saldo', order: 'oldest-first' }],
      },
    });
    const { profile: found, totals } = await read('headerless.csv', `${STATEMENT.slice(1).join('\r\n')}\r\n`, [bank]);
    expect(found).toBe('test-bank');
    expect(totals).toMatchObject({ entries: 2, rejected: 0, skipped_lines: 0, net_minor: { EUR: 126544 } });
    expect(totals?.controls).toEqual([
      { label: 'Running balance Saldo', stated: '3265.44', computed: '3265.44', holds: true },
    ]);
  });

  it('names unnamed header cells by position and keeps rows without money aside, neither imported nor rejected', async () => {
    const bank = profile({
      currency: { column: 'Mutatie' },
      csv: {
        delimiter: ',',
        quote: '"',
        header: { find: ['Datum', 'Mutatie', 'Saldo'], names: ['Datum', 'Mutatie', 'Bedrag', 'Saldo', 'Saldo bedrag'] },
        skipRows: { whenAllEmpty: ['Mutatie', 'Bedrag'] },
      },
      fields: { amount: { column: 'Bedrag' } },
    });
    const text = [
      'Datum,Mutatie,,Saldo,',
      '30-12-2019,,,EUR,"13,87"',
      '27-12-2019,EUR,"0,19",EUR,"13,88"',
      '27-12-2019,USD,"-0,03",USD,"-5,09"',
    ].join('\n');
    const { totals, rejections } = await read('account.csv', text, [bank], 'test-bank');
    expect(rejections).toEqual([]);
    expect(totals).toMatchObject({ rows: 2, entries: 2, net_minor: { EUR: 19, USD: -3 }, skipped_lines: 2 });
  });

  it('books credit minus debit when both Soll and Haben are written', async () => {
    const bank = profile({
      detect: { headerIncludes: ['Datum', 'Soll', 'Haben'] },
      csv: { delimiter: ';', quote: '"', header: { find: ['Datum', 'Soll', 'Haben'] } },
      fields: { amount: { column: 'Haben', debit: 'Soll' } },
    });
    const text = ['Datum;Soll;Haben', '31.12.2013;0,00;12,23', '31.12.2013;34,56;0,00', '27.08.2013;1.500,00;'].join(
      '\n',
    );
    const { totals } = await read('diba.csv', text, [bank]);
    expect(totals).toMatchObject({ entries: 3, rejected: 0, net_minor: { EUR: 1223 - 3456 - 150000 } });
  });

  it('does not reject a line holding only whitespace between the data and the footer', async () => {
    const bank = profile({
      csv: { delimiter: ',', quote: '"', header: { find: ['Datum', 'Betrag'] }, dataEndsAt: ['合计'] },
    });
    const text = ['Datum,Betrag', '01.02.2024,"1,00"', ' ', '合计,"1,00"'].join('\n');
    const { totals } = await read('footer.csv', text, [bank], 'test-bank');
    expect(totals).toMatchObject({ rows: 1, imported: 1, rejected: 0, skipped_lines: 3 });
  });
});

describe('bank CSV bad input', () => {
  const bank = profile({});

  it('refuses an unbalanced quote with the file, line and column', async () => {
    const text = ['Datum;Text;Betrag', '01.02.2024;"Miete;-1,00', '02.02.2024;Gehalt;2,00'].join('\n');
    const { error } = await read('broken.csv', text, [bank]);
    expect(error).toMatchObject({ code: 'csv_invalid', file: 'broken.csv', line: 2, column: 12 });
    expect(error?.message).toBe(
      'Line 2: the file has a quoted field that never closes (unbalanced quote at column 12).',
    );
  });

  it('rejects a row cut short with its line and cell count; a row with extra trailing cells still reads', async () => {
    const text = ['Datum;Text;Betrag', '01.02.2024;Miete', '02.02.2024;Gehalt;2,00;;extra', ''].join('\n');
    const semicolon = profile({ csv: { delimiter: ';', quote: '"', header: { find: ['Datum', 'Betrag'] } } });
    const { totals, rejections, error } = await read('ragged.csv', text, [semicolon]);
    expect(error).toBeNull();
    expect(totals).toMatchObject({ rows: 2, imported: 1, rejected: 1, net_minor: { EUR: 200 } });
    expect(rejections).toEqual([
      expect.objectContaining({
        line: 2,
        code: 'row_short',
        message: 'Line 2: has 2 cells; the header has at least 3',
      }),
    ]);
  });

  it('rejects an impossible date (30.02.2024) with its line, keeping the other rows', async () => {
    const text = ['Datum;Text;Betrag', '30.02.2024;Miete;-1,00', '29.02.2024;Gehalt;2,00'].join('\n');
    const { totals, rejections } = await read('dates.csv', text, [bank]);
    expect(totals).toMatchObject({ rows: 2, imported: 1, rejected: 1 });
    expect(rejections).toEqual([
      expect.objectContaining({
        line: 2,
        code: 'date_invalid',
        message: 'Line 2: Datum "30.02.2024" is not a real date',
      }),
    ]);
  });

  it('never guesses an ambiguous 1,234: rejected without a thousands rule, read as the profile declares', async () => {
    const text = 'Datum,Betrag\n01.02.2024,"1,234"\n';
    const plain = profile({ amountFormat: { decimal: '.' } });
    const rejected = await read('ambiguous.csv', text, [plain]);
    expect(rejected.totals).toMatchObject({ imported: 0, rejected: 1 });
    expect(rejected.rejections[0]?.message).toBe('Line 2: Betrag "1,234" "1,234" is not an amount');
    const decimalComma = await read('ambiguous.csv', text, [profile({})]);
    expect(decimalComma.rejections[0]?.message).toBe('Line 2: Betrag "1,234" has 3 decimals; the currency allows 2');
    const thousands = await read('ambiguous.csv', text, [
      profile({ amountFormat: { decimal: '.', thousands: [','] } }),
    ]);
    expect(thousands.totals).toMatchObject({ imported: 1, rejected: 0, net_minor: { EUR: 123400 } });
  });

  it('refuses a 0-byte file as empty, naming it', async () => {
    const { error } = await read('empty.csv', '', [bank]);
    expect(error).toEqual({ code: 'file_empty', message: 'The file is empty.', file: 'empty.csv' });
  });

  it('refuses a one-column file under a delimiter-sniffing profile with a clear message', async () => {
    const { error } = await read('one.csv', 'Datum\n01.02.2024\n', [bank], 'test-bank');
    expect(error).toMatchObject({ code: 'delimiter_unknown', file: 'one.csv' });
  });
});

describe('a header that names a column twice', () => {
  const TWICE = ['Datum;Betrag;Text;Saldo;Betrag', '01.02.2024;-1.234,56;Miete;765,44;-99,00', ''].join('\n');

  it('is refused when the profile reads that column, naming both positions', async () => {
    const { totals, error } = await read('bank.csv', TWICE, [profile({})]);
    expect(totals).toBeNull();
    expect(error).toMatchObject({ code: 'column_repeated', line: 1 });
    expect(error?.message).toBe(
      "The column 'Betrag' appears twice, at columns 2 and 5; the profile must say which one it reads (header.repeated).",
    );
  });

  it('reads the occurrence the profile names', async () => {
    const second = profile({
      csv: { delimiter: ';', quote: '"', header: { find: ['Datum', 'Betrag'], repeated: { Betrag: 2 } } },
    });
    const { totals, error } = await read('bank.csv', TWICE, [second]);
    expect(error).toBeNull();
    expect(totals).toMatchObject({ imported: 1, rejected: 0, net_minor: { EUR: -9900 } });
    const first = profile({
      csv: { delimiter: ';', quote: '"', header: { find: ['Datum', 'Betrag'], repeated: { Betrag: 1 } } },
    });
    expect((await read('bank.csv', TWICE, [first])).totals?.net_minor).toEqual({ EUR: -123456 });
  });

  it('still reads when the repeated name is one the profile does not read, or empty from trailing delimiters', async () => {
    const text = ['Datum;Betrag;Text;Text;;;', '01.02.2024;-1.234,56;Miete;Februar;;;', ''].join('\n');
    const { totals, error } = await read('bank.csv', text, [profile({})]);
    expect(error).toBeNull();
    expect(totals).toMatchObject({ imported: 1, rejected: 0, net_minor: { EUR: -123456 } });
  });
});
