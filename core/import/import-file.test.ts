import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CanonicalRecord } from '../canonical/record.ts';
import type { EngineHandlers, HandlerContext } from '../rpc/contract.ts';
import { createHandlers } from '../rpc/handlers.ts';
import { bytesSource, type ByteSource, type ImportSummary } from './types.ts';

const SAMPLES = path.resolve(import.meta.dirname, '../../samples');
const CONTEXT: HandlerContext = { progress: () => {}, cancelled: () => false };
const SAMPLE_ROWS = { 'orders.csv': 3000, 'alipay.csv': 1287, 'wechat.csv': 1568 } as const;

let sqlJs: SqlJsStatic;
beforeAll(async () => {
  sqlJs = await initSqlJs();
});

const engine = (): EngineHandlers => createHandlers({ sqlJs, now: () => '2024-03-16T09:00:00+08:00' });
const sampleBytes = (name: string): Uint8Array => new Uint8Array(fs.readFileSync(path.join(SAMPLES, name)));

/** The Alipay sample as text (it is GBK on disk), edited, then written back as GBK. */
const ALIPAY_TEXT = iconv.decode(Buffer.from(sampleBytes('alipay.csv')), 'gb18030');
const alipayWith = (edit: (text: string) => string): Uint8Array => {
  const edited = edit(ALIPAY_TEXT);
  expect(edited).not.toBe(ALIPAY_TEXT);
  return new Uint8Array(iconv.encode(edited, 'gbk'));
};
/** Line 6 is the first data row: SO2024031500000003, 交易, 1288.00, completed 2024-03-15 00:03:03. */
const FIRST_ROW =
  '2024031522001635600613101825\t,SO2024031500000003\t,交易\t,洗衣服务,2024-03-15 00:01:57,2024-03-15 00:03:03,';

async function importBytes(handlers: EngineHandlers, name: string, bytes: Uint8Array) {
  return handlers['import/file']({ file: bytesSource(name, bytes) }, CONTEXT);
}

