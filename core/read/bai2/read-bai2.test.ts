import { describe, expect, it } from 'vitest';
import { controlStatus } from '../../import/types.ts';
import type { Profile } from '../../profile/types.ts';
import { DocumentError } from '../document.ts';
import { BAI2_COLUMNS, readBai2Document } from './document.ts';
import { splitBai2Records } from './records.ts';

const read = (text: string) => readBai2Document(text, {} as Profile);
const cells = (text: string, name: (typeof BAI2_COLUMNS)[number]) =>
  read(text).rows.map((row) => row.cells[BAI2_COLUMNS.indexOf(name)]);

// Account total: 03 amounts 100000 + 20000 + 5000 (on the 88) + details 2500 + 1000 + 300 = 128800.
const FILE = [
  '01,BANK,CUSTOMER,240301,0800,7,80,1,2/',
  '02,CUSTOMER,BANK,1,240229,2359,GBP,2/',
  '03,12345678,,010,100000,,,015,20000,,,/',
  '88,040,5000,,/',
  '16,195,2500,V,240301,,BANKREF1,CUSTREF1,WIRE FROM ACME, LTD',
  '88,INVOICE 12/2024 / FINAL',
  '16,409,1000,S,500,300,200,BANKREF2,,CHEQUE 1001/',
  '16,475,300,D,2,0,100,1,200,,,',
  '88,PAID CHECK/',
  '49,128800,8/',
  '98,128800,1,10/',
  '99,128800,1,12/',
].join('\r\n');

describe('splitBai2Records', () => {
  it('splits records sharing a line after "/", joins 88s and lines that only wrap a record', () => {
    const records = splitBai2Records(
      '01,A,B,240301,0800,1,,,2/   02,B,A,1,240301,,USD,2/\n16,142,2500,Z,,,ACH SETL 111\n222   /\n88,MORE/',
    );
    expect(records.map((record) => [record.code, record.line, record.segments, record.records])).toEqual([
      ['01', 1, ['A,B,240301,0800,1,,,2'], 1],
      ['02', 1, ['B,A,1,240301,,USD,2'], 1],
      ['16', 2, ['142,2500,Z,,,ACH SETL 111222', 'MORE'], 2],
    ]);
  });

  it('keeps a "/" inside text that no record follows', () => {
    expect(splitBai2Records('01,A/\n88,ADDRESS:=2/AV MAIN 3/MX\n88,/MEXICO ;')[0]?.segments).toEqual([
      'A',
      'ADDRESS:=2/AV MAIN 3/MX',
      '/MEXICO ;',
    ]);
  });
});

