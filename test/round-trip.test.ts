// The converter is round-trip safe: a file converted to canonical CSV, XLSX, JSON or NDJSON and imported again gives
// the same records (only the trace differs: it points at the canonical file).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CanonicalRecord } from '../core/canonical/record.ts';
import { bytesSource, type ImportSummary } from '../core/import/types.ts';
import type { EngineHandlers, HandlerContext } from '../core/rpc/contract.ts';
import { createHandlers } from '../core/rpc/handlers.ts';
import { sharedPath } from './shared-folder.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const CONTEXT: HandlerContext = { progress: () => {}, cancelled: () => false };
const FILES = [
  path.join(HERE, '../samples/alipay.csv'),
  path.join(HERE, '../samples/wechat.csv'),
  path.join(HERE, '../samples/orders.csv'),
  // A real bank statement where ../shared is there; the samples alone otherwise.
  ...[
    sharedPath('realworld/mt940/dresdner-commerzbank-sepa_betterplace_wolph.sta', 'test/round-trip.test.ts (MT940)'),
  ].filter((file): file is string => file !== null),
];

let sqlJs: SqlJsStatic;
beforeAll(async () => {
  sqlJs = await initSqlJs();
});

async function importBytes(
  engine: EngineHandlers,
  name: string,
  bytes: Uint8Array,
  onOverlap: 'refuse' | 'allow' = 'refuse',
): Promise<ImportSummary> {
  const result = await engine['import/file']({ file: bytesSource(name, bytes), on_overlap: onOverlap }, CONTEXT);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

async function records(engine: EngineHandlers, importId: number): Promise<Omit<CanonicalRecord, 'trace'>[]> {
  const bytes = await engine['convert/import']({ import_id: importId, to: 'ndjson' }, CONTEXT);
  return new TextDecoder()
    .decode(bytes)
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const { trace: _trace, ...record } = JSON.parse(line) as CanonicalRecord;
      return record;
    });
}

const TARGETS = [
  { to: 'csv', profile: 'recondesk-canonical' },
  { to: 'xlsx', profile: 'recondesk-canonical' },
  { to: 'json', profile: 'recondesk-canonical-json' },
  { to: 'ndjson', profile: 'recondesk-canonical-ndjson' },
] as const;

describe.each(TARGETS)('canonical $to round trip', ({ to, profile }) => {
  it.each(FILES)(`%s → canonical ${to} → the same records`, async (file) => {
    const engine = createHandlers({ sqlJs });
    const original = await importBytes(engine, path.basename(file), new Uint8Array(fs.readFileSync(file)));
    const converted = await engine['convert/import']({ import_id: original.import_id, to }, CONTEXT);
    // The converted file is the same statement: kept beside the original only because we ask.
    const again = await importBytes(engine, `canonical.${to}`, converted, 'allow');
    expect(again.overlaps_with).toEqual([original.import_id]);
    expect(again.profile_id).toBe(`${profile}-${original.side}`);
    expect(again).toMatchObject({ rejected: 0, records: original.records });
    const before = await records(engine, original.import_id);
    expect(before.length).toBeGreaterThan(0);
    expect(await records(engine, again.import_id)).toEqual(before);
  });
});
