import fs from 'node:fs';
import path from 'node:path';
import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../core/index.ts';
import { bytesSource } from '../../core/import/types.ts';

const CONTEXT = { progress: () => {}, cancelled: () => false };
// Written by `recondesk reconcile --workspace` before workspaces kept profile versions (schema 1).
const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/workspace-schema-1.sqlite');

describe('a workspace written before profile versions were kept', () => {
  it('opens with its imports, takes a profile library, and pins what is imported from then on', async () => {
    const engine = createHandlers({ sqlJs: await initSqlJs() });
    const opened = await engine['workspace/open']({ bytes: new Uint8Array(fs.readFileSync(FIXTURE)) }, CONTEXT);
    // Its audit trail starts empty (and verifies) when the workspace is migrated.
    expect(opened).toEqual({
      ok: true,
      value: { imports: 2, runs: 1, audit: { entries: 0, head: '0'.repeat(64), intact: true } },
    });
    const before = await engine['import/list']({}, CONTEXT);
    expect(before.map((entry) => [entry.profile_id, entry.profile_hash])).toEqual([
      ['nl-ing', undefined],
      ['orders-basic', undefined],
    ]);
    const pinned = await engine['profiles/pinned']({ import_id: before[0]?.import_id ?? 0 }, CONTEXT);
    expect(pinned.ok ? '' : pinned.issues[0]?.code).toBe('profile_not_kept');

    const draft = await engine['profiles/duplicate']({ reference: 'nl-ing', id: 'my-ing' }, CONTEXT);
    if (!draft.ok) throw new Error('duplicated');
    expect((await engine['profiles/save']({ version: draft.value }, CONTEXT)).ok).toBe(true);
    const orders = path.resolve(import.meta.dirname, '../../samples/orders.csv');
    const file = bytesSource('orders-again.csv', new Uint8Array(fs.readFileSync(orders)));
    const imported = await engine['import/file']({ file, on_overlap: 'allow' }, CONTEXT);
    expect(imported.ok && imported.value.profile_hash).toMatch(/^[0-9a-f]{64}$/);
    const saved = await engine['workspace/export']({}, CONTEXT);
    const again = createHandlers({ sqlJs: await initSqlJs() });
    expect((await again['workspace/open']({ bytes: saved }, CONTEXT)).ok).toBe(true);
    const mine = (await again['profiles/list']({}, CONTEXT)).find((entry) => entry.id === 'my-ing');
    expect(mine).toMatchObject({ origin: 'user', status: 'draft', version: 1 });
  });
});
