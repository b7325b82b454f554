import fs from 'node:fs';
import path from 'node:path';
import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../core/index.ts';

const CONTEXT = { progress: () => {}, cancelled: () => false };
// Written by `recondesk reconcile --workspace` before workspaces were ledgers (schema 1).
const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/workspace-schema-1.sqlite');

describe('a workspace written before it was a ledger', () => {
  it('lists its run without a business day and puts each import on the day its period starts', async () => {
    const engine = createHandlers({ sqlJs: await initSqlJs(), now: () => '2024-03-16T09:00:00.000Z' });
    expect((await engine['workspace/open']({ bytes: new Uint8Array(fs.readFileSync(FIXTURE)) }, CONTEXT)).ok).toBe(
      true,
    );
    const [old] = await engine['ledger/history']({}, CONTEXT);
    expect(old).toMatchObject({ run_id: 1, business_date: null, user: null, ledger: null });

    const day = await engine['ledger/day']({ import_ids: [], date: '2024-03-15' }, CONTEXT);
    expect(day).toEqual({ ok: true, value: { business_date: '2024-03-15', import_ids: [2] } });
    const bank = await engine['ledger/day']({ import_ids: [], date: '2019-12-13' }, CONTEXT);
    expect(bank.ok && bank.value.import_ids).toEqual([1]);
  });
});
