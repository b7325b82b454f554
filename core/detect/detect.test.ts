import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeStream } from '../decode/decode-stream.ts';
import { builtinProfiles } from '../profile/builtin.ts';
import { detectProfiles, pickProfile } from './detect.ts';

const SAMPLES = path.resolve(import.meta.dirname, '../../samples');

async function decodeSample(name: string): Promise<string> {
  const bytes = new Uint8Array(fs.readFileSync(path.join(SAMPLES, name)));
  const { chunks } = await decodeStream(
    (async function* () {
      yield bytes;
    })(),
  );
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
}

describe('detectProfiles on the sample files', () => {
  it.each([
    ['alipay.csv', 'alipay-merchant-trade'],
    ['wechat.csv', 'wechatpay-merchant-trade'],
    ['orders.csv', 'orders-basic'],
  ])('detects %s as %s with confidence ≥ 0.9', async (file, id) => {
    const { best } = pickProfile(detectProfiles({ text: await decodeSample(file) }, builtinProfiles()));
    expect(best?.profile.id).toBe(id);
    expect(best?.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('gives the Alipay file full confidence when its #支付宝业务明细 line is there', async () => {
    const [first] = detectProfiles({ text: await decodeSample('alipay.csv') }, builtinProfiles());
    expect(first?.confidence).toBe(1);
  });

  it('detects a WeChat header written with full-width brackets and a BOM', () => {
    const head = '\uFEFF交易时间,公众账号ID,商户号,微信订单号,商户订单号,交易状态,应结订单金额,手续费,费率\n';
    expect(pickProfile(detectProfiles({ text: head }, builtinProfiles())).best?.profile.id).toBe(
      'wechatpay-merchant-trade',
    );
  });
});

describe('detectProfiles on unrelated files', () => {
  it('gives an unrelated CSV no profile', () => {
    const head = 'Date,Description,Debit,Credit,Balance\n2024-03-15,Coffee,4.50,,100.00\n';
    expect(pickProfile(detectProfiles({ text: head }, builtinProfiles())).best).toBeNull();
  });

  it('gives a file with only a few matching header names no profile', () => {
    const head = 'order_no,amount,note\nSO1,1.00,x\n';
    const candidates = detectProfiles({ text: head }, builtinProfiles());
    expect(candidates[0]?.confidence).toBeLessThan(0.6);
    expect(pickProfile(candidates).best).toBeNull();
  });

  it('gives an empty file no profile', () => {
    expect(detectProfiles({ text: '' }, builtinProfiles())).toEqual([]);
  });
});
