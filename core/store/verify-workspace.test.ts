import fs from 'node:fs';
import path from 'node:path';
import initSqlJs from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { bytesSource } from '../import/types.ts';
import { createHandlers } from '../rpc/handlers.ts';
import { APPLICATION_ID, SCHEMA_VERSION } from './schema.ts';
import { verifyWorkspace } from './verify-workspace.ts';

const sqlJs = await initSqlJs();
const CONTEXT = { progress: () => {}, cancelled: () => false };
const SAMPLES = path.resolve(import.meta.dirname, '../../samples');

/** A real saved workspace: the sample orders and Alipay bill imported and reconciled once. */
let saved: Uint8Array = new Uint8Array();

beforeAll(async () => {
  const engine = createHandlers({ sqlJs });
  for (const name of ['orders.csv', 'alipay.csv']) {
    const bytes = new Uint8Array(fs.readFileSync(path.join(SAMPLES, name)));
    const imported = await engine['import/file']({ file: bytesSource(name, bytes) }, CONTEXT);
    if (!imported.ok) throw new Error(imported.issues[0]?.message);
  }
  const run = await engine['match/run']({}, CONTEXT);
  if (!run.ok) throw new Error(run.issues[0]?.message);
  saved = await engine['workspace/export']({}, CONTEXT);
});

const pageSize = (bytes: Uint8Array) => ((bytes[16] ?? 0) << 8) | (bytes[17] ?? 0);

describe('verifyWorkspace', () => {
  it('accepts a saved workspace and says what it holds', () => {
    expect(verifyWorkspace(sqlJs, saved)).toEqual({
      ok: true,
      value: {
        schema_version: SCHEMA_VERSION,
        imports: 2,
        runs: 1,
        audit: expect.objectContaining({ intact: true, entries: 3 }),
      },
    });
  });

  it('refuses a file cut short by a crash, naming the pages it lacks', () => {
    const size = pageSize(saved);
    const torn = saved.subarray(0, saved.byteLength - 2 * size);
    const pages = saved.byteLength / size;
    expect(verifyWorkspace(sqlJs, torn)).toEqual({
      ok: false,
      issues: [
        {
          code: 'workspace_torn',
          message: `The workspace is torn (${torn.byteLength} bytes where the header says ${pages} pages of ${size} bytes).`,
        },
      ],
    });
    const midPage = saved.subarray(0, saved.byteLength - 100);
    expect(verifyWorkspace(sqlJs, midPage)).toMatchObject({ ok: false, issues: [{ code: 'workspace_torn' }] });
  });

  it('refuses the SQLite file of another application', () => {
    const other = new sqlJs.Database();
    other.exec("PRAGMA application_id = 1179602516; CREATE TABLE note (text TEXT); INSERT INTO note VALUES ('x')");
    expect(verifyWorkspace(sqlJs, other.export())).toEqual({
      ok: false,
      issues: [{ code: 'workspace_foreign', message: 'The workspace belongs to another application.' }],
    });
    other.close();
  });

  it('refuses a workspace written by a newer version', () => {
    const newer = new sqlJs.Database(saved);
    newer.exec('PRAGMA user_version = 7');
    expect(verifyWorkspace(sqlJs, newer.export())).toEqual({
      ok: false,
      issues: [
        {
          code: 'workspace_newer',
          message: `The workspace was written by a newer ReconDesk (schema 7, this one knows ${SCHEMA_VERSION}).`,
        },
      ],
    });
    newer.close();
  });

  it('refuses a workspace with a damaged page (integrity check)', () => {
    const size = pageSize(saved);
    const damaged = saved.slice();
    // The last page holds records; a b-tree page with a nonsense type byte and cell count.
    damaged.fill(0xa5, damaged.byteLength - size, damaged.byteLength - size + 12);
    const verdict = verifyWorkspace(sqlJs, damaged);
    expect(verdict).toMatchObject({ ok: false, issues: [{ code: 'workspace_damaged' }] });
    expect(verdict.ok ? '' : verdict.issues[0]?.message).toMatch(/^The workspace is damaged \(.+\)\.$/);
  });

  it('refuses bytes that are not SQLite at all, and an empty file', () => {
    const refused = {
      ok: false,
      issues: [{ code: 'workspace_invalid', message: 'The workspace is not a SQLite database.' }],
    };
    expect(verifyWorkspace(sqlJs, new TextEncoder().encode('PK\u0003\u0004'.padEnd(4096, 'x')))).toEqual(refused);
    expect(verifyWorkspace(sqlJs, new Uint8Array())).toEqual(refused);
  });

  it('uses the application id the schema writes', () => {
    const database = new sqlJs.Database(saved);
    expect(database.exec('PRAGMA application_id')[0]?.values[0]?.[0]).toBe(APPLICATION_ID);
    database.close();
  });
});
