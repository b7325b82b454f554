// The channels' own fund bills, written here in their documented layouts: Alipay's 账务明细
// (bill_type signcustomer: GBK, '#' preamble and footer, separate income and expense columns) and
// WeChat Pay's 资金账单 (fundflowbill: backtick-prefixed values, 收支类型 signing an unsigned amount,
// a summary block). Every movement of the channel balance is a record with the balance checked row
// by row; the merchant trade bills are never taken for them, nor they for the trade bills.
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeStream } from '../../core/decode/decode-stream.ts';
import { detectProfiles, MIN_CONFIDENCE, pickProfile } from '../../core/detect/detect.ts';
import { createSha256 } from '../../core/import/hash.ts';
import { readFile } from '../../core/import/read-file.ts';
import { bytesSource } from '../../core/import/types.ts';
import { builtinProfiles } from '../../core/profile/builtin.ts';
import { sharedPath } from '../shared-folder.ts';
import { imported } from './import-records.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const SAMPLES = path.resolve(import.meta.dirname, '../../samples');
const ALIPAY = 'alipay-fund-20240315.csv';
const WECHAT = 'wechatpay-fund-20240315.csv';
const FUND_PROFILES = ['alipay-merchant-fund', 'wechatpay-merchant-fund'];

const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));
/** The Alipay fixture as text (GBK on disk), edited, then written back as GBK. */
const alipayWith = (edit: (text: string) => string) => {
  const text = iconv.decode(Buffer.from(fixture(ALIPAY)), 'gb18030');
  const edited = edit(text);
  expect(edited).not.toBe(text);
  return new Uint8Array(iconv.encode(edited, 'gbk'));
};
const wechatWith = (edit: (text: string) => string) => {
  const text = new TextDecoder().decode(fixture(WECHAT));
  const edited = edit(text);
  expect(edited).not.toBe(text);
  return new TextEncoder().encode(edited);
};

async function head(bytes: Uint8Array): Promise<string> {
  const { chunks } = await decodeStream(
    (async function* () {
      yield bytes;
    })(),
  );
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
}

