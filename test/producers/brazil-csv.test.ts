// Brazilian bank CSV downloads: Nubank's account statement.
import fs from 'node:fs';
import { expect, it } from 'vitest';
import { imported } from './import-records.ts';

it('reads a Nubank account CSV: signed Valor in BRL, day-first Data, the movement id as reference', async () => {
  const bytes = new Uint8Array(fs.readFileSync(new URL('./fixtures/nubank-conta.csv', import.meta.url)));
  const { summary, records } = await imported('NU_12345678_01JAN2024_31JAN2024.csv', bytes);
  expect(summary).toMatchObject({ profile_id: 'br-nubank-conta', rejected: 0, entries: 3, net_minor: { BRL: 237955 } });
  expect(records.map((record) => [record.booked_on, record.amount_minor])).toEqual([
    ['2024-01-02', 350000],
    ['2024-01-03', -12045],
    ['2024-01-05', -100000],
  ]);
  expect(records[1]).toMatchObject({
    channel_ref: '6594f3a0-8c1e-4e2a-b7d1-2a3b4c5d6e7f',
    description: 'Pagamento de boleto efetuado - CONCESSIONÁRIA DE ENERGIA',
  });
});
