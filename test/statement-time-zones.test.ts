// Producers that write each row's time zone beside its time (Adyen: CET, CDT…): the instant is
// kept with the offset the row states, in the CSV and in the Excel download alike.
import fs from 'node:fs';
import path from 'node:path';
import initSqlJs from 'sql.js';
import { expect, it } from 'vitest';
import type { CanonicalRecord } from '../core/canonical/record.ts';
import { bytesSource } from '../core/import/types.ts';
import type { HandlerContext } from '../core/rpc/contract.ts';
import { createHandlers } from '../core/rpc/handlers.ts';
import { sharedPath } from './shared-folder.ts';

const REAL = sharedPath('realworld/adyen', 'test/statement-time-zones.test.ts') ?? '';
const CONTEXT: HandlerContext = { progress: () => {}, cancelled: () => false };

it.skipIf(!REAL).each([
  ['adyen-settlement-detail_oca.xlsx', '2016-10-20T14:58:48-05:00'],
  ['adyen-settlement-detail-batch380_oca.csv', '+01:00'],
])('%s keeps the offset of each row’s own time zone', async (file, expected) => {
  const engine = createHandlers({ sqlJs: await initSqlJs() });
  const imported = await engine['import/file'](
    { file: bytesSource(file, new Uint8Array(fs.readFileSync(path.join(REAL, file)))) },
    CONTEXT,
  );
  if (!imported.ok) throw new Error(JSON.stringify(imported.issues));
  const ndjson = await engine['convert/import']({ import_id: imported.value.import_id, to: 'ndjson' }, CONTEXT);
  const records = new TextDecoder()
    .decode(ndjson)
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as CanonicalRecord);
  expect(records.length).toBeGreaterThan(0);
  for (const record of records) expect(record.occurred_at).toMatch(/[+-]\d{2}:\d{2}$/);
  expect(records[0]?.occurred_at).toContain(expected);
});
