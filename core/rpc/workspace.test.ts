import fs from 'node:fs';
import path from 'node:path';
import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { bytesSource } from '../import/types.ts';
import type { HandlerContext } from './contract.ts';
import { createHandlers } from './handlers.ts';

const sqlJs = await initSqlJs();
const CONTEXT: HandlerContext = { progress: () => {}, cancelled: () => false };
const SAMPLES = path.resolve(import.meta.dirname, '../../samples');
const sample = (name: string) => bytesSource(name, new Uint8Array(fs.readFileSync(path.join(SAMPLES, name))));

describe('workspace/export and workspace/open', () => {
  it('saves a workspace as a SQLite file and opens it again with its imports, runs and findings', async () => {
    const first = createHandlers({ sqlJs });
    for (const name of ['orders.csv', 'alipay.csv', 'wechat.csv']) {
      expect((await first['import/file']({ file: sample(name) }, CONTEXT)).ok).toBe(true);
    }
    const run = await first['match/run']({}, CONTEXT);
    if (!run.ok) throw new Error(run.issues[0]?.message);
    const bytes = await first['workspace/export']({}, CONTEXT);
    expect(new TextDecoder().decode(bytes.subarray(0, 15))).toBe('SQLite format 3');

    const second = createHandlers({ sqlJs });
    expect(await second['match/latest']({}, CONTEXT)).toBeNull();
    expect(await second['workspace/open']({ bytes }, CONTEXT)).toEqual({
      ok: true,
      value: { imports: 3, runs: 1, audit: expect.objectContaining({ entries: 4, intact: true }) },
    });
    expect(await second['match/latest']({}, CONTEXT)).toEqual(run.value);
    expect((await second['import/list']({}, CONTEXT)).map((i) => i.file)).toEqual([
      'orders.csv',
      'alipay.csv',
      'wechat.csv',
    ]);
    const page = await second['findings/list'](
      { run_id: run.value.run_id, category: 'amount_mismatch', offset: 0, limit: 100 },
      CONTEXT,
    );
    expect(page.total).toBe(run.value.categories.amount_mismatch.count);
  });

  it('opens imports saved before imports carried warnings as imports without any', async () => {
    const first = createHandlers({ sqlJs });
    expect((await first['import/file']({ file: sample('alipay.csv') }, CONTEXT)).ok).toBe(true);
    const older = new sqlJs.Database(await first['workspace/export']({}, CONTEXT));
    older.run("UPDATE import SET summary_json = json_remove(summary_json, '$.warnings')");
    const second = createHandlers({ sqlJs });
    expect((await second['workspace/open']({ bytes: older.export() }, CONTEXT)).ok).toBe(true);
    older.close();
    expect((await second['import/list']({}, CONTEXT)).map((i) => i.warnings)).toEqual([[]]);
  });

  it('refuses a file that is not a workspace and keeps the current one', async () => {
    const handlers = createHandlers({ sqlJs });
    expect((await handlers['import/file']({ file: sample('alipay.csv') }, CONTEXT)).ok).toBe(true);
    const result = await handlers['workspace/open']({ bytes: new TextEncoder().encode('not a database') }, CONTEXT);
    expect(result).toEqual({
      ok: false,
      issues: [
        expect.objectContaining({ code: 'workspace_invalid', message: 'The workspace is not a SQLite database.' }),
      ],
    });
    expect(await handlers['import/list']({}, CONTEXT)).toHaveLength(1);
  });

  it('refuses the SQLite file of another application', async () => {
    const other = new sqlJs.Database();
    other.exec('CREATE TABLE record (id INTEGER PRIMARY KEY, note TEXT)');
    const handlers = createHandlers({ sqlJs });
    const result = await handlers['workspace/open']({ bytes: other.export() }, CONTEXT);
    expect(result).toEqual({
      ok: false,
      issues: [expect.objectContaining({ message: 'The workspace belongs to another application.' })],
    });
  });

  it('keeps nothing of a run that is cancelled', async () => {
    const handlers = createHandlers({ sqlJs });
    for (const name of ['orders.csv', 'alipay.csv', 'wechat.csv']) {
      expect((await handlers['import/file']({ file: sample(name) }, CONTEXT)).ok).toBe(true);
    }
    let pauses = 0;
    const cancelling: HandlerContext = { ...CONTEXT, pause: async () => void pauses++, cancelled: () => pauses >= 2 };
    const result = await handlers['match/run']({}, cancelling);
    expect(result).toEqual({ ok: false, issues: [expect.objectContaining({ code: 'cancelled' })] });
    expect(await handlers['match/latest']({}, CONTEXT)).toBeNull();
    const completed = await handlers['match/run']({}, CONTEXT);
    expect(completed.ok && completed.value.run_id).toBe(1);
  });
});
