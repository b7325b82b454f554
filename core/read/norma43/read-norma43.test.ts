import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { imported } from '../../../test/producers/import-records.ts';
import { controlStatus } from '../../import/types.ts';
import type { Profile } from '../../profile/types.ts';
import { DocumentError } from '../document.ts';
import { NORMA43_COLUMNS, readNorma43Document } from './document.ts';

const BYTES = new Uint8Array(fs.readFileSync(new URL('./fixtures/two-accounts.n43', import.meta.url)));
const FILE = new TextDecoder('windows-1252').decode(BYTES);
const LINES = FILE.split('\r\n');

const read = (text: string) => readNorma43Document(text, {} as Profile);
const cells = (text: string, name: (typeof NORMA43_COLUMNS)[number]) =>
  read(text).rows.map((row) => row.cells[NORMA43_COLUMNS.indexOf(name)]);
/** The fixture with line `index` (0-based) replaced by `line`. */
const withLine = (index: number, line: string) => LINES.map((text, at) => (at === index ? line : text)).join('\r\n');
const overwrite = (text: string, start: number, value: string) =>
  text.slice(0, start - 1) + value + text.slice(start - 1 + value.length);

describe('readNorma43Document', () => {
  const document = read(FILE);

  it('reads every 22 movement, debits negative, in its account currency', () => {
    expect(document.entries).toBe(5);
    expect(document.problems).toEqual([]);
    expect(cells(FILE, 'amount')).toEqual(['-45.10', '1250.00', '-3.50', '92.37', '500.00']);
    expect(cells(FILE, 'currency')).toEqual(['EUR', 'EUR', 'EUR', 'EUR', 'USD']);
    expect(document.net_minor).toEqual({ EUR: -4510 + 125000 - 350 + 9237, USD: 50000 });
    expect(document.rows.map((row) => row.line)).toEqual([2, 4, 7, 8, 12]);
  });

  it('reads YYMMDD dates, concepts, references and the 24 equivalence', () => {
    expect(cells(FILE, 'operation_date')).toEqual([
      '2024-03-04',
      '2024-03-05',
      '2024-03-15',
      '2024-03-20',
      '2024-03-28',
    ]);
    expect(cells(FILE, 'value_date')[1]).toBe('2024-03-06');
    expect(cells(FILE, 'concepts')).toEqual([
      'IBERDROLA CLIENTES SAU FACTURA 2024-03-0042',
      'TRANSFERENCIA DE ACME IBERICA SA CONCEPTO FRA 118 MARZO',
      '',
      '',
      '',
    ]);
    expect(cells(FILE, 'concept_name')[2]).toBe('Intereses - comisiones - custodia - gastos e impuestos');
    expect(cells(FILE, 'reference_1')[0]).toBe('000012345678');
    expect(cells(FILE, 'reference_2')[1]).toBe('TRANSF FRA 118');
    expect(cells(FILE, 'document')[0]).toBe('');
    expect([cells(FILE, 'original_currency')[3], cells(FILE, 'original_amount')[3]]).toEqual(['USD', '100.00']);
    expect(cells(FILE, 'account')[4]).toBe('2100 0418 0200099999');
  });

  it('checks each 33 trailer and the 88 record count against the movements', () => {
    expect(controlStatus(document.controls)).toBe('holds');
    expect(document.controls).toEqual([
      {
        label: 'account 2100 0418 0200051332 (33): debit and credit entries',
        stated: 'debits 2 = 48.60 / credits 2 = 1342.37',
        computed: 'debits 2 = 48.60 / credits 2 = 1342.37',
        holds: true,
      },
      {
        label: 'account 2100 0418 0200051332 (33): opening + credits − debits = closing',
        stated: '2793.77',
        computed: '2793.77',
        holds: true,
      },
      expect.objectContaining({ stated: 'debits 0 = 0.00 / credits 1 = 500.00', holds: true }),
      // A debtor opening balance (mark 1) is negative: -200.00 + 500.00.
      expect.objectContaining({ stated: '300.00', computed: '300.00', holds: true }),
      { label: 'file (88): records', stated: '13', computed: '13', holds: true },
    ]);
    expect(document.metadata).toMatchObject({
      accounts: '2',
      holder: 'CONSTRUCCIONES PEÑA SL',
      period_start: '2024-03-01',
      period_end: '2024-03-31',
      opening_balance: '1500.00 EUR',
      closing_balance: '300.00 USD',
    });
    expect(document.warnings).toEqual([]);
  });

  it('shows both figures when a closing balance disagrees with the movements', () => {
    const checks = read(withLine(9, overwrite(LINES[9] ?? '', 60, '00000000279477'))).controls;
    expect(checks[1]).toMatchObject({ stated: '2794.77', computed: '2793.77', holds: false });
  });

  it('rejects a movement whose mark is neither 1 nor 2, and its trailer no longer holds', () => {
    const broken = read(withLine(6, overwrite(LINES[6] ?? '', 28, '3')));
    expect(broken.entries).toBe(5);
    expect(broken.rows).toHaveLength(4);
    expect(broken.problems).toEqual([
      { line: 7, message: '22 movement has a debit/credit mark that is neither 1 (debit) nor 2 (credit)', raw: '' },
    ]);
    expect(controlStatus(broken.controls)).toBe('mismatch');
  });

  it('reads records written back to back, or with trailing spaces trimmed, the same', () => {
    expect(cells(LINES.join(''), 'amount')).toEqual(cells(FILE, 'amount'));
    expect(read(LINES.map((line) => line.trimEnd()).join('\n')).controls).toEqual(document.controls);
  });

  it('warns when an account has no 33 trailer or the file no 88 record', () => {
    const cut = read(LINES.slice(0, 9).join('\r\n'));
    expect(cut.rows).toHaveLength(4);
    expect(cut.controls).toEqual([]);
    expect(cut.warnings?.map((item) => [item.code, item.line])).toEqual([
      ['norma43_no_trailer', 1],
      ['norma43_no_end', undefined],
    ]);
  });

  it('refuses a text with no 11 header', () => {
    expect(() => read('hello\nworld')).toThrow(DocumentError);
  });
});

describe('a Norma 43 file imported with the built-in profiles', () => {
  it('is detected as aeb-norma43 and every movement imported, controls holding', async () => {
    const { summary, records } = await imported('extracto.n43', BYTES);
    expect(summary).toMatchObject({ profile_id: 'aeb-norma43', rejected: 0, entries: 5, control_status: 'holds' });
    expect(summary.net_minor).toEqual({ EUR: 129377, USD: 50000 });
    expect(records.map((record) => [record.kind, record.amount_minor, record.currency, record.booked_on])).toEqual([
      ['payout', -4510, 'EUR', '2024-03-04'],
      ['payment', 125000, 'EUR', '2024-03-05'],
      ['payout', -350, 'EUR', '2024-03-15'],
      ['payment', 9237, 'EUR', '2024-03-20'],
      ['payment', 50000, 'USD', '2024-03-28'],
    ]);
    expect(records[0]?.description).toBe('IBERDROLA CLIENTES SAU FACTURA 2024-03-0042');
    expect(records[2]?.description).toBe('Intereses - comisiones - custodia - gastos e impuestos');
    expect(records[1]?.order_ref).toBe('TRANSF FRA 118');
  });
});
