import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { sniffEncoding } from './encoding.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]): Uint8Array => Uint8Array.from(parts.flatMap((part) => [...part]));

describe('sniffEncoding', () => {
  it('takes a BOM first: UTF-8, UTF-16LE and UTF-16BE', () => {
    expect(sniffEncoding(concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8('交易时间')))).toEqual({
      encoding: 'utf-8',
      bom: 3,
      evidence: 'bom',
    });
    expect(sniffEncoding(new Uint8Array([0xff, 0xfe, 0x61, 0x00]))).toEqual({
      encoding: 'utf-16le',
      bom: 2,
      evidence: 'bom',
    });
    expect(sniffEncoding(new Uint8Array([0xfe, 0xff, 0x00, 0x61]))).toEqual({
      encoding: 'utf-16be',
      bom: 2,
      evidence: 'bom',
    });
  });

  it('calls plain ASCII UTF-8', () => {
    expect(sniffEncoding(utf8('order_no,amount\nSO1,1.00\n'))).toEqual({
      encoding: 'utf-8',
      bom: 0,
      evidence: 'ascii',
    });
  });

  it('calls valid UTF-8 without a BOM UTF-8, even when the sample cuts a character in half', () => {
    const bytes = utf8('商户订单号,金额');
    expect(sniffEncoding(bytes)).toEqual({ encoding: 'utf-8', bom: 0, evidence: 'valid-utf-8' });
    expect(sniffEncoding(bytes.subarray(0, bytes.length - 1))).toMatchObject({ encoding: 'utf-8' });
  });

  it('calls GBK bytes without a BOM gb18030', () => {
    const gbk = iconv.encode('#支付宝业务明细查询\n支付宝交易号,商户订单号,业务类型\n', 'gbk');
    expect(sniffEncoding(gbk)).toEqual({ encoding: 'gb18030', bom: 0, evidence: 'not-utf-8' });
  });

  it('uses the profile’s declared legacy encoding for bytes that are not UTF-8', () => {
    const latin = iconv.encode('Überweisung;12,50\n', 'windows-1252');
    expect(sniffEncoding(latin, 'windows-1252')).toEqual({ encoding: 'windows-1252', bom: 0, evidence: 'not-utf-8' });
  });
});