async function imported(handlers: EngineHandlers, name: string, bytes: Uint8Array): Promise<ImportSummary> {
  const result = await importBytes(handlers, name, bytes);
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.issues)}`);
  return result.value;
}

async function ndjsonRecords(handlers: EngineHandlers, importId: number): Promise<CanonicalRecord[]> {
  const bytes = await handlers['convert/import']({ import_id: importId, to: 'ndjson' }, CONTEXT);
  const text = new TextDecoder().decode(bytes);
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CanonicalRecord);
}

/** The order export saved by a Windows tool: CRLF, with a blank line after every 100 rows. */
const ordersCrlfWithBlankLines = (): Uint8Array => {
  const lines = new TextDecoder().decode(sampleBytes('orders.csv')).split('\n');
  const withBlanks = lines.flatMap((line, index) => (index > 0 && index % 100 === 0 ? [line, ''] : [line]));
  return new TextEncoder().encode(withBlanks.join('\r\n'));
};

/** A byte source that hands out its bytes in small pieces, like a slow stream. */
const chunkedSource = (name: string, bytes: Uint8Array, size: number): ByteSource => ({
  name,
  size: bytes.byteLength,
  async *stream() {
    for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
  },
});

describe('import/file on the samples', () => {
  it.each(Object.entries(SAMPLE_ROWS))(
    'imports %s: every one of its %i rows imported, control totals hold',
    async (file, rows) => {
      const summary = await imported(engine(), file, sampleBytes(file));
      expect(summary.rows).toBe(rows);
      expect(summary.imported + summary.rejected).toBe(summary.rows);
      expect(summary.rejected).toBe(0);
      expect(summary.control_status).toBe(file === 'orders.csv' ? 'none' : 'holds');
    },
  );

  it('reads the Alipay sample as gb18030 with its stated controls, period and account', async () => {
    const summary = await imported(engine(), 'alipay.csv', sampleBytes('alipay.csv'));
    expect(summary).toMatchObject({
      encoding: 'gb18030',
      profile_id: 'alipay-merchant-trade',
      side: 'statement',
      source: 'alipay',
      period_start: '2024-03-15T00:00:00+08:00',
      period_end: '2024-03-16T00:00:00+08:00',
    });
    expect(summary.metadata.account).toBe('20885073641058340156');
    expect(summary.controls).toContainEqual({ label: '交易合计 笔数', stated: '1273', computed: '1273', holds: true });
    expect(summary.controls).toContainEqual({
      label: '交易合计 商家实收',
      stated: '1138471.43',
      computed: '1138471.43',
      holds: true,
    });
    // The account effect: trades 1,138,471.43 + refunds −3,820.64, as the footer states them, less the fees 6,808.55
    expect(summary.net_minor).toEqual({ CNY: 112_784_224 });
  });

  it('reads the WeChat sample’s summary block and keeps the first row’s amounts exact', async () => {
    const handlers = engine();
    const summary = await imported(handlers, 'wechat.csv', sampleBytes('wechat.csv'));
    expect(summary.encoding).toBe('utf-8');
    expect(summary.controls).toContainEqual({ label: '总交易单数', stated: '1568', computed: '1568', holds: true });
    const [first] = await ndjsonRecords(handlers, summary.import_id);
    expect(first).toMatchObject({
      order_ref: 'SO2024031500000008',
      channel_ref: '4200059375202403151214925942',
      amount_minor: 9904,
      fee_minor: 59,
      fee_rate_ppm: 6000,
      currency: 'CNY',
      occurred_at: '2024-03-15T00:07:23+08:00',
      trace: { file: 'wechat.csv', line: 2 },
    });
  });

  it.each([
    ['alipay.csv', () => sampleBytes('alipay.csv')],
    ['orders-crlf.csv (CRLF with blank lines)', () => ordersCrlfWithBlankLines()],
  ])('imports %s identically when its bytes arrive in small chunks', async (name, bytes) => {
    const whole = await imported(engine(), name, bytes());
    expect(whole.rejected).toBe(0);
    const result = await engine()['import/file']({ file: chunkedSource(name, bytes(), 16) }, CONTEXT);
    expect(result.ok && result.value).toMatchObject({
      rows: whole.rows,
      imported: whole.imported,
      rejected: 0,
      control_status: whole.control_status,
      sha256: whole.sha256,
    });
  });
});

describe('import/file rejects bad rows with their line and reason', () => {
  it('rejects one Alipay row with a broken amount, naming the line, and shows the control mismatch', async () => {
    const bytes = alipayWith((text) =>
      text.replace(
        `${FIRST_ROW}\t,\t,\t,\t,**林(138******82)\t,1288.00,`,
        `${FIRST_ROW}\t,\t,\t,\t,**林(138******82)\t,12x8.00,`,
      ),
    );
    const summary = await imported(engine(), 'alipay.csv', bytes);
    expect(summary).toMatchObject({ rows: 1287, imported: 1286, rejected: 1, control_status: 'mismatch' });
    expect(summary.rejections).toEqual([
      expect.objectContaining({
        line: 6,
        code: 'amount_invalid',
        message: expect.stringMatching(/^Line 6: 订单金额（元） "12x8.00"/),
      }),
    ]);
    expect(summary.controls).toContainEqual({ label: '交易合计 笔数', stated: '1273', computed: '1272', holds: false });
    expect(summary.controls).toContainEqual({
      label: '交易合计 商家实收',
      stated: '1138471.43',
      computed: '1137183.43',
      holds: false,
    });
  });

  it('rejects a row whose 业务类型 is unknown, saying which values are known', async () => {
    const bytes = alipayWith((text) => text.replace(FIRST_ROW, FIRST_ROW.replace('交易', '转账')));
    const summary = await imported(engine(), 'alipay.csv', bytes);
    expect(summary).toMatchObject({ rows: 1287, imported: 1286, rejected: 1 });
    expect(summary.rejections[0]).toMatchObject({
      line: 6,
      code: 'row_kind_unknown',
      message: 'Line 6: 业务类型 "转账" is not one of 交易, 退款',
    });
  });

  it('rejects a row whose record does not fit the canonical schema (a 40,000-character product name)', async () => {
    const long = '长'.repeat(40_000);
    const bytes = alipayWith((text) => text.replace(FIRST_ROW, FIRST_ROW.replace('洗衣服务', long)));
    const summary = await imported(engine(), 'alipay.csv', bytes);
    expect(summary).toMatchObject({ rows: 1287, imported: 1286, rejected: 1 });
    expect(summary.rejections[0]).toMatchObject({
      line: 6,
      code: 'record_invalid',
      message:
        'Line 6: the record does not fit the canonical schema (/description must NOT have more than 32767 characters)',
    });
  });

  it('rejects a row with an impossible date', async () => {
    const bytes = alipayWith((text) =>
      text.replace(FIRST_ROW, FIRST_ROW.replace('2024-03-15 00:03:03', '2024-02-30 00:03:03')),
    );
    const summary = await imported(engine(), 'alipay.csv', bytes);
    expect(summary).toMatchObject({ imported: 1286, rejected: 1 });
    expect(summary.rejections[0]).toMatchObject({
      line: 6,
      code: 'date_invalid',
      message: expect.stringContaining('"2024-02-30 00:03:03" is not a real date'),
    });
  });

  it('shows a tampered #交易合计 count as a mismatch with the stated and computed figures', async () => {
    const bytes = alipayWith((text) => text.replace('#交易合计：1273笔', '#交易合计：1274笔'));
    const summary = await imported(engine(), 'alipay.csv', bytes);
    expect(summary).toMatchObject({ imported: 1287, rejected: 0, control_status: 'mismatch' });
    expect(summary.controls).toContainEqual({ label: '交易合计 笔数', stated: '1274', computed: '1273', holds: false });
    expect(summary.controls.filter((c) => !c.holds)).toHaveLength(1);
  });
});

describe('import/file refuses files it cannot read, keeping nothing', () => {
  const ordersWithoutHeader = (): Uint8Array => {
    const text = new TextDecoder().decode(sampleBytes('orders.csv'));
    return new TextEncoder().encode(text.slice(text.indexOf('\n') + 1));
  };

  it('finds no profile for a header-less file', async () => {
    const result = await importBytes(engine(), 'orders.csv', ordersWithoutHeader());
    expect(result).toEqual({
      ok: false,
      issues: [expect.objectContaining({ code: 'profile_not_detected', file: 'orders.csv' })],
    });
  });

  it('reports the missing header when the profile is chosen for a header-less file', async () => {
    const handlers = engine();
    const result = await handlers['import/file'](
      { file: bytesSource('orders.csv', ordersWithoutHeader()), profile_id: 'orders-basic' },
      CONTEXT,
    );
    expect(result).toEqual({
      ok: false,
      issues: [expect.objectContaining({ code: 'header_missing', file: 'orders.csv' })],
    });
    expect(await handlers['import/list']({}, CONTEXT)).toEqual([]);
  });

  it('reports a 0-byte file as empty', async () => {
    const result = await importBytes(engine(), 'empty.csv', new Uint8Array(0));
    expect(result).toEqual({
      ok: false,
      issues: [{ code: 'file_empty', message: 'The file is empty.', file: 'empty.csv' }],
    });
  });

  it('reports an unknown profile id', async () => {
    const result = await engine()['import/file'](
      { file: bytesSource('orders.csv', sampleBytes('orders.csv')), profile_id: 'nope' },
      CONTEXT,
    );
    expect(result).toEqual({ ok: false, issues: [expect.objectContaining({ code: 'profile_unknown' })] });
  });

  it('detects the same bytes imported twice and keeps only the first import', async () => {
    const handlers = engine();
    const first = await imported(handlers, 'wechat.csv', sampleBytes('wechat.csv'));
    const second = await importBytes(handlers, 'wechat-again.csv', sampleBytes('wechat.csv'));
    expect(second).toEqual({
      ok: false,
      issues: [
        expect.objectContaining({
          code: 'overlap',
          file: 'wechat-again.csv',
          import_id: first.import_id,
          message: expect.stringContaining(`import #${first.import_id}`),
        }),
      ],
    });
    const list = await handlers['import/list']({}, CONTEXT);
    expect(list.map((i) => i.import_id)).toEqual([first.import_id]);
    expect(await ndjsonRecords(handlers, first.import_id)).toHaveLength(1568);
    // Nothing of the refused import was kept: the workspace holds the first import's records only.
    const db = new sqlJs.Database(await handlers['workspace/export']({}, CONTEXT));
    expect(db.exec('SELECT count(*), count(DISTINCT import_id) FROM record')[0]?.values[0]).toEqual([1568, 1]);
    expect(db.exec('SELECT count(*) FROM import')[0]?.values[0]).toEqual([1]);
    db.close();
  });

  it('rolls back a file whose quote never closes, naming its line', async () => {
    const handlers = engine();
    const text =
      'order_no,channel,channel_txn_no,amount,currency,status,created_at,paid_at,customer_id,refund_amount\n' +
      'SO1,wechat,4200,1.00,CNY,PAID,2024-03-15 10:00:00,2024-03-15 10:00:05,C1,0.00\n' +
      'SO2,wechat,"4201,2.00,CNY,PAID,2024-03-15 10:00:00,2024-03-15 10:00:05,C1,0.00\n';
    const result = await importBytes(handlers, 'broken.csv', new TextEncoder().encode(text));
    expect(result).toEqual({
      ok: false,
      issues: [expect.objectContaining({ code: 'csv_invalid', file: 'broken.csv', line: 3 })],
    });
    expect(await handlers['import/list']({}, CONTEXT)).toEqual([]);
  });

  it('leaves the workspace unchanged when the import is cancelled midway', async () => {
    const handlers = engine();
    let batches = 0;
    const cancelling: HandlerContext = {
      progress: () => void batches++,
      cancelled: () => batches >= 2,
    };
    const source = chunkedSource('wechat.csv', sampleBytes('wechat.csv'), 16 * 1024);
    const result = await handlers['import/file']({ file: source }, cancelling);
    expect(result).toEqual({ ok: false, issues: [expect.objectContaining({ code: 'cancelled', file: 'wechat.csv' })] });
    expect(await handlers['import/list']({}, CONTEXT)).toEqual([]);
    const bytes = await handlers['workspace/export']({}, CONTEXT);
    const saved = new sqlJs.Database(bytes);
    expect(saved.exec('SELECT count(*) FROM record')[0]?.values[0]?.[0]).toBe(0);
    expect(saved.exec('SELECT count(*) FROM rejection')[0]?.values[0]?.[0]).toBe(0);
  });
});
