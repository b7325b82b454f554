// Brazilian banks' OFX downloads (Itaú, Bradesco, Banco do Brasil): SGML 1.0.2 with CHARSET:1252
// memos in Portuguese, BRL, and times at -03:00 that the header names EST.
import fs from 'node:fs';
import { expect, it } from 'vitest';
import { imported } from './import-records.ts';

it('reads an Itaú OFX extract with Windows-1252 memos and its -03:00 times', async () => {
  const bytes = new Uint8Array(fs.readFileSync(new URL('./fixtures/itau-extrato.ofx', import.meta.url)));
  const { summary, records } = await imported('Extrato.ofx', bytes);
  expect(summary).toMatchObject({ profile_id: 'ofx-statement', rejected: 0, entries: 3, net_minor: { BRL: 229975 } });
  expect(records.map((record) => [record.amount_minor, record.currency, record.description])).toEqual([
    [-15035, 'BRL', 'PAG BOLETO CONCESSIONÁRIA ELÉTRICA'],
    [250000, 'BRL', 'PIX RECEBIDO JOÃO SÃO PAULO'],
    [-4990, 'BRL', 'TAR PACOTE SERVIÇOS'],
  ]);
  expect(records[0]?.booked_on).toBe('2024-01-05');
});
