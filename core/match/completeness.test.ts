import fs from 'node:fs';
import path from 'node:path';
import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { bytesSource } from '../import/types.ts';
import { createHandlers } from '../rpc/handlers.ts';
import { openWorkspace } from '../store/workspace.ts';
import { completenessOf } from './completeness.ts';
import { MatchTotals, type RecordFact } from './match-totals.ts';
import { OUTCOME_CODES, outcomeNumber } from './outcomes.ts';
import { CONTEXT, convertBytes, reconcileBytes, type NamedBytes } from '../../test/reconcile-bytes.ts';

const sqlJs = await initSqlJs();
const SAMPLES = path.resolve(import.meta.dirname, '../../samples');
const sample = (name: string): NamedBytes => ({
  name,
  bytes: new Uint8Array(fs.readFileSync(path.join(SAMPLES, name))),
});
const CODES = {
  outcomes: OUTCOME_CODES.length + 1,
  ruleless: outcomeNumber('out_of_scope:record_kind'),
  outside: outcomeNumber('out_of_scope:no_statement'),
};

describe('the completeness control of a run', () => {
  it('accounts for every record of the sample day, per file, in records and amount', async () => {
    const run = await reconcileBytes(['orders.csv', 'alipay.csv', 'wechat.csv'].map(sample));
    const control = run.completeness;
    expect(control?.holds).toBe(true);
    expect(control?.files.map((file) => file.file)).toEqual(['orders.csv', 'alipay.csv', 'wechat.csv']);
    const orders = control?.files[0];
    expect(orders?.rows).toBe(orders?.imported);
    expect(orders?.assigned).toEqual(orders?.stored);
    // Book records end in their key's category: as many matched records as matched keys (one order each).
    expect(orders?.outcomes.matched?.records).toBe(run.categories.matched.count);
    const wechat = control?.files[2];
    const wechatRecords = Object.values(wechat?.outcomes ?? {}).reduce((sum, o) => sum + o.records, 0);
    expect(wechatRecords).toBe(wechat?.stored.records);
  });

  it('puts the book records of a channel no statement covers out of scope, with that reason', async () => {
    const run = await reconcileBytes(['orders.csv', 'alipay.csv'].map(sample));
    const orders = run.completeness?.files.find((file) => file.file === 'orders.csv');
    expect(run.completeness?.holds).toBe(true);
    // Every WeChat book payment (the run's out-of-scope count) and the WeChat book refunds.
    expect(run.book_out_of_scope).toBeGreaterThan(0);
    expect(orders?.outcomes['out_of_scope:no_statement']?.records).toBeGreaterThanOrEqual(run.book_out_of_scope);
    expect(orders?.assigned).toEqual(orders?.stored);
  });

  it('puts a statement row of a kind no order rule reads (a fee) out of scope, with that reason', async () => {
    const [alipay] = await convertBytes([sample('alipay.csv')], 'csv');
    const text = new TextDecoder().decode(alipay?.bytes);
    const fee = text.replace('\nstatement,alipay,payment,', '\nstatement,alipay,fee,');
    const run = await reconcileBytes([
      sample('orders.csv'),
      { name: 'alipay.csv', bytes: new TextEncoder().encode(fee) },
    ]);
    expect(run.completeness?.holds).toBe(true);
    const file = run.completeness?.files.find((entry) => entry.file === 'alipay.csv');
    expect(file?.outcomes['out_of_scope:record_kind']?.records).toBe(1);
  });
});

