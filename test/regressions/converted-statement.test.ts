// A WeChat bill converted to canonical CSV or NDJSON and reconciled in its place gave another
// result: the import's source reads `mixed` (each canonical row names its own), so the run's
// scope had no WeChat statement, and the canonical profile's UTC zone moved its statement day
// by eight hours. Scope and statement days now follow the records.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertBytes, reconcileBytes, type NamedBytes } from '../reconcile-bytes.ts';

const SAMPLES = path.resolve(import.meta.dirname, '../../samples');
const sample = (name: string): NamedBytes => ({
  name,
  bytes: new Uint8Array(fs.readFileSync(path.join(SAMPLES, name))),
});
const [orders, alipay, wechat] = ['orders.csv', 'alipay.csv', 'wechat.csv'].map(sample) as [
  NamedBytes,
  NamedBytes,
  NamedBytes,
];

/** Two canonical CSV files as one: the second's header line dropped. */
function joinCsv(first: NamedBytes, second: NamedBytes): NamedBytes {
  const text = new TextDecoder().decode(second.bytes);
  const body = new TextEncoder().encode(text.slice(text.indexOf('\n') + 1));
  const bytes = new Uint8Array(first.bytes.length + body.length);
  bytes.set(first.bytes);
  bytes.set(body, first.bytes.length);
  return { name: 'statements.canonical.csv', bytes };
}

describe('a converted statement reconciled in place of the original', () => {
  it('gives the categories of the original run, for CSV, NDJSON and both bills in one file', async () => {
    const original = await reconcileBytes([orders, alipay, wechat]);
    expect(original.categories.matched.by_source.wechat?.count).toBeGreaterThan(0);
    const [wechatCsv] = await convertBytes([wechat], 'csv');
    const [wechatNdjson] = await convertBytes([wechat], 'ndjson');
    const [alipayCsv, wechatCsv2] = await convertBytes([alipay, wechat], 'csv');
    const shapes: NamedBytes[][] = [
      [orders, alipay, wechatCsv!],
      [orders, alipay, wechatNdjson!],
      [orders, joinCsv(alipayCsv!, wechatCsv2!)],
    ];
    for (const files of shapes) {
      const run = await reconcileBytes(files);
      expect(run.categories, files.map((f) => f.name).join(' ')).toEqual(original.categories);
      expect(run.statement_days).toEqual(original.statement_days);
      expect(run.book_out_of_scope).toBe(original.book_out_of_scope);
      expect(run.completeness?.holds).toBe(true);
    }
  });
});