describe('Alipay 账务明细', () => {
  it('imports every movement with its kind, signed amount, references and +08:00 time; the footer is skipped', async () => {
    const { summary, records } = await imported(ALIPAY, fixture(ALIPAY));
    expect(summary).toMatchObject({
      profile_id: 'alipay-merchant-fund',
      source: 'alipay_fund',
      encoding: 'gb18030',
      rows: 8,
      imported: 8,
      rejected: 0,
      entries: 8,
      // 4 preamble lines, the header, 4 footer lines (列表结束, 支出合计, 收入合计, 导出时间)
      skipped_lines: 9,
      net_minor: { CNY: -972_372 },
      period_start: '2024-03-15T00:00:00+08:00',
      period_end: '2024-03-16T00:00:00+08:00',
      control_status: 'holds',
    });
    expect(summary.metadata).toMatchObject({
      account: '20885073641058340156',
      exported_at: '2024-03-16T10:12:31+08:00',
    });
    expect(
      records.map((r) => [
        r.kind,
        r.raw_status,
        r.amount_minor,
        r.order_ref,
        r.channel_ref,
        r.batch_ref,
        r.occurred_at,
      ]),
    ).toEqual([
      [
        'payment',
        '在线支付',
        128800,
        'SO2024031500000003',
        '20240315010026620001',
        '2024031522001635600613101825',
        '2024-03-15T00:03:03+08:00',
      ],
      [
        'fee',
        '收费',
        -773,
        'SO2024031500000003',
        '20240315010026620002',
        '2024031522001635600613101825',
        '2024-03-15T00:03:03+08:00',
      ],
      [
        'payment',
        '在线支付',
        59900,
        'SO2024031500000005',
        '20240315010026620003',
        '2024031522001221000613101832',
        '2024-03-15T00:04:08+08:00',
      ],
      [
        'fee',
        '收费',
        -359,
        'SO2024031500000005',
        '20240315010026620004',
        '2024031522001221000613101832',
        '2024-03-15T00:04:08+08:00',
      ],
      [
        'refund',
        '交易退款',
        -10000,
        'SO2024031500000003',
        '20240315010026620005',
        '2024031522001635600613101825',
        '2024-03-15T10:16:40+08:00',
      ],
      [
        'fee',
        '收费',
        60,
        'SO2024031500000003',
        '20240315010026620006',
        '2024031522001635600613101825',
        '2024-03-15T10:16:40+08:00',
      ],
      [
        'adjustment',
        '转账',
        50000,
        null,
        '20240315010026620007',
        '20240315200040011100260012345678',
        '2024-03-15T14:30:00+08:00',
      ],
      [
        'payout',
        '提现',
        -1_200_000,
        null,
        '20240315010026620008',
        '20240315200040011100260012345679',
        '2024-03-15T16:00:00+08:00',
      ],
    ]);
    expect(records.every((r) => r.currency === 'CNY' && r.status === 'succeeded' && r.fee_minor === null)).toBe(true);
    // Their own side: the channel's fund source, never the trade bill's.
    expect(new Set(records.map((r) => r.source))).toEqual(new Set(['alipay_fund']));
    expect(records[7]).toMatchObject({ counterparty: '招商银行(尾号8888)', description: '提现到银行卡' });
    expect(records[1]).toMatchObject({ description: '服务费[2024031522001635600613101825]' });
  });

  it('checks the footer totals and the 账户余额 of every row', async () => {
    const { summary } = await imported(ALIPAY, fixture(ALIPAY));
    expect(summary.controls).toEqual([
      { label: '收入合计 笔数', stated: '4', computed: '4', holds: true },
      { label: '收入合计 金额', stated: '2387.60', computed: '2387.60', holds: true },
      { label: '支出合计 笔数', stated: '4', computed: '4', holds: true },
      { label: '支出合计 金额', stated: '-12111.32', computed: '-12111.32', holds: true },
      { label: '账户余额 逐笔', stated: '276.28', computed: '276.28', holds: true },
    ]);
  });

  it('names the line whose 账户余额 does not follow from the row before', async () => {
    const bytes = alipayWith((text) => text.replace(',0.00,-100.00,11775.68,', ',0.00,-100.00,11757.68,'));
    const { summary } = await imported(ALIPAY, bytes);
    expect(summary.control_status).toBe('mismatch');
    expect(summary.controls).toContainEqual({
      label: '账户余额 逐笔, line 10',
      stated: '11757.68',
      computed: '11775.68',
      holds: false,
    });
  });

  it('rejects a row of a 业务类型 it does not know, with the reason, and the footer count then disagrees', async () => {
    const bytes = alipayWith((text) => text.replace(',支付宝,转账,货款', ',支付宝,保证金,货款'));
    const { summary } = await imported(ALIPAY, bytes);
    expect(summary).toMatchObject({ rows: 8, imported: 7, rejected: 1, control_status: 'mismatch' });
    expect(summary.rejections).toEqual([
      expect.objectContaining({
        line: 12,
        code: 'row_kind_unknown',
        message: expect.stringContaining('业务类型 "保证金" is not one of 在线支付, 交易退款, 收费, 提现, 转账'),
      }),
    ]);
    expect(summary.controls).toContainEqual({ label: '收入合计 笔数', stated: '4', computed: '3', holds: false });
  });
});

