// Bank tables the generic statement reader maps by their values rather than their header names:
// files without a header row, money headers spread over two cells, dates that read both day first
// and month first, amounts stored behind Excel's text apostrophe. Each is read right, with the
// mapping's warnings, or refused naming the question it leaves open.
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { validateProfile } from '../profile/validate.ts';
import { suggestFromFile } from './generic-reader.ts';
import { createSha256 } from './hash.ts';
import { readFile } from './read-file.ts';
import { bytesSource, controlStatus, type ReadTotals } from './types.ts';
import type { Issue } from '../result.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

async function read(name: string, text: string | Uint8Array, currency?: string) {
  let totals: ReadTotals | null = null;
  let error: Issue | null = null;
  const options = { profiles: [], createHasher: createSha256, ...(currency ? { currency } : {}) };
  const bytes = typeof text === 'string' ? utf8(text) : text;
  for await (const event of readFile(bytesSource(name, bytes), options)) {
    if (event.type === 'end') totals = event.totals;
    if (event.type === 'error') error = event.issue;
  }
  return { totals, error };
}

const codes = (totals: ReadTotals | null) => totals?.warnings.map((said) => said.code) ?? [];

it('maps a header-less export by its values: dates, a signed decimal-comma amount, a currency column', async () => {
  const text =
    'AT611904300234573201;Miete Februar;01.02.2024;01.02.2024;-850,00;EUR\r\n' +
    'AT611904300234573201;Gehalt;28.02.2024;29.02.2024;+3.120,45;EUR\r\n' +
    'AT611904300234573201;Kartenzahlung, Supermarkt;29.02.2024;29.02.2024;-64,10;EUR\r\n';
  const { totals, error } = await read('umsaetze.csv', text);
  expect(error).toBeNull();
  expect(totals).toMatchObject({ rows: 3, imported: 3, rejected: 0, entries: 3, net_minor: { EUR: 220635 } });
  const mapped = totals?.warnings.find((said) => said.code === 'suggested_no_header')?.message;
  expect(mapped).toContain('Column 3 booking date, Column 4 value date, Column 5 signed amount, Column 6 currency');
  const draft = await suggestFromFile(bytesSource('umsaetze.csv', utf8(text)));
  if (!draft.ok) throw new Error(draft.issues[0]?.message);
  const checked = validateProfile(JSON.parse(JSON.stringify(draft.value.profile)));
  expect(checked.ok).toBe(true);
  expect(draft.value.profile.csv?.header.find).toEqual([]);
});

it('tells the credit column of a header-less debit/credit pair by the running balance, newest first', async () => {
  const text =
    '03/05/2024,PAYROLL DEPOSIT,,1500.00,1620.35\n' +
    '03/04/2024,GROCERY STORE,45.10,,120.35\n' +
    '03/02/2024,COFFEE SHOP,4.55,,165.45\n' +
    '03/01/2024,BOOKSHOP,30.00,,170.00\n';
  const { totals, error } = await read('accountactivity.csv', text, 'CAD');
  expect(error).toBeNull();
  expect(totals).toMatchObject({ entries: 4, rejected: 0, net_minor: { CAD: 142035 } });
  expect(controlStatus(totals?.controls ?? [])).toBe('holds');
  // Read day first these dates would span two months; month first, four days.
  expect(codes(totals)).toContain('suggested_date_order');
});

it('refuses a header-less debit/credit pair no running balance tells apart', async () => {
  const text = '2024-03-01,BOOKSHOP,30.00,\n2024-03-02,REFUND,,12.00\n2024-03-04,COFFEE,4.55,\n';
  const { error } = await read('activity.csv', text, 'USD');
  expect(error?.code).toBe('profile_question');
  expect(error?.message).toContain('which of columns 3 and 4 holds the credits');
});

it('reads a semicolon file whose decimal commas outnumber its separators on ragged rows', async () => {
  const text =
    'Kontonummer;Buchungsdatum;Valutadatum;Waehrung;Betrag;Buchungstext\n' +
    '12345;2024-03-01;2024-03-01;EUR;150,00;"Gutschrift";"Text A";"REF 1"\n' +
    '12345;2024-03-04;2024-03-04;EUR;-20,50;"Lastschrift"\n' +
    '12345;2024-03-05;2024-03-05;EUR;0,00;"Mitteilung";"Zins 0,60 %";"ab 01.03.2024";"Details"\n';
  const { totals, error } = await read('umsatzliste.csv', text);
  expect(error).toBeNull();
  expect(totals).toMatchObject({ entries: 3, rejected: 0, net_minor: { EUR: 12950 } });
});