describe('the control of a reopened workspace', () => {
  it('holds when its totals are read back from the records, for imports saved before they kept what they stored', async () => {
    const engine = createHandlers({ sqlJs });
    for (const name of ['orders.csv', 'alipay.csv', 'wechat.csv'])
      expect((await engine['import/file']({ file: bytesSource(name, sample(name).bytes) }, CONTEXT)).ok).toBe(true);
    const first = await engine['match/run']({}, CONTEXT);
    // An older workspace: its import summaries have no `stored`.
    const file = new sqlJs.Database(await engine['workspace/export']({}, CONTEXT));
    const rows = file.exec('SELECT id, summary_json FROM import')[0]?.values ?? [];
    for (const [id, json] of rows) {
      const { stored: _, ...older } = JSON.parse(String(json)) as Record<string, unknown>;
      file.run('UPDATE import SET summary_json = ? WHERE id = ?', [JSON.stringify(older), Number(id)]);
    }
    const reopened = createHandlers({ sqlJs });
    expect((await reopened['workspace/open']({ bytes: file.export() }, CONTEXT)).ok).toBe(true);
    const again = await reopened['match/run']({}, CONTEXT);
    if (!first.ok || !again.ok) throw new Error('the runs failed');
    expect(again.value.completeness).toEqual(first.value.completeness);
    expect(again.value.completeness?.holds).toBe(true);
  });
});

describe('the control fails', () => {
  const fact = (id: number, side: string, source: string, order_ref: string, amount: number): RecordFact => ({
    id,
    side,
    source,
    kind: 'payment',
    order_ref,
    amount_minor: amount,
    currency: 'CNY',
    status: 'succeeded',
    occurred_epoch: null,
    fee_minor: null,
    fee_rate_ppm: null,
  });

  function setUp(stored: { records: number; amount_minor: Record<string, number> }) {
    const workspace = openWorkspace(sqlJs);
    if (!workspace.ok) throw new Error('no workspace');
    const summary = { import_id: 1, file: 'wechat.csv', rows: 2, imported: 2, rejected: 0, records: 2, stored };
    workspace.value.db.run(
      `INSERT INTO import (id, file, sha256, bytes, profile_id, profile_version, side, source, encoding, rows, imported,
         rejected, records, time_zone, summary_json, imported_at) VALUES (1, 'wechat.csv', '', 0, 'p', 1, 'statement',
         'wechat', 'utf-8', 2, 2, 0, 2, 'UTC', ?, '')`,
      [JSON.stringify(summary)],
    );
    const totals = new MatchTotals();
    totals.trail.use(1);
    totals.add(fact(1, 'statement', 'wechat', 'SO1', 1000));
    totals.add(fact(2, 'statement', 'wechat', 'SO2', 250));
    return { db: workspace.value.db, totals };
  }

  it('when a record the match never reached has no outcome', () => {
    const { db, totals } = setUp({ records: 2, amount_minor: { CNY: 1250 } });
    const keyOutcome = new Uint8Array([outcomeNumber('statement_only'), 0]);
    const control = completenessOf(db, [1], totals.trail.tally(keyOutcome, CODES));
    expect(control.holds).toBe(false);
    expect(control.files[0]?.assigned).toEqual({ records: 1, amount_minor: { CNY: 1000 } });
    expect(control.files[0]?.stored).toEqual({ records: 2, amount_minor: { CNY: 1250 } });
  });

  it('when a statement record falls outside the scope (a source the run left out)', () => {
    const { db, totals } = setUp({ records: 2, amount_minor: { CNY: 1250 } });
    const keyOutcome = new Uint8Array([CODES.outside, CODES.outside]);
    const control = completenessOf(db, [1], totals.trail.tally(keyOutcome, CODES));
    expect(control.holds).toBe(false);
    expect(control.files[0]?.assigned.records).toBe(0);
  });

  it('when the amounts stored differ from the amounts of the outcomes', () => {
    const { db, totals } = setUp({ records: 2, amount_minor: { CNY: 1251 } });
    const keyOutcome = new Uint8Array([outcomeNumber('statement_only'), outcomeNumber('statement_only')]);
    const control = completenessOf(db, [1], totals.trail.tally(keyOutcome, CODES));
    expect(control.files[0]?.outcomes.statement_only).toEqual({ records: 2, amount_minor: { CNY: 1250 } });
    expect(control.holds).toBe(false);
  });
});