describe('WeChat Pay 资金账单', () => {
  it('imports every movement signed by 收支类型, with its kind, references and +08:00 time; the summary is skipped', async () => {
    const { summary, records } = await imported(WECHAT, fixture(WECHAT));
    expect(summary).toMatchObject({
      profile_id: 'wechatpay-merchant-fund',
      source: 'wechat_fund',
      rows: 7,
      imported: 7,
      rejected: 0,
      entries: 7,
      // the header, the summary's title and figures
      skipped_lines: 3,
      net_minor: { CNY: 2_557_442 },
      control_status: 'holds',
    });
    expect(
      records.map((r) => [r.kind, r.raw_status, r.amount_minor, r.channel_ref, r.batch_ref, r.occurred_at]),
    ).toEqual([
      [
        'payment',
        '交易',
        9904,
        '1316365573202403150000010001',
        '4200059375202403151214925942',
        '2024-03-15T00:07:23+08:00',
      ],
      [
        'fee',
        '扣除交易手续费',
        -59,
        '1316365573202403150000010002',
        '4200059375202403151214925942',
        '2024-03-15T00:07:23+08:00',
      ],
      [
        'payment',
        '交易',
        3_068_993,
        '1316365573202403150000010003',
        '4200029457202403151214925945',
        '2024-03-15T00:11:09+08:00',
      ],
      [
        'fee',
        '扣除交易手续费',
        -18414,
        '1316365573202403150000010004',
        '4200029457202403151214925945',
        '2024-03-15T00:11:09+08:00',
      ],
      [
        'payout',
        '提现',
        -500_000,
        '1316365573202403150000010005',
        '1316365573202403150900000001',
        '2024-03-15T09:30:00+08:00',
      ],
      [
        'refund',
        '退款',
        -3000,
        '1316365573202403150000010006',
        '50300059375202403151000000001',
        '2024-03-15T10:20:00+08:00',
      ],
      [
        'fee',
        '退回交易手续费',
        18,
        '1316365573202403150000010007',
        '50300059375202403151000000001',
        '2024-03-15T10:20:00+08:00',
      ],
    ]);
    expect(records.every((r) => r.currency === 'CNY' && r.order_ref === null)).toBe(true);
    expect(new Set(records.map((r) => r.source))).toEqual(new Set(['wechat_fund']));
    expect(records.map((r) => r.description)).toEqual([
      '微信支付',
      '微信支付',
      '微信支付',
      '微信支付',
      '自动提现',
      '缺货',
      '退款',
    ]);
  });

  it('checks the summary, its counts written as 7.0, and the 账户结余 of every row', async () => {
    const { summary } = await imported(WECHAT, fixture(WECHAT));
    expect(summary.controls).toEqual([
      { label: '资金流水总笔数', stated: '7.0', computed: '7', holds: true },
      { label: '收入笔数', stated: '3.0', computed: '3', holds: true },
      { label: '收入金额', stated: '30789.15', computed: '30789.15', holds: true },
      { label: '支出笔数', stated: '4.0', computed: '4', holds: true },
      { label: '支出金额', stated: '5214.73', computed: '5214.73', holds: true },
      { label: '账户结余 逐笔', stated: '30574.42', computed: '30574.42', holds: true },
    ]);
  });

  it('rejects a row whose 收支类型 is neither 收入 nor 支出, and one of a 业务类型 it does not know', async () => {
    const bytes = wechatWith((text) =>
      text
        .replace('`自动提现', '`')
        .replace('`提现,`提现,`支出,', '`提现,`提现,`冻结,')
        .replace('`退款,`退款,`支出,', '`退款,`企业付款,`支出,'),
    );
    const { summary } = await imported(WECHAT, bytes);
    expect(summary).toMatchObject({ rows: 7, imported: 5, rejected: 2, control_status: 'mismatch' });
    expect(summary.rejections.map((r) => [r.line, r.code, r.message])).toEqual([
      [6, 'amount_invalid', expect.stringContaining('收支类型 "冻结" is not one of "支出", "收入"')],
      [7, 'row_kind_unknown', expect.stringContaining('业务类型 "企业付款" is not one of')],
    ]);
  });
});

describe('detection of fund bills and trade bills', () => {
  const profiles = builtinProfiles();

  it.each([
    [ALIPAY, 'alipay-merchant-fund'],
    [WECHAT, 'wechatpay-merchant-fund'],
  ])('detects %s as %s with full confidence, no trade bill near it', async (file, id) => {
    const candidates = detectProfiles({ text: await head(fixture(file)) }, profiles);
    const { best, runnerUp } = pickProfile(candidates);
    expect(best).toMatchObject({ profile: { id }, confidence: 1 });
    expect(runnerUp).toBeNull();
    const trade = candidates.find((c) => c.profile.id.endsWith('-merchant-trade'));
    expect(trade?.confidence ?? 0).toBeLessThan(MIN_CONFIDENCE);
  });

  it.each([
    ['alipay.csv', 'alipay-merchant-trade'],
    ['wechat.csv', 'wechatpay-merchant-trade'],
  ])('still detects the trade bill %s as %s, no fund bill profile near it', async (file, id) => {
    const bytes = new Uint8Array(fs.readFileSync(path.join(SAMPLES, file)));
    const candidates = detectProfiles({ text: await head(bytes) }, profiles);
    expect(pickProfile(candidates)).toMatchObject({ best: { profile: { id }, confidence: 1 }, runnerUp: null });
    const fund = candidates.filter((c) => FUND_PROFILES.includes(c.profile.id));
    expect(Math.max(0, ...fund.map((c) => c.confidence))).toBeLessThan(MIN_CONFIDENCE);
  });

  const folder = sharedPath('realworld', 'test/producers/channel-fund-bills.test.ts');
  it.skipIf(!folder)(
    'takes no real statement file for a fund bill, neither as its profile nor as the runner-up',
    async () => {
      const expected = JSON.parse(fs.readFileSync(path.join(folder ?? '', 'expected.json'), 'utf8')) as object;
      const chosen: string[] = [];
      for (const relative of Object.keys(expected)) {
        const bytes = new Uint8Array(fs.readFileSync(path.join(folder ?? '', relative)));
        const events = readFile(bytesSource(path.basename(relative), bytes), { profiles, createHasher: createSha256 });
        for await (const event of events) {
          if (event.type === 'start') chosen.push(event.profile_id, event.runner_up?.profile_id ?? '');
          if (event.type === 'start' || event.type === 'error') break;
        }
      }
      expect(chosen.length).toBeGreaterThan(200);
      expect(chosen.filter((id) => FUND_PROFILES.includes(id))).toEqual([]);
    },
  );
});
