import fs from 'node:fs';
import path from 'node:path';
import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { bytesSource } from '../import/types.ts';
import type { EngineHandlers, HandlerContext } from '../rpc/contract.ts';
import { createHandlers } from '../rpc/handlers.ts';
import type { RunSummary } from './types.ts';

// The match totals are kept while files are stored; every way the records can change must leave
// a run exactly as if it had read the records afresh.

const sqlJs = await initSqlJs();
const CONTEXT: HandlerContext = { progress: () => {}, cancelled: () => false };
const SAMPLES = path.resolve(import.meta.dirname, '../../samples');
const sample = (name: string) => bytesSource(name, new Uint8Array(fs.readFileSync(path.join(SAMPLES, name))));

async function importAll(engine: EngineHandlers, names: string[]): Promise<number[]> {
  const ids: number[] = [];
  for (const name of names) {
    const imported = await engine['import/file']({ file: sample(name) }, CONTEXT);
    if (!imported.ok) throw new Error(imported.issues[0]?.message);
    ids.push(imported.value.import_id);
  }
  return ids;
}

async function categories(engine: EngineHandlers): Promise<RunSummary['categories']> {
  const run = await engine['match/run']({}, CONTEXT);
  if (!run.ok) throw new Error(run.issues[0]?.message);
  return run.value.categories;
}

async function freshCategories(names: string[]): Promise<RunSummary['categories']> {
  const engine = createHandlers({ sqlJs });
  await importAll(engine, names);
  return categories(engine);
}

const ALL = ['orders.csv', 'alipay.csv', 'wechat.csv'];

describe('match totals kept beside the workspace', () => {
  it('follow a removed import, and the same file imported again under a new id', async () => {
    const engine = createHandlers({ sqlJs });
    const [, , wechat] = await importAll(engine, ALL);
    const withBoth = await categories(engine);
    await engine['import/remove']({ import_id: wechat ?? 0 }, CONTEXT);
    expect(await categories(engine)).toEqual(await freshCategories(['orders.csv', 'alipay.csv']));
    const [again] = await importAll(engine, ['wechat.csv']);
    // Import ids are never reused, so the audit trail's "import #N" names one file for good.
    expect(again).toBeGreaterThan(wechat ?? 0);
    expect(await categories(engine)).toEqual(withBoth);
  });

  it('drop what a refused import fed them', async () => {
    const engine = createHandlers({ sqlJs });
    await importAll(engine, ALL);
    const before = await categories(engine);
    const repeated = await engine['import/file']({ file: sample('wechat.csv') }, CONTEXT);
    expect(repeated.ok ? 'imported' : repeated.issues[0]?.code).toBe('overlap');
    expect(await categories(engine)).toEqual(before);
  });

  it('are read from the records of a reopened workspace, though its imports have the same ids', async () => {
    const first = createHandlers({ sqlJs });
    await importAll(first, ['orders.csv', 'wechat.csv']);
    const saved = await categories(first);
    const bytes = await first['workspace/export']({}, CONTEXT);
    const second = createHandlers({ sqlJs });
    expect(await importAll(second, ['orders.csv', 'alipay.csv'])).toEqual([1, 2]);
    const other = await categories(second);
    expect(other).not.toEqual(saved);
    expect((await second['workspace/open']({ bytes }, CONTEXT)).ok).toBe(true);
    expect(await categories(second)).toEqual(saved);
    await second['workspace/reset']({}, CONTEXT);
    await importAll(second, ['orders.csv', 'alipay.csv']);
    expect(await categories(second)).toEqual(other);
  });
});
