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

  it('reads GBK bytes as GB18030 by their statistics, saying so when the profile names no legacy encoding', () => {
    const gbk = iconv.encode('#支付宝业务明细查询\n支付宝交易号,商户订单号,业务类型\n', 'gbk');
    expect(sniffEncoding(gbk)).toMatchObject({ encoding: 'gb18030', evidence: 'byte-statistics' });
    expect(sniffEncoding(gbk).warning?.code).toBe('encoding_inferred');
    expect(sniffEncoding(gbk, { declared: 'gb18030' })).toEqual({ encoding: 'gb18030', bom: 0, evidence: 'declared' });
  });

  it('reads Windows-1252 bytes as Windows-1252, not as GB18030, even when the profile declares none', () => {
    const latin = iconv.encode('Datum;Text;Betrag\n01.03.2024;Zahlung Müller Straße;-12,50\n', 'windows-1252');
    const guess = sniffEncoding(latin);
    expect(guess).toMatchObject({ encoding: 'windows-1252', evidence: 'byte-statistics' });
    expect(guess.warning?.message).toBe(
      'The file is not UTF-8; read as Windows-1252: its bytes are Windows-1252 text (its profile names no legacy encoding).',
    );
    expect(sniffEncoding(latin, { declared: 'windows-1252' })).toEqual({
      encoding: 'windows-1252',
      bom: 0,
      evidence: 'declared',
    });
  });

  it('lets the bytes overrule a declared encoding they plainly are not, with a warning', () => {
    const latin = iconv.encode('Überweisung an Müller;12,50\n', 'windows-1252');
    const guess = sniffEncoding(latin, { declared: 'gb18030' });
    expect(guess.encoding).toBe('windows-1252');
    expect(guess.warning?.message).toContain('its profile expects GB18030, but the bytes are Windows-1252 text');
  });

  it('takes the declared encoding when the bytes read plausibly in both, and warns with both readings', () => {
    const both = iconv.encode('Payee;Amount\nPÄÄ OY;12,00\n', 'windows-1252');
    const guess = sniffEncoding(both, { declared: 'windows-1252' });
    expect(guess.encoding).toBe('windows-1252');
    expect(guess.warning?.code).toBe('encoding_uncertain');
    expect(guess.warning?.message).toContain('as Windows-1252 "PÄÄ OY;12,00"');
    expect(guess.warning?.message).toContain(
      `as GB18030 "P${iconv.decode(Buffer.from([0xc4, 0xc4]), 'gb18030')} OY;12,00"`,
    );
  });

  it('leaves the question open, naming both readings, when the bytes fit both and nothing is declared', () => {
    const both = iconv.encode('Payee;Amount\nPÄÄ OY;12,00\n', 'windows-1252');
    const guess = sniffEncoding(both);
    expect(guess.evidence).toBe('ambiguous');
    expect(guess.warning?.code).toBe('encoding_ambiguous');
    expect(guess.warning?.message).toMatch(
      /^The file is not UTF-8 and reads as two different texts: as GB18030 ".+" or as Windows-1252 "PÄÄ OY;12,00"; name its encoding/,
    );
    expect(sniffEncoding(both, { chosen: 'windows-1252' })).toEqual({
      encoding: 'windows-1252',
      bom: 0,
      evidence: 'chosen',
    });
    // The answer is for bytes that are not UTF-8: a UTF-8 file of the same run stays UTF-8.
    expect(sniffEncoding(utf8('商户订单号,金额'), { chosen: 'windows-1252' }).encoding).toBe('utf-8');
  });
});