describe('readBai2Document', () => {
  const document = read(FILE);

  it('reads every 16 detail, signed by its type code, in minor units of the currency', () => {
    expect(document.entries).toBe(3);
    expect(document.problems).toEqual([]);
    expect(cells(FILE, 'amount')).toEqual(['25.00', '-10.00', '-3.00']);
    expect(cells(FILE, 'direction')).toEqual(['credit', 'debit', 'debit']);
    expect(document.net_minor).toEqual({ GBP: 2500 - 1000 - 300 });
    expect(document.rows.map((row) => row.line)).toEqual([5, 7, 8]);
  });

  it('reads funds types with their extra fields, references and text across 88 continuations', () => {
    expect(cells(FILE, 'funds_type')).toEqual([
      'V 2024-03-01',
      'S immediate 500, one-day 300, later 200',
      'D 0 days 100, 1 days 200',
    ]);
    expect(cells(FILE, 'value_date')).toEqual(['2024-03-01', '', '']);
    expect(cells(FILE, 'bank_reference')).toEqual(['BANKREF1', 'BANKREF2', '']);
    expect(cells(FILE, 'customer_reference')).toEqual(['CUSTREF1', '', '']);
    expect(cells(FILE, 'text')).toEqual(['WIRE FROM ACME, LTD INVOICE 12/2024 / FINAL', 'CHEQUE 1001', 'PAID CHECK']);
    expect(cells(FILE, 'as_of')).toEqual(['2024-02-29', '2024-02-29', '2024-02-29']);
  });

  it('checks the 49, 98 and 99 control totals and record counts, 03 summaries included', () => {
    expect(controlStatus(document.controls)).toBe('holds');
    expect(document.controls.map((check) => check.stated)).toEqual([
      'total 1288.00 / records 8',
      'total 1288.00 / accounts 1 / records 10',
      'total 1288.00 / groups 1 / records 12',
    ]);
    expect(document.metadata).toMatchObject({ opening_ledger_balance: '1000.00 GBP', account: '12345678' });
  });

  it('shows both figures when a trailer disagrees with the body', () => {
    const wrong = read(FILE.replace('49,128800,8/', '49,128801,9/'));
    expect(controlStatus(wrong.controls)).toBe('mismatch');
    expect(wrong.controls[0]).toEqual({
      label: 'account 12345678 (49): control total, count, records',
      stated: 'total 1288.01 / records 9',
      computed: 'total 1288.00 / records 8',
      holds: false,
    });
    expect(wrong.entries).toBe(3);
  });

  it('reads a summary whose fields run on into an 88 after an extra empty field, and a blank 49 total', () => {
    const text = FILE.replace(
      '03,12345678,,010,100000,,,015,20000,,,/',
      '03,12345678,,010,100000,,,015,20000,,,,/',
    ).replace('49,128800,8/', '49,,8/');
    expect(controlStatus(read(text).controls)).toBe('holds');
    expect(read(text).controls[0]?.stated).toBe('total blank / records 8');
  });

  it("reads several groups, each account in its own currency or BAI2's default USD", () => {
    const text = [
      '01,BANK,CUST,240301,0800,7,,,2/',
      '02,CUST,BANK,1,240301,,,2/',
      '03,111,,010,500,,/',
      '16,142,100,0,,,ACH/',
      '49,600,3/',
      '98,600,1,5/',
      '02,CUST,BANK,1,240302,,JPY,2/',
      '03,222,,/',
      '16,451,700,,,,FEE/',
      '49,700,3/',
      '98,700,1,5/',
      '99,1300,2,12/',
    ].join('\n');
    const document = read(text);
    expect(document.net_minor).toEqual({ USD: 100, JPY: -700 });
    expect(cells(text, 'amount')).toEqual(['1.00', '-700']);
    expect(controlStatus(document.controls)).toBe('holds');
    expect(document.metadata).toMatchObject({ groups: '2', period_start: '2024-03-01', period_end: '2024-03-02' });
  });

  it('rejects a detail whose type code is neither a credit nor a debit, keeping the rest', () => {
    const text = FILE.replace('16,475,300', '16,890,300');
    expect(read(text).problems).toEqual([
      {
        line: 8,
        message: '16 record type code "890" is neither a credit (100–399) nor a debit (400–699)',
        raw: '890,300,,,PAID CHECK',
      },
    ]);
    expect(read(text).rows).toHaveLength(2);
  });

  it('refuses a file that is not laid out as BAI2', () => {
    const refusal = (text: string) => {
      try {
        read(text);
        return 'read';
      } catch (error) {
        if (error instanceof DocumentError) return `${error.line ?? '-'}: ${error.message}`;
        throw error;
      }
    };
    expect(refusal(FILE.split('\r\n').slice(0, -1).join('\n'))).toBe('-: is cut short: it has no 99 file trailer');
    expect(refusal(FILE.replace('03,12345678', '17,12345678'))).toBe(
      '3: has a record of type 17, which BAI2 does not have',
    );
    expect(refusal(FILE.split('\r\n').slice(1).join('\n'))).toBe('1: does not start with a BAI2 01 file header record');
    expect(refusal(FILE.replace('03,12345678,,', '49,1,1/\n03,12345678,,'))).toBe(
      '3: has a 49 account trailer with no 03 account record open',
    );
  });
});
