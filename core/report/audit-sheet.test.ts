import initSqlJs from 'sql.js';
import { describe, expect, test } from 'vitest';
import { auditEntries } from '../ledger/audit.ts';
import { verifyAuditChain } from '../ledger/audit-chain.ts';
import { markReady } from '../ledger/signoff.ts';
import { migrate } from '../store/schema.ts';
import { read, sheetOf } from './test-read-back.ts';
import { sampleInput } from './test-input.ts';

const sqlJs = await initSqlJs();

function trail() {
  const db = new sqlJs.Database();
  migrate(db, 'main');
  markReady(db, { from: '2024-03-01', to: '2024-03-31' }, { user: 'li.wei', at: '2024-04-01T09:00:00+08:00' });
  const audit = { entries: auditEntries(db), chain: verifyAuditChain(db) };
  db.close();
  return audit;
}

describe('the Audit sheet', () => {
  test('prints the entry count, the chain head and its verdict, then every entry', async () => {
    const audit = trail();
    const sheet = sheetOf(await read({ ...sampleInput(), audit }), 'Audit');
    expect(sheet.getCell('B2').value).toBe(1);
    expect(sheet.getCell('B3').value).toBe(audit.chain.head);
    expect(sheet.getCell('B4').value).toBe('intact');
    expect(sheet.getRow(7).values).toEqual([undefined, '#', 'Time', 'User', 'Action', 'Subject', 'Detail', 'Hash']);
    const entry = sheet.getRow(8);
    expect([1, 3, 4, 5, 7].map((column) => entry.getCell(column).value)).toEqual([
      1,
      'li.wei',
      'signoff.ready',
      '2024-03-01..2024-03-31',
      audit.chain.head,
    ]);
    expect(String(entry.getCell(6).value)).toContain('"chain_entries":0');
  });

  test('prints one page wide, landscape, its header row on every page', async () => {
    const sheet = sheetOf(await read({ ...sampleInput(), audit: trail() }), 'Audit');
    expect(sheet.pageSetup).toMatchObject({ fitToPage: true, fitToWidth: 1, fitToHeight: 0, orientation: 'landscape' });
    expect(sheet.pageSetup.printTitlesRow).toBe('7:7');
  });

  test('says where a chain changed outside ReconDesk breaks, in Chinese too', async () => {
    const audit = {
      ...trail(),
      chain: { entries: 1, head: 'ab', intact: false, broken_at: 1, problem: 'entry #1 was edited' },
    };
    const sheet = sheetOf(await read({ ...sampleInput(), language: 'zh-CN', audit }), '审计记录');
    expect(sheet.getCell('B4').value).toBe('已在 ReconDesk 之外被修改：entry #1 was edited');
  });

  test('the Summary states the masking when it is on, and nothing when off', async () => {
    const masked = sheetOf(await read({ ...sampleInput(), maskPersonalData: true }), 'Summary');
    expect(String(masked.getCell('A2').value)).toMatch(/^Personal data masked: names keep their first character/);
    const plain = sheetOf(await read(sampleInput()), 'Summary');
    expect(String(plain.getCell('A2').value)).not.toMatch(/masked/);
  });
});