it('reads a money header spread over a currency code and its figure, skipping rows that move no cash', async () => {
  const text =
    'Datum,Omschrijving,Mutatie,,Saldo,\n' +
    '05-03-2024,Dividendbelasting,USD,"-0,18",USD,"1,02"\n' +
    '05-03-2024,Dividend,USD,"1,20",USD,"1,20"\n' +
    '04-03-2024,Conversie geldmarktfonds,,,EUR,"250,00"\n' +
    '04-03-2024,Storting,EUR,"250,00",EUR,"250,00"\n';
  const { totals, error } = await read('account.csv', text);
  expect(error).toBeNull();
  expect(totals).toMatchObject({ rows: 3, entries: 3, rejected: 0, net_minor: { EUR: 25000, USD: 102 } });
  expect(codes(totals)).toContain('suggested_no_amount_rows');
});

it('reads amounts kept as text behind an apostrophe, the currency from their symbol', async () => {
  const text =
    'REF,DESCRIPTION,DEBIT,CREDIT,BALANCE,DATE\n' +
    `1,RENT,"'1.200,00 USD",,"'USD 3.800,00",2024-03-01\n` +
    `2,SALARY,,"'2.500,00 USD","'6.300,00 USD",2024-03-02\n`;
  const { totals, error } = await read('statement.csv', text);
  expect(error).toBeNull();
  expect(totals).toMatchObject({ entries: 2, rejected: 0, net_minor: { USD: 130000 } });
  expect(controlStatus(totals?.controls ?? [])).toBe('holds');
});

it('never takes a header-less column as the amount on its sign alone: an overdrawn balance beside unsigned amounts is asked about', async () => {
  const text = '2024-03-01;Miete;850,00;-120,00\n2024-03-02;Strom;64,10;-184,10\n2024-03-04;Bäcker;3,20;-187,30\n';
  const { totals, error } = await read('konto.csv', text, 'EUR');
  expect(totals).toBeNull();
  expect(error?.message).toContain("which column holds the entry's amount (column 4)");
});

it('checks a header-less balance column that shows the balance before each entry', async () => {
  const text =
    '01-03-2024,NL00BANK0123456789,130.44,223.77,Salaris\n' +
    '02-03-2024,NL00BANK0123456789,354.21,-200.00,Creditcard\n' +
    '05-03-2024,NL00BANK0123456789,154.21,-2.20,Kosten\n';
  const { totals, error } = await read('transacties.csv', text, 'EUR');
  expect(error).toBeNull();
  expect(totals).toMatchObject({ entries: 3, rejected: 0, net_minor: { EUR: 2157 } });
  expect(controlStatus(totals?.controls ?? [])).toBe('holds');
});

it('reads a date column written in two layouts with both, and skips items not booked yet', async () => {
  const text =
    'Tranzakció időpontja;Könyvelés dátuma;Közlemény;Összeg;Devizanem\n' +
    '2024-01-02 09:15:00;2024-01-02;SPAR;-4990;HUF\n' +
    '2024-01-07T18:45:00.000Z;2024-01-07;MOL;-15500,50;HUF\n' +
    '2024-01-20 00:00:00;;Függő tétel;-999;HUF\n';
  const { totals, error } = await read('szamlatortenet.csv', text);
  expect(error).toBeNull();
  expect(totals).toMatchObject({ rows: 2, entries: 2, rejected: 0, net_minor: { HUF: -2049050 } });
  expect(codes(totals)).toEqual(expect.arrayContaining(['suggested_date_formats', 'suggested_unbooked_rows']));
});

it('keeps pending items as entries when the file states each item’s state', async () => {
  const text =
    'Started Date,Completed Date,Description,Amount,Currency,State\n' +
    '2024-01-02 12:16:54,2024-01-02 12:16:55,Transfer,-250.00,EUR,COMPLETED\n' +
    '2024-01-09 08:00:00,,Card payment,-12.40,EUR,PENDING\n';
  const { totals } = await read('account-statement.csv', text);
  expect(totals).toMatchObject({ entries: 2, rejected: 0, net_minor: { EUR: -26240 } });
  expect(codes(totals)).not.toContain('suggested_unbooked_rows');
});

it('skips the rows a workbook hides under the header, naming their lines', async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Account history');
  sheet.addRow(['Booking date', 'Description', 'Amount', 'Currency']);
  sheet.addRow(['2024-01-02', 'Groceries', -49.9, 'EUR']);
  sheet.addRow(['2024-01-03', 'Hidden draft', -7777, 'EUR']);
  sheet.addRow(['2024-01-05', 'Salary', 2450, 'EUR']);
  sheet.getRow(3).hidden = true;
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  const { totals, error } = await read('history.xlsx', bytes);
  expect(error).toBeNull();
  expect(totals).toMatchObject({ rows: 2, entries: 2, rejected: 0, net_minor: { EUR: 240010 } });
  expect(totals?.warnings.find((said) => said.code === 'suggested_hidden_rows')?.message).toContain('(line 3)');
});
